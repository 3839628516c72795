import type { Narrowed, Page, Schema } from './contract'
import { http, httpBlob, type DownloadedFile } from './http'

export const ENTRY_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'ELIGIBLE',
  'INELIGIBLE',
  'WITHDRAWN',
  'AWARDED',
  'NOT_AWARDED',
] as const satisfies readonly Schema<'EntryStatus'>[]
export type EntryStatus = Schema<'EntryStatus'>

/** Statuses an applicant may still withdraw from. */
export const WITHDRAWABLE_STATUSES: readonly EntryStatus[] = ['DRAFT', 'SUBMITTED', 'ELIGIBLE', 'INELIGIBLE']

export type AnswerValue = string | number | string[]
export type Answers = Record<string, AnswerValue>

export type TeamMember = Schema<'SaveEntryRequest.TeamMember'>

export type InstitutionKind = Schema<'InstitutionKind'>
export const INSTITUTION_KINDS = [
  'UNIVERSITY',
  'COMPANY',
  'RESEARCH',
  'OTHER',
] as const satisfies readonly InstitutionKind[]

export type SaveEntry = Narrowed<Schema<'SaveEntryRequest'>, { answers?: Answers }>

export type EntrySummary = Schema<'EntryViews.EntrySummary'>

export type Attachment = Schema<'EntryViews.AttachmentView'>

export const TIMELINE_TYPES = [
  'CREATED',
  'SUBMITTED',
  'UPDATED',
  'WITHDRAWN',
  'ELIGIBLE',
  'INELIGIBLE',
  'FILE_ADDED',
  'FILE_REMOVED',
  'AWARDED',
  'NOT_AWARDED',
] as const
export type TimelineType = (typeof TIMELINE_TYPES)[number]

export type TimelineEvent = Narrowed<Schema<'EntryViews.TimelineItem'>, { type: TimelineType }>

export type PersonRef = Schema<'EntryViews.Applicant'>

export type EntryView = Narrowed<Schema<'EntryViews.EntryView'>, { answers: Answers; timeline: TimelineEvent[] }>

/** The largest file the server accepts. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
/** What the server accepts (it checks the content, this only guides the file picker). */
export const ATTACHMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,.pptx,.docx,.mp4'

const id = (value: number | string) => encodeURIComponent(String(value))

export function createEntry(programId: number, body: SaveEntry): Promise<EntryView> {
  return http<EntryView>(`/programs/${id(programId)}/entries`, { method: 'POST', body })
}

export function listMyEntries(): Promise<Page<EntrySummary>> {
  return http<Page<EntrySummary>>('/entries/mine')
}

export function getEntry(entryId: number | string): Promise<EntryView> {
  return http<EntryView>(`/entries/${id(entryId)}`)
}

export function updateEntry(entryId: number, body: SaveEntry): Promise<EntryView> {
  return http<EntryView>(`/entries/${id(entryId)}`, { method: 'PUT', body })
}

export function submitEntry(entryId: number): Promise<EntryView> {
  return http<EntryView>(`/entries/${id(entryId)}/submit`, { method: 'POST' })
}

export function withdrawEntry(entryId: number): Promise<EntryView> {
  return http<EntryView>(`/entries/${id(entryId)}/withdraw`, { method: 'POST' })
}

export function uploadAttachment(entryId: number, file: File, fieldKey?: string | null): Promise<Attachment> {
  const data = new FormData()
  data.append('file', file, file.name)
  if (fieldKey) data.append('fieldKey', fieldKey)
  return http<Attachment>(`/entries/${id(entryId)}/attachments`, { method: 'POST', multipart: data })
}

export function downloadAttachment(entryId: number, attachmentId: number): Promise<DownloadedFile> {
  return httpBlob(`/entries/${id(entryId)}/attachments/${id(attachmentId)}`)
}

/** Types the server shows in the page (PDF and raster images); everything else is only downloaded. */
export const PREVIEWABLE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const

export function isPreviewable(attachment: Pick<Attachment, 'contentType'>): boolean {
  return (PREVIEWABLE_TYPES as readonly string[]).includes(attachment.contentType)
}

/** An attachment's bytes for showing in the page, fetched with the bearer token like a download. */
export function previewAttachment(entryId: number, attachmentId: number): Promise<DownloadedFile> {
  return httpBlob(`/entries/${id(entryId)}/attachments/${id(attachmentId)}/preview`)
}

export function deleteAttachment(entryId: number, attachmentId: number): Promise<void> {
  return http<void>(`/entries/${id(entryId)}/attachments/${id(attachmentId)}`, { method: 'DELETE' })
}

/** The topics the entry's team picked from its program's list. */
export type EntryTopics = Schema<'EntryTopics.EntryTopicsView'>

export function getEntryTopics(entryId: number): Promise<EntryTopics> {
  return http<EntryTopics>(`/entries/${id(entryId)}/topics`)
}

export function setEntryTopics(entryId: number, topicIds: number[]): Promise<EntryTopics> {
  return http<EntryTopics>(`/entries/${id(entryId)}/topics`, {
    method: 'PUT',
    body: { topicIds } satisfies Schema<'EntryTopics.TopicsRequest'>,
  })
}

/** Drops answers that say nothing (blank text, no choice), so a draft is saved with what was filled in. */
export function compactAnswers(answers: Record<string, AnswerValue | null | undefined>): Answers {
  const out: Answers = {}
  for (const [key, value] of Object.entries(answers)) {
    if (value === null || value === undefined) continue
    if (typeof value === 'string' && value.trim() === '') continue
    if (Array.isArray(value) && value.length === 0) continue
    if (typeof value === 'number' && !Number.isFinite(value)) continue
    out[key] = value
  }
  return out
}

/** Whether the entry is in its program's public showcase; `canChange`: the reader owns it (only the owner chooses). */
export type EntryVisibility = Schema<'EntryVisibility.VisibilityView'>

export function getEntryVisibility(entryId: number): Promise<EntryVisibility> {
  return http<EntryVisibility>(`/entries/${id(entryId)}/visibility`)
}

export function setEntryVisibility(entryId: number, showcase: boolean): Promise<EntryVisibility> {
  return http<EntryVisibility>(`/entries/${id(entryId)}/visibility`, {
    method: 'PUT',
    body: { showcase } satisfies Schema<'EntryVisibility.VisibilityRequest'>,
  })
}
