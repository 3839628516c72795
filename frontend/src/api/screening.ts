import { http, httpBlob, type DownloadedFile } from './http'
import type { Page, Schema } from './contract'
import type { EntryStatus, EntryView } from './entries'

export type ScreeningRow = Schema<'EntryViews.ScreeningRow'>

export const SCREENING_SORT_FIELDS = ['submittedAt', 'updatedAt', 'title', 'status', 'organization', 'id'] as const
export type ScreeningSortField = (typeof SCREENING_SORT_FIELDS)[number]

export interface ScreeningFilter {
  status?: EntryStatus | null
  categoryId?: number | null
  q?: string
}

export interface ScreeningQuery extends ScreeningFilter {
  /** e.g. "submittedAt,desc" */
  sort?: string
  /** Zero-based. */
  page?: number
  size?: number
}

export type EligibilityOutcome = Schema<'EntryViews.BulkOutcome'>

const id = (value: number | string) => encodeURIComponent(String(value))

function filterQuery(filter: ScreeningFilter) {
  return { status: filter.status || undefined, categoryId: filter.categoryId ?? undefined, q: filter.q?.trim() }
}

/** Submitted (never draft) entries of a program, for its organizers. */
export function listProgramEntries(programId: number, query: ScreeningQuery = {}): Promise<Page<ScreeningRow>> {
  return http<Page<ScreeningRow>>(`/programs/${id(programId)}/entries`, {
    query: {
      ...filterQuery(query),
      sort: query.sort || undefined,
      page: query.page ?? 0,
      size: query.size ?? 20,
    },
  })
}

export function setEligibility(entryId: number, eligible: boolean, reason?: string): Promise<EntryView> {
  return http<EntryView>(`/entries/${id(entryId)}/eligibility`, {
    method: 'POST',
    body: { eligible, reason: reason?.trim() || undefined } satisfies Schema<'EligibilityRequest'>,
  })
}

export function setEligibilityBulk(
  programId: number,
  entryIds: number[],
  eligible: boolean,
  reason?: string,
): Promise<Page<EligibilityOutcome>> {
  return http<Page<EligibilityOutcome>>(`/programs/${id(programId)}/entries/eligibility`, {
    method: 'POST',
    body: { entryIds, eligible, reason: reason?.trim() || undefined } satisfies Schema<'BulkEligibilityRequest'>,
  })
}

export type ExportFormat = 'csv' | 'xlsx'

export function exportEntries(
  programId: number,
  format: ExportFormat,
  filter: ScreeningFilter = {},
): Promise<DownloadedFile> {
  return httpBlob(`/programs/${id(programId)}/entries/export`, { query: { format, ...filterQuery(filter) } })
}
