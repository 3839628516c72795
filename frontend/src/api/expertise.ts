import type { Schema } from './contract'
import { http } from './http'

// Expertise-aware assignment (the judging module's ExpertiseController): what a judge knows, how
// keen they are on each entry (bids), and why the assignment picked whom it did.

/** How keen a judge is on an entry: EAGER, WILLING, NOT_WILLING, or CONFLICT (a conflict of interest). */
export type BidLevel = Schema<'Affinity.Bid'>
/** Most keen first: the order a judge reads the choices in. */
export const BID_LEVELS = ['EAGER', 'WILLING', 'NOT_WILLING', 'CONFLICT'] as const satisfies readonly BidLevel[]

/** A judge's own words about what they know (either language), and their topics from any program. */
export type JudgeProfile = Schema<'ExpertiseViews.ProfileView'>
export type SaveJudgeProfile = Schema<'ExpertiseViews.ProfileRequest'>

/** The organizer's switch for a round's bidding phase, with how many bids came in from how many judges. */
export type BiddingView = Schema<'ExpertiseViews.BiddingView'>

/** One entry as a bidding judge sees it: title, summary and topics, never the team. */
export type BidItem = Schema<'ExpertiseViews.BidItem'>
/** The round's entries with my bids; `items` is empty while bidding is closed. */
export type MyBids = Schema<'ExpertiseViews.MyBids'>

/** Why a judge fits an entry, part by part; `similarity` is 0..1. */
export type PairAffinity = Schema<'ExpertiseViews.PairAffinity'>
/** Every panel judge for one entry, best fit first. */
export type EntryAffinity = Schema<'ExpertiseViews.EntryAffinity'>

const id = (value: number | string) => encodeURIComponent(String(value))

// The judge's side.

export function getJudgeProfile(): Promise<JudgeProfile> {
  return http<JudgeProfile>('/judging/profile')
}

export function saveJudgeProfile(body: SaveJudgeProfile): Promise<JudgeProfile> {
  return http<JudgeProfile>('/judging/profile', { method: 'PUT', body })
}

/** The rounds taking bids whose panel the signed-in judge is on (assigned or not yet), with their entries. */
export function getMyBiddingRounds(): Promise<{ items: MyBids[]; total: number }> {
  return http<{ items: MyBids[]; total: number }>('/judging/bidding')
}

export function getMyBids(roundId: number): Promise<MyBids> {
  return http<MyBids>(`/rounds/${id(roundId)}/bids/mine`)
}

/** Bids on an entry; null withdraws the bid. 409 bidding-closed once the organizers close bidding. */
export function placeBid(roundId: number, entryId: number, level: BidLevel | null): Promise<BidItem> {
  return http<BidItem>(`/rounds/${id(roundId)}/bids/${id(entryId)}`, {
    method: 'PUT',
    body: { level } satisfies Schema<'ExpertiseViews.BidRequest'>,
  })
}

// The organizer's side.

export function getBidding(roundId: number): Promise<BiddingView> {
  return http<BiddingView>(`/rounds/${id(roundId)}/bidding`)
}

export function setBidding(roundId: number, open: boolean): Promise<BiddingView> {
  return http<BiddingView>(`/rounds/${id(roundId)}/bidding`, {
    method: 'PUT',
    body: { open } satisfies Schema<'ExpertiseViews.BiddingRequest'>,
  })
}

export function getAffinity(roundId: number, entryId: number): Promise<EntryAffinity> {
  return http<EntryAffinity>(`/rounds/${id(roundId)}/assignments/${id(entryId)}/affinity`)
}

/** Keeps automatic assignment from pairing this judge with this entry (or allows it again). */
export function setPairForbidden(
  roundId: number,
  entryId: number,
  judgeId: number,
  forbidden: boolean,
): Promise<EntryAffinity> {
  return http<EntryAffinity>(`/rounds/${id(roundId)}/assignments/forbidden`, {
    method: 'PUT',
    body: { entryId, judgeId, forbidden } satisfies Schema<'ExpertiseViews.ForbidRequest'>,
  })
}
