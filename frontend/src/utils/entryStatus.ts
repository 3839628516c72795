import type { EntryStatus } from '@/api/entries'

export type TagType = 'primary' | 'success' | 'warning' | 'info' | 'danger'

/** The Element Plus tag colour of each entry status. */
export const ENTRY_STATUS_TAG: Record<EntryStatus, TagType> = {
  DRAFT: 'info',
  SUBMITTED: 'primary',
  ELIGIBLE: 'success',
  INELIGIBLE: 'danger',
  WITHDRAWN: 'info',
  AWARDED: 'warning',
  NOT_AWARDED: 'info',
}

/** Statuses drawn as outlines rather than filled: they are finished without a positive outcome. */
export const ENTRY_STATUS_PLAIN: readonly EntryStatus[] = ['WITHDRAWN', 'NOT_AWARDED']

/** Statuses organizers can filter the screening list by (drafts are never listed). */
export const SCREENING_STATUSES: readonly EntryStatus[] = [
  'SUBMITTED',
  'ELIGIBLE',
  'INELIGIBLE',
  'WITHDRAWN',
  'AWARDED',
  'NOT_AWARDED',
]
