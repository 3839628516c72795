import type { Defaulted, Narrowed, Schema } from './contract'
import { API_BASE, http } from './http'
import type { JudgeEntry } from './judging'

// ---- the public state every screen follows ----------------------------------------------------

export const SLOT_STATES = [
  'WAITING',
  'PITCH',
  'QA',
  'SCORING',
  'REVEALED',
  'DONE',
  'SKIPPED',
] as const satisfies readonly Schema<'SlotState'>[]
export type SlotState = Schema<'SlotState'>

export type SessionStatus = 'READY' | 'RUNNING' | 'ENDED'

/** `order`: 1-based position in the schedule. */
export type LiveSlot = Schema<'LiveViews.SlotView'>

/** `judge`: the judge's number on the panel; `name` only when the organizer chose to show names; `dropped`: struck out by the trimmed mean. */
export type RevealScore = Schema<'LiveViews.RevealScore'>

export type Reveal = Schema<'LiveViews.Reveal'>

export type LeaderRow = Schema<'LiveViews.LeaderRow'>

/**
 * What the hall may see: public, never anything private. `remainingSeconds` is negative in
 * overtime and frozen while paused; resume the event stream after `lastEventId`.
 */
export type LiveState = Narrowed<Schema<'LiveViews.LiveState'>, { status: SessionStatus }>

/** One server-sent event: what happened and the state after it. */
export interface LiveEvent {
  type: LiveAction | 'SCHEDULE' | 'SCORED' | string
  slotId: number | null
  state: LiveState
}

// ---- the host and the judges ------------------------------------------------------------------

export type HostJudgeStatus = 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED' | 'RECUSED'

/** `status` is for the current slot. */
export type HostJudge = Narrowed<Schema<'LiveViews.HostJudge'>, { status: HostJudgeStatus }>

/** What the server allows per slot, so the schedule's menus never re-derive the session's rules. */
export type SlotActions = Schema<'LiveViews.SlotActions'>

/** The console: `allowedActions` and `nextStep` are the server's; the buttons only show them. */
export type HostView = Narrowed<Schema<'LiveViews.HostView'>, { state: LiveState; judges: HostJudge[] }>

/** `entry`: the pitch on stage with my scorecard; null between pitches or when recused. */
export type TabletView = Narrowed<Schema<'LiveViews.TabletView'>, { state: LiveState; entry: JudgeEntry | null }>

export const LIVE_ACTIONS = [
  'START_PITCH',
  'START_QA',
  'OPEN_SCORING',
  'CLOSE_SCORING',
  'REVEAL',
  'NEXT',
  'PAUSE',
  'RESUME',
  'REOPEN_SCORING',
  'SKIP',
  'END',
] as const satisfies readonly Schema<'LiveAction'>[]
export type LiveAction = Schema<'LiveAction'>

/** `plannedStart`: an ISO instant, or null when the slot has no planned time. */
export type ScheduleSlot = Schema<'LiveViews.SlotRequest'>

export type ScheduleRequest = Schema<'LiveViews.ScheduleRequest'>

/**
 * Slot actions apply to the current slot unless a slot is named; `confirmPartial` reveals
 * although not every expected judge has submitted (false when left out).
 */
export type ControlRequest = Defaulted<Schema<'LiveViews.ControlRequest'>, 'confirmPartial'>

const id = (value: number | string) => encodeURIComponent(String(value))

/** Creates the round's live session, or replaces its schedule (a new order reorders it). */
export function saveSchedule(roundId: number, body: ScheduleRequest): Promise<HostView> {
  return http<HostView>(`/rounds/${id(roundId)}/live`, { method: 'POST', body })
}

/** The round's live session as the host sees it; 404 (live-session-not-found) before the first schedule. */
export function getRoundLive(roundId: number): Promise<HostView> {
  return http<HostView>(`/rounds/${id(roundId)}/live`)
}

export function control(sessionId: number, body: ControlRequest): Promise<HostView> {
  return http<HostView>(`/live/${id(sessionId)}/control`, { method: 'POST', body })
}

export function getHostView(sessionId: number): Promise<HostView> {
  return http<HostView>(`/live/${id(sessionId)}/host`)
}

export function getTabletView(sessionId: number): Promise<TabletView> {
  return http<TabletView>(`/live/${id(sessionId)}/judge`)
}

/** The public state: no sign-in, so a stale token on the big screen never sends it to the login page. */
export function getLiveState(sessionId: number): Promise<LiveState> {
  return http<LiveState>(`/live/${id(sessionId)}`, { auth: false })
}

/** The event stream's URL, resuming after the event a loaded state ended with. */
export function liveEventsUrl(sessionId: number, after?: number | null): string {
  const base = `${API_BASE}/live/${id(sessionId)}/events`
  return after === undefined || after === null ? base : `${base}?after=${encodeURIComponent(String(after))}`
}

// ---- the expo's stages ------------------------------------------------------------------------

/** One pitch on an event's schedule; `live`: the host has it on stage now. */
export type ScheduleItem = Narrowed<Schema<'StageSchedule.Item'>, { state: SlotState }>

/** A stage with what is on now and next, and its pitches in time order. */
export type ScheduleStage = Narrowed<
  Schema<'StageSchedule.Stage'>,
  { now: ScheduleItem | null; next: ScheduleItem | null; items: ScheduleItem[] }
>

export type EventSchedule = Narrowed<Schema<'StageSchedule.Schedule'>, { stages: ScheduleStage[] }>

/** An event's (or a program's) public schedule of stages: 404 (event-not-found) when nothing published answers to the slug. */
export function getEventSchedule(slug: string): Promise<EventSchedule> {
  return http<EventSchedule>(`/public/events/${id(slug)}/schedule`, { auth: false })
}
