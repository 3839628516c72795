import type { Page, Schema } from './contract'
import { http } from './http'

/**
 * What a judge on the floor may say. START: send me to a table. NEXT: I have seen my first table.
 * CURRENT_BETTER / PREVIOUS_BETTER: of my last two tables, this one was better. SKIP: I cannot judge this table.
 */
export type PairwiseDecision = Schema<'PairwiseViews.Decision'>

/** A PAIRWISE round I am on the panel of, for my queue. */
export type PairwiseRound = Schema<'PairwiseViews.MyRound'>

/** One table as a judge sees it. */
export type PairwiseStop = Schema<'PairwiseViews.Stop'>

/** My walk: where I am, where I was, and what I may say now (`allowedDecisions`, empty when the round takes no answers). */
export type PairwiseWalk = Schema<'PairwiseViews.Walk'>

/** The organizer's live view: coverage, the ranking (best first) with its uncertainty, the judges. */
export type PairwiseFloor = Schema<'PairwiseViews.Floor'>
export type PairwiseFloorTable = Schema<'PairwiseViews.FloorTable'>
export type PairwiseFloorJudge = Schema<'PairwiseViews.FloorJudge'>

export type PairwiseTableChange = Schema<'PairwiseViews.TableRequest'>

const id = (value: number | string) => encodeURIComponent(String(value))

// The judge's side.

export function getMyPairwiseRounds(): Promise<Page<PairwiseRound>> {
  return http<Page<PairwiseRound>>('/judging/pairwise')
}

export function getWalk(roundId: number): Promise<PairwiseWalk> {
  return http<PairwiseWalk>(`/rounds/${id(roundId)}/pairwise/me`)
}

/**
 * Says something about the table on screen; `currentEntryId` is that table, so a screen that fell
 * behind gets 409 pairwise-stale instead of answering for the wrong table.
 */
export function decide(
  roundId: number,
  decision: PairwiseDecision,
  currentEntryId: number | null,
): Promise<PairwiseWalk> {
  return http<PairwiseWalk>(`/rounds/${id(roundId)}/pairwise/me/decisions`, {
    method: 'POST',
    body: { decision, currentEntryId } satisfies Schema<'PairwiseViews.DecisionRequest'>,
  })
}

// The organizer's side.

export function getFloor(roundId: number): Promise<PairwiseFloor> {
  return http<PairwiseFloor>(`/rounds/${id(roundId)}/pairwise/floor`)
}

/** Relabels a table, or marks its team absent or back. */
export function changeTable(roundId: number, entryId: number, change: PairwiseTableChange): Promise<PairwiseFloor> {
  return http<PairwiseFloor>(`/rounds/${id(roundId)}/pairwise/tables/${id(entryId)}`, { method: 'PUT', body: change })
}
