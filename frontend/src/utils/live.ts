// Pure helpers of the live roadshow: timer display, which host actions the state allows, leaderboards.
import type { LeaderRow, LiveAction, LiveSlot, LiveState, SlotState } from '@/api/live'

export type TimerTone = 'normal' | 'warning' | 'danger'

/** Amber in the last minute, red at zero and in overtime. */
export function timerTone(seconds: number | null | undefined): TimerTone {
  if (seconds === null || seconds === undefined) return 'normal'
  if (seconds <= 0) return 'danger'
  if (seconds <= 60) return 'warning'
  return 'normal'
}

/** "m:ss" while time is left, "+m:ss" in overtime, "0:00" at zero; hours roll into minutes. */
export function formatTimer(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '–:––'
  const whole = Math.trunc(seconds)
  const abs = Math.abs(whole)
  const text = `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`
  return whole < 0 ? `+${text}` : text
}

/** Seconds left now, given the state's remainingSeconds and when that state arrived; frozen while paused. */
export function remainingAt(
  state: Pick<LiveState, 'remainingSeconds' | 'paused'> | null | undefined,
  receivedAt: number,
  now: number,
): number | null {
  if (!state || state.remainingSeconds === null || state.remainingSeconds === undefined) return null
  if (state.paused) return state.remainingSeconds
  return state.remainingSeconds - Math.floor(Math.max(0, now - receivedAt) / 1000)
}

export function currentSlot(state: LiveState | null | undefined): LiveSlot | null {
  if (!state || state.currentSlotId === null) return null
  return state.slots.find((s) => s.id === state.currentSlotId) ?? null
}

/** The slot the hall waits for: the current one if it has not started, else the next waiting one in order. */
export function upNext(state: LiveState | null | undefined): LiveSlot | null {
  if (!state) return null
  const current = currentSlot(state)
  if (current?.state === 'WAITING') return current
  const after = current?.order ?? 0
  const waiting = state.slots.filter((s) => s.state === 'WAITING').sort((a, b) => a.order - b.order)
  return waiting.find((s) => s.order > after) ?? waiting[0] ?? null
}

const ACTIVE: readonly SlotState[] = ['PITCH', 'QA', 'SCORING']

export function isActive(state: SlotState | null | undefined): boolean {
  return !!state && ACTIVE.includes(state)
}

/**
 * Whether the host may send an action now, mirroring the server's slot state machine, so
 * buttons are only enabled when they would succeed (the server still has the last word).
 */
export function canDo(state: LiveState | null | undefined, action: LiveAction, slot: LiveSlot | null = currentSlot(state)): boolean {
  if (!state || state.status === 'ENDED') return false
  const anotherActive = (target: LiveSlot | null) => state.slots.some((s) => isActive(s.state) && s.id !== target?.id)
  switch (action) {
    case 'PAUSE':
      return !state.paused
    case 'RESUME':
      return state.paused
    case 'END':
      return !state.slots.some((s) => isActive(s.state))
    case 'SKIP':
      return slot?.state === 'WAITING'
    default:
      break
  }
  if (!slot || state.paused) return false
  switch (action) {
    case 'START_PITCH':
      return slot.state === 'WAITING' && !anotherActive(slot)
    case 'START_QA':
      return slot.state === 'PITCH'
    case 'OPEN_SCORING':
      return slot.state === 'PITCH' || slot.state === 'QA'
    case 'CLOSE_SCORING':
      return slot.state === 'SCORING' && !slot.scoringClosed
    case 'REVEAL':
      return slot.state === 'SCORING' && (slot.id !== state.currentSlotId || state.submittedCount > 0)
    case 'NEXT':
      return slot.state === 'REVEALED'
    case 'REOPEN_SCORING':
      return (
        (slot.state === 'REVEALED' || slot.state === 'DONE' || (slot.state === 'SCORING' && slot.scoringClosed)) &&
        !anotherActive(slot)
      )
    default:
      return false
  }
}

/**
 * The leaderboard without one entry (the one being revealed), ranked again by score with shared
 * ranks for ties: what the hall saw before the reveal.
 */
export function boardWithout(rows: readonly LeaderRow[], entryId: number | null | undefined): LeaderRow[] {
  if (entryId === null || entryId === undefined) return [...rows]
  const rest = rows.filter((r) => r.entryId !== entryId)
  return rest.map((r) => ({ ...r, rank: rest.filter((o) => o.score > r.score).length + 1 }))
}

/** "N of M" out of a reveal-incomplete problem's detail, else the counts the state reported. */
export function partialCounts(detail: string, fallback: { submitted: number; expected: number }): { n: number; m: number } {
  const match = /(\d+)\s+of\s+(\d+)/i.exec(detail)
  if (match) return { n: Number(match[1]), m: Number(match[2]) }
  return { n: fallback.submitted, m: fallback.expected }
}
