import { http, httpBlob, type DownloadedFile } from './http'
import type { AggregationMethod } from './judging'

// The results module: winners proposed from the final round, versioned announcements, the
// public winners page, an applicant's outcome, certificates, and the round exports.

/** One entry of the final ranking. `rank` is within the entry's category. */
export interface Candidate {
  entryId: number
  title: string
  organization: string | null
  categoryId: number | null
  rank: number
  score: number
}

export interface TierProposal {
  tierId: number
  name: string
  tierRank: number
  /** Places in the tier. */
  count: number
  /** Null: the tier is open to every category. */
  categoryId: number | null
  categoryName: string | null
  proposed: Candidate[]
  /** Non-empty when the tier's last place is shared with entries that do not fit: every entry in that tie. */
  tiedAtBoundary: Candidate[]
  /** Who may win the tier, best first, as the server ranks them: its category, or every category for a program-wide tier. */
  candidates: Candidate[]
}

export interface Proposal {
  programId: number
  roundId: number
  roundName: string
  snapshotVersion: number
  /** The latest published version, or null before the first announcement. */
  publishedVersion: number | null
  ranking: Candidate[]
  tiers: TierProposal[]
}

export interface WinnerInput {
  entryId: number
  prizeTierId: number
}

export interface PublishAnnouncement {
  winners: WinnerInput[]
  /** Required for a correction (any version after the first): what changed and why. */
  note?: string
  /** Required when the winners depart from the proposal. */
  reason?: string
  publishScores: boolean
  releaseFeedback: boolean
}

export interface PublishedWinner {
  entryId: number
  title: string
  organization: string | null
  /** Null unless the announcement publishes scores. */
  rank: number | null
  score: number | null
}

export interface PublishedTier {
  tierId: number
  name: string
  tierRank: number
  categoryId: number | null
  categoryName: string | null
  winners: PublishedWinner[]
}

export interface AnnouncementView {
  programId: number
  programSlug: string
  version: number
  latestVersion: number
  publishedAt: string
  firstPublishedAt: string | null
  /** True for every version after the first. */
  corrected: boolean
  note: string | null
  publishScores: boolean
  releaseFeedback: boolean
  sha256: string
  tiers: PublishedTier[]
  /** Organizers only (null on the public page). */
  publishedBy: string | null
  /** Organizers only: why the winners depart from the ranking. */
  departureReason: string | null
}

export interface OutcomeFeedback {
  roundName: string
  judgeNumber: number
  /** Null in blind rounds: shown as "Judge n". */
  judgeName: string | null
  text: string
}

export interface Outcome {
  entryId: number
  status: string
  /** The prize tier's name, when the entry won. */
  tier: string | null
  /** Null until winners are announced. */
  announcementVersion: number | null
  publishedAt: string | null
  certificateCode: string | null
  feedbackReleased: boolean
  feedback: OutcomeFeedback[]
}

export interface CertificateCheck {
  code: string
  valid: boolean
  /** False when a later correction no longer names this winner in this tier. */
  current: boolean
  programTitle: string
  programSlug: string
  tier: string
  entryTitle: string
  organization: string | null
  version: number
  issuedAt: string
}

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
    },
  })
}

/** Every published version, newest first. */
export function listAnnouncements(programId: number | string): Promise<AnnouncementView[]> {
  return http<AnnouncementView[]>(`/programs/${id(programId)}/announcements`)
}

// Public.

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

export function exportResults(roundId: number, format: TableFormat, method: AggregationMethod): Promise<DownloadedFile> {
  return httpBlob(`/rounds/${id(roundId)}/export/results`, { query: { format, method } })
}
