// Pure helpers of the live roadshow's screens: the timer display and finding slots by the ids the
// server names. What the host may do, what comes next and how the board ranks are the server's.
import type { LeaderRow, LiveSlot, LiveState } from '@/api/live'

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

function slotById(state: LiveState | null | undefined, id: number | null | undefined): LiveSlot | null {
  if (!state || id === null || id === undefined) return null
  return state.slots.find((s) => s.id === id) ?? null
}

export function currentSlot(state: LiveState | null | undefined): LiveSlot | null {
  return slotById(state, state?.currentSlotId)
}

/** The slot the hall waits for, as the server named it. */
export function upNextSlot(state: LiveState | null | undefined): LiveSlot | null {
  return slotById(state, state?.upNextSlotId)
}

/**
 * The audience's popularity ranking as leaderboard rows, when the vote is a separate ranking
 * (weight 0); empty otherwise. Ranks and scores are the server's.
 */
export function popularityRows(state: LiveState | null | undefined): LeaderRow[] {
  const audience = state?.audience
  if (!audience || audience.weight > 0) return []
  return audience.results
    .filter((r) => r.rank != null)
    .map((r) => ({
      rank: r.rank ?? 0,
      entryId: r.entryId,
      title: r.title,
      organization: null,
      score: r.audience,
      judgesScore: null,
      audienceScore: null,
    }))
}

/**
 * The audience vote's rule in the reader's words, from the mode and weight the server computes
 * with (judging's AudienceBlend); `t` is vue-i18n's.
 */
export function audienceFormula(
  t: (key: string, named?: Record<string, unknown>) => string,
  mode: 'SCORE' | 'FAVOURITE',
  weight: number,
): string {
  const audience = mode === 'SCORE' ? t('audience.formula.score') : t('audience.formula.favourite')
  const final =
    weight > 0
      ? t('audience.formula.weighted', { judges: 100 - weight, audience: weight })
      : t('audience.formula.separate')
  return `${final} · ${audience}`
}
