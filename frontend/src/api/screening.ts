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
export type EligibilityReport = Schema<'EntryViews.BulkReport'>
export type ScreeningCounts = Schema<'EntryViews.ScreeningCounts'>

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

/** Per status, how many entries match the category and text filters (the status filter is left out). */
export function getScreeningCounts(programId: number, filter: ScreeningFilter = {}): Promise<ScreeningCounts> {
  const { categoryId, q } = filterQuery(filter)
  return http<ScreeningCounts>(`/programs/${id(programId)}/entries/counts`, { query: { categoryId, q } })
}

/** What the organizer confirmed: the preview's count and its fingerprint of exactly which entries matched. */
export interface ConfirmedSelection {
  matching: number
  selection: string
}

function matchingBody(filter: ScreeningFilter, eligible: boolean, reason?: string, expected?: ConfirmedSelection) {
  const { status, categoryId, q } = filterQuery(filter)
  return {
    status,
    categoryId,
    q: q || undefined,
    eligible,
    reason: reason?.trim() || undefined,
    expectedCount: expected?.matching,
    expectedSelection: expected?.selection,
  } satisfies Schema<'MatchingEligibilityRequest'>
}

/** What deciding every entry the filter matches would do: nothing is changed yet. */
export function previewEligibilityMatching(
  programId: number,
  filter: ScreeningFilter,
  eligible: boolean,
  reason?: string,
): Promise<EligibilityReport> {
  return http<EligibilityReport>(`/programs/${id(programId)}/entries/eligibility/matching/preview`, {
    method: 'POST',
    body: matchingBody(filter, eligible, reason),
  })
}

/**
 * Decides every entry the filter matches; refused (409 selection-changed) when the filter no longer
 * matches the same entries in the same state as the confirmed preview.
 */
export function setEligibilityMatching(
  programId: number,
  filter: ScreeningFilter,
  eligible: boolean,
  expected: ConfirmedSelection,
  reason?: string,
): Promise<EligibilityReport> {
  return http<EligibilityReport>(`/programs/${id(programId)}/entries/eligibility/matching`, {
    method: 'POST',
    body: matchingBody(filter, eligible, reason, expected),
  })
}
