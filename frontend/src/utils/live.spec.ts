import { describe, expect, it } from 'vitest'
import type { LiveSlot, LiveState } from '@/api/live'
import { currentSlot, formatTimer, remainingAt, timerTone, upNextSlot } from './live'

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
    acceptsScores: false,
    removable: state === 'WAITING' || state === 'SKIPPED',
    ...extra,
  }
}

function live(slots: LiveSlot[], extra: Partial<LiveState> = {}): LiveState {
  return {
    sessionId: 1,
    roundId: 2,
    roundName: 'Final',
    programTitle: 'Cup',
    programLogoUrl: null,
    programAccentColor: null,
    programAccentText: null,
    stage: null,
    status: 'RUNNING',
    paused: false,
    currentSlotId: slots[0]?.id ?? null,
    phase: slots[0]?.state ?? null,
    remainingSeconds: null,
    phaseEndsAt: null,
    serverTime: '2025-01-01T00:00:00Z',
    slots,
    upNextSlotId: null,
    reveal: null,
    leaderboard: [],
    leaderboardBeforeReveal: null,
    submittedCount: 0,
    expectedCount: 3,
    audience: null,
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

describe('between pitches', () => {
  it('finds the slots the server names', () => {
    const state = live([slot(1, 'DONE'), slot(2, 'SKIPPED'), slot(3, 'WAITING')], { currentSlotId: 1, upNextSlotId: 3 })
    expect(currentSlot(state)?.id).toBe(1)
    expect(upNextSlot(state)?.id).toBe(3)
    expect(upNextSlot(live([slot(1, 'DONE')], { currentSlotId: null }))).toBeNull()
    expect(upNextSlot(null)).toBeNull()
  })
})
