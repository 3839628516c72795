import type { Schema } from './contract'
import { http, httpBlob, type DownloadedFile } from './http'
import type { AggregationMethod, MethodStatement } from './judging'

// The results module: winners proposed from the final round, versioned announcements, the
// public winners page, an applicant's outcome, certificates, and the round exports.

/** One entry of the final ranking. `rank` is within the entry's category. */
export type Candidate = Schema<'AwardViews.Candidate'>

/** `categoryId` null: the tier is open to every category; `tiedAtBoundary`: every entry tied at the tier's last place when not all fit. */
export type TierProposal = Schema<'AwardViews.TierProposal'>

/** `publishedVersion`: the latest published version, or null before the first announcement. */
export type Proposal = Schema<'AwardViews.Proposal'>

export type WinnerInput = Schema<'AwardViews.WinnerInput'>

/** `note` is required for a correction (any version after the first); `reason` when the winners depart from the proposal. */
export type PublishAnnouncement = Schema<'AwardViews.PublishRequest'>

/** `rank` and `score` are null unless the announcement publishes scores. */
export type PublishedWinner = Schema<'AwardViews.PublishedWinner'>

export type PublishedTier = Schema<'AwardViews.PublishedTier'>

/** `publishedBy` and `departureReason` are for organizers only (null on the public page). */
export type AnnouncementView = Schema<'AwardViews.AnnouncementView'>

/** `judgeName` is null in blind rounds: shown as "Judge n". */
export type OutcomeFeedback = Schema<'AwardViews.Feedback'>

export type Outcome = Schema<'AwardViews.Outcome'>

/** `current` is false when a later correction no longer names this winner in this tier. */
export type CertificateCheck = Schema<'AwardViews.CertificateCheck'>

export type TableFormat = 'csv' | 'xlsx'

const id = (value: number | string) => encodeURIComponent(String(value))

// Organizers of the program.

/** 409 while the final round is not finalized (or there is none). */
export function getProposal(programId: number | string): Promise<Proposal> {
  return http<Proposal>(`/programs/${id(programId)}/winners/proposal`)
}

export function publishAnnouncement(programId: number | string, body: PublishAnnouncement): Promise<AnnouncementView> {
  return http<AnnouncementView>(`/programs/${id(programId)}/announcements`, {
    method: 'POST',
    body: {
      winners: body.winners,
      note: body.note?.trim() || undefined,
      reason: body.reason?.trim() || undefined,
      publishScores: body.publishScores,
      releaseFeedback: body.releaseFeedback,
    } satisfies PublishAnnouncement,
  })
}

/** Every published version, newest first. */
export function listAnnouncements(programId: number | string): Promise<AnnouncementView[]> {
  return http<AnnouncementView[]>(`/programs/${id(programId)}/announcements`)
}

// Public.

/** How the published winners' round was scored; worked scores only when they were published with scores. */
export function getPublicMethodStatement(slug: string): Promise<MethodStatement> {
  return http<MethodStatement>(`/public/programs/${id(slug)}/method-statement`, { auth: false })
}

/** The latest version, or the one asked for; 404 while nothing is published. */

export function getPublicWinners(slug: string, version?: number | null): Promise<AnnouncementView> {
  return http<AnnouncementView>(`/public/programs/${id(slug)}/winners`, {
    query: { version: version ?? undefined },
    auth: false,
  })
}

/** 404 for an unknown code. */
export function checkCertificate(code: string): Promise<CertificateCheck> {
  return http<CertificateCheck>(`/public/certificates/${id(code.trim())}`, { auth: false })
}

/** The certificate PDF is public, so a plain link opens it. */
export function certificatePdfUrl(code: string): string {
  return `/api/certificates/${id(code.trim())}`
}

// The applicant who owns the entry.

export function getOutcome(entryId: number | string): Promise<Outcome> {
  return http<Outcome>(`/entries/${id(entryId)}/outcome`)
}

// Exports of a round (organizers).

export function exportScorecards(roundId: number, format: TableFormat): Promise<DownloadedFile> {
  return httpBlob(`/rounds/${id(roundId)}/export/scorecards`, { query: { format } })
}

export function exportResults(
  roundId: number,
  format: TableFormat,
  method: AggregationMethod,
): Promise<DownloadedFile> {
  return httpBlob(`/rounds/${id(roundId)}/export/results`, { query: { format, method } })
}
