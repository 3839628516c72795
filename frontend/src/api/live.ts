import { API_BASE, http } from './http'
import type { JudgeEntry } from './judging'

// ---- the public state every screen follows ----------------------------------------------------

export const SLOT_STATES = ['WAITING', 'PITCH', 'QA', 'SCORING', 'REVEALED', 'DONE', 'SKIPPED'] as const
export type SlotState = (typeof SLOT_STATES)[number]

export type SessionStatus = 'READY' | 'RUNNING' | 'ENDED'

export interface LiveSlot {
  id: number
  entryId: number
  title: string
  organization: string | null
  /** 1-based position in the schedule. */
  order: number
  plannedStart: string | null
  pitchMinutes: number
  qaMinutes: number
  state: SlotState
  scoringClosed: boolean
  /** Judges' scorecards for this pitch are accepted now (the server's rule). */
  acceptsScores: boolean
  /** A new schedule may leave this slot out (the server's rule: it never started). */
  removable: boolean
}

export interface RevealScore {
  /** The judge's number on the panel, 1..N. */
  judge: number
  /** Only when the organizer chose to show judges' names. */
  name: string | null
  total: number
  /** Struck out by the trimmed mean (a highest or a lowest total). */
  dropped: boolean
}

export interface Reveal {
  slotId: number
  entryId: number
  title: string
  method: string
  scores: RevealScore[]
  finalScore: number
}

export interface LeaderRow {
  rank: number
  entryId: number
  title: string
  organization: string | null
  score: number
}

/** What the hall may see: public, never anything private. */
export interface LiveState {
  sessionId: number
  roundId: number
  roundName: string
  programTitle: string
  status: SessionStatus
  paused: boolean
  currentSlotId: number | null
  phase: SlotState | null
  /** Seconds left in PITCH or QA when the state was built; negative in overtime, frozen while paused. */
  remainingSeconds: number | null
  phaseEndsAt: string | null
  serverTime: string
  slots: LiveSlot[]
  /** The slot the hall waits for: the current one if it has not started, else the next waiting one. */
  upNextSlotId: number | null
  reveal: Reveal | null
  leaderboard: LeaderRow[]
  /** During a reveal: the ranking as it stood before this pitch (ranked by the server). */
  leaderboardBeforeReveal: LeaderRow[] | null
  submittedCount: number
  expectedCount: number
  /** Resume the event stream after this event. */
  lastEventId: number
}

/** One server-sent event: what happened and the state after it. */
export interface LiveEvent {
  type: LiveAction | 'SCHEDULE' | 'SCORED' | string
  slotId: number | null
  state: LiveState
}

// ---- the host and the judges ------------------------------------------------------------------

export type HostJudgeStatus = 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED' | 'RECUSED'

export interface HostJudge {
  id: number
  number: number
  name: string
  /** For the current slot. */
  status: HostJudgeStatus
}

export interface SlotActions {
  slotId: number
  allowedActions: LiveAction[]
}

/** The console: what the server allows now, so the buttons never re-derive the session's rules. */
export interface HostView {
  state: LiveState
  judges: HostJudge[]
  showJudgeNames: boolean
  /** Actions the host may send without naming a slot (session actions and the current slot's). */
  allowedActions: LiveAction[]
  /** Actions the host may send naming each slot. */
  slotActions: SlotActions[]
  /** The step the hall expects next: the highlighted button (possible or not). */
  nextStep: LiveAction | null
}

export interface TabletView {
  state: LiveState
  judgeNumber: number
  /** The pitch on stage with my scorecard; null between pitches or when recused. */
  entry: JudgeEntry | null
  recused: boolean
  canScore: boolean
}

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
] as const
export type LiveAction = (typeof LIVE_ACTIONS)[number]

export interface ScheduleSlot {
  entryId: number
  order: number
  /** An ISO instant, or null when the slot has no planned time. */
  plannedStart: string | null
  pitchMinutes: number
  qaMinutes: number
}

export interface ScheduleRequest {
  slots: ScheduleSlot[]
  showJudgeNames?: boolean
}

export interface ControlRequest {
  action: LiveAction
  /** Slot actions apply to the current slot unless a slot is named. */
  slotId?: number
  reason?: string
  /** Reveal although not every expected judge has submitted. */
  confirmPartial?: boolean
}

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
