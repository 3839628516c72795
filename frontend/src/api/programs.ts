import type { Narrowed, Page, Schema } from './contract'
import { http, httpBlob } from './http'

export const PROGRAM_KINDS = ['AWARD', 'COMPETITION'] as const satisfies readonly Schema<'ProgramKind'>[]
export type ProgramKind = Schema<'ProgramKind'>

export const FIELD_TYPES = [
  'TEXT',
  'LONG_TEXT',
  'NUMBER',
  'SELECT',
  'MULTI_SELECT',
  'URL',
  'EMAIL',
  'DATE',
  'FILE',
] as const satisfies readonly Schema<'FieldType'>[]
export type FieldType = Schema<'FieldType'>

/** Field types whose answers are text and may have a maximum length. */
export const TEXT_FIELD_TYPES: readonly FieldType[] = ['TEXT', 'LONG_TEXT', 'URL', 'EMAIL']
/** Field types that offer a list of options. */
export const CHOICE_FIELD_TYPES: readonly FieldType[] = ['SELECT', 'MULTI_SELECT']

export type SubmissionState = Schema<'SubmissionWindow.State'>
export type ProgramStatus = Schema<'ProgramStatus'>

export type Category = Schema<'ProgramView.CategoryView'>
export type FormField = Schema<'ProgramView.FormFieldView'>
export type PrizeTier = Schema<'ProgramView.PrizeTierView'>
export type ProgramSummary = Schema<'ProgramSummary'>
export type ProgramView = Schema<'ProgramView'>

// What the program editor sends: the server's request shapes, with the members the editor
// always fills in required.
export type SaveCategory = Schema<'SaveProgramRequest.CategoryInput'>
export type SaveFormField = Schema<'SaveProgramRequest.FormFieldInput'>
/** `categoryName` names a category of the same request (one that has no id yet). */
export type SavePrizeTier = Schema<'SaveProgramRequest.PrizeTierInput'>
export type SaveProgram = Narrowed<
  Schema<'SaveProgramRequest'>,
  {
    description: Schema<'LocalizedText'>
    timeZone: string
    categories: SaveCategory[]
    formFields: SaveFormField[]
    prizeTiers: SavePrizeTier[]
  }
>

const id = (value: number | string) => encodeURIComponent(String(value))

/** Published programs, plus the drafts the caller organizes. */
export function listPrograms(): Promise<Page<ProgramSummary>> {
  return http<Page<ProgramSummary>>('/programs')
}

export function getProgram(programId: number | string): Promise<ProgramView> {
  return http<ProgramView>(`/programs/${id(programId)}`)
}

export function getProgramBySlug(slug: string): Promise<ProgramView> {
  return http<ProgramView>(`/programs/slug/${id(slug)}`)
}

export function createProgram(body: SaveProgram): Promise<ProgramView> {
  return http<ProgramView>('/programs', { method: 'POST', body })
}

export function updateProgram(programId: number, body: SaveProgram): Promise<ProgramView> {
  return http<ProgramView>(`/programs/${id(programId)}`, { method: 'PUT', body })
}

export function publishProgram(programId: number): Promise<ProgramView> {
  return http<ProgramView>(`/programs/${id(programId)}/publish`, { method: 'POST' })
}

/** The program's images: its logo (public with the program) and its certificates' signature (organizers only). */
export type ProgramImageKind = 'logo' | 'signature'

/** Where the server serves the program's image of this kind (the version is in the address), or null. */
export function programImageUrl(program: ProgramView, kind: ProgramImageKind): string | null {
  return kind === 'logo' ? program.logoUrl : program.brand.signatureUrl
}

/** Sets the program's logo or signature (PNG or JPEG; the server checks it by decoding it). */
export function uploadProgramImage(programId: number, kind: ProgramImageKind, file: File): Promise<ProgramView> {
  const data = new FormData()
  data.append('file', file, file.name)
  return http<ProgramView>(`/programs/${id(programId)}/${kind}`, { method: 'PUT', multipart: data })
}

export function removeProgramImage(programId: number, kind: ProgramImageKind): Promise<ProgramView> {
  return http<ProgramView>(`/programs/${id(programId)}/${kind}`, { method: 'DELETE' })
}

/**
 * An image's bytes with the caller's credentials: a draft's logo and every signature are only
 * the organizers', so an <img> pointing at the address (sent without a token) would not show them.
 */
export async function fetchProgramImage(url: string): Promise<Blob> {
  return (await httpBlob(url.replace(/^\/api/, ''))).blob
}

/** A topic of the program: what entries say they are about and judges say they know. */
export type Topic = Schema<'ProgramTopics.TopicView'>
/** A topic to keep (with its id) or to add (name only); topics left out are removed. */
export type TopicInput = Schema<'ProgramTopics.TopicInput'>

export function getProgramTopics(programId: number): Promise<Page<Topic>> {
  return http<Page<Topic>>(`/programs/${id(programId)}/topics`)
}

/** Replaces the program's list of topics, in the order given. */
export function saveProgramTopics(programId: number, topics: TopicInput[]): Promise<Page<Topic>> {
  return http<Page<Topic>>(`/programs/${id(programId)}/topics`, {
    method: 'PUT',
    body: { topics } satisfies Schema<'ProgramTopics.SaveTopicsRequest'>,
  })
}

/** The organizer's home in figures: entries by state and each round's progress, per program they organize. */
export type ProgramFigures = Schema<'OrganizerOverview.ProgramFigures'>
export type RoundFigures = Schema<'RoundFigures.Figures'>

export function getOrganizerOverview(): Promise<Page<ProgramFigures>> {
  return http<Page<ProgramFigures>>('/organize/overview')
}
