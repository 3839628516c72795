import type { Schema } from './contract'
import { http } from './http'

// ---- the organizer's setup and review ---------------------------------------------------------

export type AudienceMode = Schema<'AudienceBlend.Mode'>

/** A round's audience vote; `mode` null: off. `formula` is the server's, stated as computed. */
export type AudienceSetup = Schema<'AudienceVoteViews.Setup'>

export type AudienceSetupRequest = Schema<'AudienceVoteViews.SetupRequest'>

export type AudienceReview = Schema<'AudienceVoteViews.Review'>

export type ReviewedVote = Schema<'AudienceVoteViews.ReviewedVote'>

export type TicketsImported = Schema<'AudienceTickets.Imported'>

/** What the big screen gets inside the live state. */
export type AudienceView = Schema<'AudienceVoteViews.AudienceView'>

export type AudienceRow = Schema<'AudienceVoteViews.AudienceRow'>

const id = (value: number | string) => encodeURIComponent(String(value))

export function getAudienceSetup(roundId: number): Promise<AudienceSetup> {
  return http<AudienceSetup>(`/rounds/${id(roundId)}/audience`)
}

/** Turns the vote on, changes its weight, or turns it off (mode null); the mode is fixed once votes are in (409). */
export function saveAudienceSetup(roundId: number, body: AudienceSetupRequest): Promise<AudienceSetup> {
  return http<AudienceSetup>(`/rounds/${id(roundId)}/audience`, { method: 'PUT', body })
}

export function importTickets(programId: number, codes: string[]): Promise<TicketsImported> {
  return http<TicketsImported>(`/programs/${id(programId)}/audience/tickets`, { method: 'POST', body: { codes } })
}

export function countTickets(programId: number): Promise<{ total: number }> {
  return http<{ total: number }>(`/programs/${id(programId)}/audience/tickets`)
}

export function getAudienceReview(sessionId: number): Promise<AudienceReview> {
  return http<AudienceReview>(`/live/${id(sessionId)}/audience/review`)
}

export function voidVotes(sessionId: number, voteIds: number[], reason: string): Promise<AudienceReview> {
  return http<AudienceReview>(`/live/${id(sessionId)}/audience/void`, { method: 'POST', body: { voteIds, reason } })
}

// ---- the phone -------------------------------------------------------------------------------

/** The phone page: the pitch open for votes (if any), what is next, and this person's votes. */
export type Ballot = Schema<'AudienceVoteViews.Ballot'>

export type BallotSlot = Schema<'AudienceVoteViews.BallotSlot'>

export type MyVote = Schema<'AudienceVoteViews.MyVote'>

/** An audience token: no account, no password; it proves one verified person (email or ticket). */
export type AudiencePass = Schema<'AudiencePass.Pass'>

export type CodeSent = Schema<'AudiencePass.CodeSent'>

/** Who the phone is: the token (when signed in) and the random id the phone keeps for itself. */
export interface Voter {
  token: string | null
  device: string
}

function voterHeaders(voter: Voter): Record<string, string> {
  const headers: Record<string, string> = { 'X-Audience-Device': voter.device }
  if (voter.token) headers['X-Audience-Token'] = voter.token
  return headers
}

export function getBallot(sessionId: number, voter: Voter): Promise<Ballot> {
  return http<Ballot>(`/live/${id(sessionId)}/audience`, { auth: false, headers: voterHeaders(voter) })
}

/** Emails a six-digit code (202); 429 with Retry-After when asked again too soon. */
export function sendAudienceCode(email: string, locale: string): Promise<CodeSent> {
  return http<CodeSent>('/audience/sign-in', { method: 'POST', auth: false, body: { email, locale } })
}

export function verifyAudienceCode(email: string, code: string): Promise<AudiencePass> {
  return http<AudiencePass>('/audience/verify', { method: 'POST', auth: false, body: { email, code } })
}

export function signInWithTicket(sessionId: number, code: string): Promise<AudiencePass> {
  return http<AudiencePass>(`/live/${id(sessionId)}/audience/ticket`, { method: 'POST', auth: false, body: { code } })
}

/** 201 once per person and pitch; a second try is 409 already-voted. */
export function castVote(sessionId: number, voter: Voter, slotId: number, value: number): Promise<MyVote> {
  return http<MyVote>(`/live/${id(sessionId)}/audience/votes`, {
    method: 'POST',
    auth: false,
    headers: voterHeaders(voter),
    body: { slotId, value },
  })
}
