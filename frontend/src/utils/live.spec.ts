import { describe, expect, it } from 'vitest'
import type { LiveSlot, LiveState } from '@/api/live'
import { boardWithout, canDo, formatTimer, partialCounts, remainingAt, timerTone, upNext } from './live'

function slot(id: number, state: LiveSlot['state'], extra: Partial<LiveSlot> = {}): LiveSlot {
  return {
    id,
    entryId: 100 + id,
    title: `Team ${id}`,
    organization: null,
    order: id,
    plannedStart: null,
    pitchMinutes: 8,
    qaMinutes: 7,
    state,
    scoringClosed: false,
    ...extra,
  }
}

function live(slots: LiveSlot[], extra: Partial<LiveState> = {}): LiveState {
  return {
    sessionId: 1,
    roundId: 2,
    roundName: 'Final',
    programTitle: 'Cup',
    status: 'RUNNING',
    paused: false,
    currentSlotId: slots[0]?.id ?? null,
    phase: slots[0]?.state ?? null,
    remainingSeconds: null,
    phaseEndsAt: null,
    serverTime: '2025-01-01T00:00:00Z',
    slots,
    reveal: null,
    leaderboard: [],
    submittedCount: 0,
    expectedCount: 3,
    lastEventId: 1,
    ...extra,
  }
}

describe('the phase clock', () => {
  it('formats minutes and seconds, and overtime with a plus', () => {
    expect(formatTimer(480)).toBe('8:00')
    expect(formatTimer(61)).toBe('1:01')
    expect(formatTimer(9)).toBe('0:09')
    expect(formatTimer(0)).toBe('0:00')
    expect(formatTimer(-1)).toBe('+0:01')
    expect(formatTimer(-75)).toBe('+1:15')
    expect(formatTimer(-3600)).toBe('+60:00')
    expect(formatTimer(null)).toBe('–:––')
  })

  it('turns amber in the last minute and red at zero and in overtime', () => {
    expect(timerTone(61)).toBe('normal')
    expect(timerTone(60)).toBe('warning')
    expect(timerTone(1)).toBe('warning')
    expect(timerTone(0)).toBe('danger')
    expect(timerTone(-30)).toBe('danger')
    expect(timerTone(null)).toBe('normal')
  })

  it('counts down from when the state arrived, and stands still while paused', () => {
    expect(remainingAt({ remainingSeconds: 100, paused: false }, 1_000, 1_000)).toBe(100)
    expect(remainingAt({ remainingSeconds: 100, paused: false }, 1_000, 3_999)).toBe(98)
    expect(remainingAt({ remainingSeconds: 5, paused: false }, 0, 8_000)).toBe(-3)
    expect(remainingAt({ remainingSeconds: 100, paused: true }, 0, 60_000)).toBe(100)
    expect(remainingAt({ remainingSeconds: null, paused: false }, 0, 60_000)).toBeNull()
  })
})

describe('host actions', () => {
  it('follows the slot state machine', () => {
    const waiting = live([slot(1, 'WAITING'), slot(2, 'WAITING')])
    expect(canDo(waiting, 'START_PITCH')).toBe(true)
    expect(canDo(waiting, 'START_QA')).toBe(false)
    expect(canDo(waiting, 'REVEAL')).toBe(false)
    expect(canDo(waiting, 'SKIP')).toBe(true)
    expect(canDo(waiting, 'END')).toBe(true)

    const pitch = live([slot(1, 'PITCH'), slot(2, 'WAITING')])
    expect(canDo(pitch, 'START_QA')).toBe(true)
    expect(canDo(pitch, 'OPEN_SCORING')).toBe(true)
    expect(canDo(pitch, 'END')).toBe(false)
    expect(canDo(pitch, 'START_PITCH', pitch.slots[1])).toBe(false)

    const scoring = live([slot(1, 'SCORING')], { submittedCount: 0 })
    expect(canDo(scoring, 'REVEAL')).toBe(false)
    expect(canDo({ ...scoring, submittedCount: 2 }, 'REVEAL')).toBe(true)
    expect(canDo(scoring, 'CLOSE_SCORING')).toBe(true)
    expect(canDo(scoring, 'REOPEN_SCORING')).toBe(false)
    const closed = live([slot(1, 'SCORING', { scoringClosed: true })])
    expect(canDo(closed, 'CLOSE_SCORING')).toBe(false)
    expect(canDo(closed, 'REOPEN_SCORING')).toBe(true)

    const revealed = live([slot(1, 'REVEALED'), slot(2, 'WAITING')])
    expect(canDo(revealed, 'NEXT')).toBe(true)
    expect(canDo(revealed, 'REOPEN_SCORING')).toBe(true)
  })

  it('allows only resuming, skipping and ending while paused', () => {
    const paused = live([slot(1, 'WAITING')], { paused: true })
    expect(canDo(paused, 'START_PITCH')).toBe(false)
    expect(canDo(paused, 'PAUSE')).toBe(false)
    expect(canDo(paused, 'RESUME')).toBe(true)
    expect(canDo(paused, 'SKIP')).toBe(true)
    expect(canDo(paused, 'END')).toBe(true)
  })

  it('allows nothing once the session has ended', () => {
    const ended = live([slot(1, 'DONE')], { status: 'ENDED', currentSlotId: null })
    for (const action of ['START_PITCH', 'PAUSE', 'END', 'REOPEN_SCORING'] as const) expect(canDo(ended, action)).toBe(false)
  })
})

describe('between pitches', () => {
  it('finds the next waiting slot after the current one', () => {
    const state = live([slot(1, 'DONE'), slot(2, 'SKIPPED'), slot(3, 'WAITING')], { currentSlotId: 1 })
    expect(upNext(state)?.id).toBe(3)
    expect(upNext(live([slot(1, 'DONE')], { currentSlotId: null }))).toBeNull()
  })

  it('shows the leaderboard as it was before the reveal', () => {
    const rows = [
      { rank: 1, entryId: 7, title: 'New', organization: null, score: 91 },
      { rank: 2, entryId: 5, title: 'A', organization: null, score: 80 },
      { rank: 3, entryId: 6, title: 'B', organization: null, score: 80 },
    ]
    expect(boardWithout(rows, 7).map((r) => [r.entryId, r.rank])).toEqual([
      [5, 1],
      [6, 1],
    ])
  })

  it('reads "N of M" from a reveal-incomplete problem', () => {
    expect(partialCounts('2 of 5 judges have submitted; confirm to reveal with 2 of 5.', { submitted: 0, expected: 0 })).toEqual({ n: 2, m: 5 })
    expect(partialCounts('Not every judge has scored', { submitted: 3, expected: 4 })).toEqual({ n: 3, m: 4 })
  })
})
