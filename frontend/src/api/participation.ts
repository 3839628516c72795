import type { Schema } from './contract'
import { http, httpBlob, type DownloadedFile } from './http'

// Who took part in a program, for its organizers: the figures, their export, and the institution
// aliases that decide which names count as the same institution.

export type ParticipationFigures = Schema<'ParticipationView'>
export type CategoryFigures = Schema<'ParticipationView.CategoryFigures'>
export type RegionFigures = Schema<'ParticipationView.RegionFigures'>
export type DayFigures = Schema<'ParticipationView.DayFigures'>
export type InstitutionFigures = Schema<'ParticipationView.InstitutionFigures'>
export type InstitutionKind = Schema<'InstitutionKind'>

/** `alias` counts as `canonical` (e.g. 清华大学 as Tsinghua University). */
export type InstitutionAlias = Schema<'ParticipationView.Alias'>
export type InstitutionAliasList = Schema<'ParticipationView.AliasList'>

export type ParticipationFormat = 'csv' | 'xlsx'

const id = (value: number | string) => encodeURIComponent(String(value))

export function getParticipation(programId: number | string): Promise<ParticipationFigures> {
  return http<ParticipationFigures>(`/programs/${id(programId)}/participation`)
}

/** The figures as one table, a section per figure. */
export function exportParticipation(programId: number | string, format: ParticipationFormat): Promise<DownloadedFile> {
  return httpBlob(`/programs/${id(programId)}/participation/export`, { query: { format } })
}

export function getInstitutionAliases(programId: number | string): Promise<InstitutionAliasList> {
  return http<InstitutionAliasList>(`/programs/${id(programId)}/institution-aliases`)
}

/**
 * Replaces the whole list; answers with the list as stored. 400 with field errors named by row
 * ("aliases[1].alias") when an alias is listed twice or a row lacks either side.
 */
export function replaceInstitutionAliases(
  programId: number | string,
  aliases: InstitutionAlias[],
): Promise<InstitutionAliasList> {
  return http<InstitutionAliasList>(`/programs/${id(programId)}/institution-aliases`, {
    method: 'PUT',
    body: { aliases } satisfies InstitutionAliasList,
  })
}
