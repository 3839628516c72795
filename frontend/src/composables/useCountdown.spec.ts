import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { splitDuration, useCountdown, useSubmissionWindow } from './useCountdown'

describe('splitDuration', () => {
  it('splits milliseconds into days, hours, minutes and seconds', () => {
    expect(splitDuration(((2 * 24 + 3) * 3600 + 4 * 60 + 5) * 1000 + 999)).toEqual({
      days: 2,
      hours: 3,
      minutes: 4,
      seconds: 5,
    })
    expect(splitDuration(-5000)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 })
  })
})

describe('useCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-06-30T15:58:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('ticks every second until the target, then reports done', () => {
    const scope = effectScope()
    const countdown = scope.run(() => useCountdown('2026-06-30T15:59:00Z'))!
    expect(countdown.parts.value).toEqual({ days: 0, hours: 0, minutes: 1, seconds: 0 })
    expect(countdown.done.value).toBe(false)

    vi.advanceTimersByTime(1000)
    expect(countdown.parts.value).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 59 })

    vi.advanceTimersByTime(59_000)
    expect(countdown.remainingMs.value).toBe(0)
    expect(countdown.done.value).toBe(true)

    vi.advanceTimersByTime(5000)
    expect(countdown.remainingMs.value).toBe(0)
    scope.stop()
  })

  it('follows a changing target and stops ticking with its scope', () => {
    const target = ref<string | null>(null)
    const scope = effectScope()
    const countdown = scope.run(() => useCountdown(target))!
    expect(countdown.done.value).toBe(false)
    expect(countdown.remainingMs.value).toBe(0)

    target.value = '2026-07-01T15:58:00Z'
    expect(countdown.parts.value).toEqual({ days: 1, hours: 0, minutes: 0, seconds: 0 })

    scope.stop()
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('useSubmissionWindow', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-06-01T00:59:58Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('moves from upcoming to open to closed as time passes', async () => {
    const scope = effectScope()
    const window = scope.run(() =>
      useSubmissionWindow({ submissionOpensAt: '2026-06-01T01:00:00Z', submissionClosesAt: '2026-06-01T01:00:05Z' }),
    )!
    expect(window.state.value).toBe('UPCOMING')
    expect(window.target.value).toBe('2026-06-01T01:00:00Z')
    expect(window.parts.value.seconds).toBe(2)

    vi.advanceTimersByTime(2000)
    await nextTick()
    expect(window.state.value).toBe('OPEN')
    expect(window.target.value).toBe('2026-06-01T01:00:05Z')
    expect(window.parts.value.seconds).toBe(5)

    vi.advanceTimersByTime(5000)
    await nextTick()
    expect(window.state.value).toBe('CLOSED')
    expect(window.target.value).toBeNull()
    scope.stop()
  })

  it('has no state without a window', () => {
    const scope = effectScope()
    const window = scope.run(() => useSubmissionWindow(null))!
    expect(window.state.value).toBeNull()
    scope.stop()
  })
})
