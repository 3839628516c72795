import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import type { LiveEvent, LiveState } from '@/api/live'
import { coalesce, useLiveSession, type EventSourceLike } from './useLiveSession'
import { jsonResponse } from '@/test/dom'

class FakeSource implements EventSourceLike {
  static all: FakeSource[] = []
  readyState = 0
  onopen: EventSourceLike['onopen'] = null
  onmessage: EventSourceLike['onmessage'] = null
  onerror: EventSourceLike['onerror'] = null
  closed = false
  listeners: Record<string, ((ev: Event) => void)[]> = {}
  constructor(readonly url: string) {
    FakeSource.all.push(this)
  }
  addEventListener(type: string, listener: (ev: Event) => void): void {
    ;(this.listeners[type] ??= []).push(listener)
  }
  heartbeat(): void {
    for (const listener of this.listeners.heartbeat ?? []) listener(new MessageEvent('heartbeat', { data: '{}' }))
  }
  close(): void {
    this.closed = true
    this.readyState = 2
  }
  open(): void {
    this.readyState = 1
    ;(this.onopen as ((ev: Event) => void) | null)?.(new Event('open'))
  }
  send(event: LiveEvent): void {
    ;(this.onmessage as ((ev: MessageEvent) => void) | null)?.(
      new MessageEvent('message', { data: JSON.stringify(event) }),
    )
  }
  fail(readyState: 0 | 2): void {
    this.readyState = readyState
    ;(this.onerror as ((ev: Event) => void) | null)?.(new Event('error'))
  }
}

function state(lastEventId: number, extra: Partial<LiveState> = {}): LiveState {
  return {
    sessionId: 7,
    roundId: 2,
    roundName: 'Final',
    programTitle: 'Cup',
    programLogoUrl: null,
    programAccentColor: null,
    programAccentText: null,
    stage: null,
    status: 'RUNNING',
    paused: false,
    currentSlotId: 1,
    phase: 'PITCH',
    remainingSeconds: 100,
    phaseEndsAt: null,
    serverTime: '2025-01-01T00:00:00Z',
    slots: [],
    upNextSlotId: null,
    reveal: null,
    leaderboard: [],
    leaderboardBeforeReveal: null,
    submittedCount: 0,
    expectedCount: 3,
    audience: null,
    lastEventId,
    ...extra,
  }
}

describe('useLiveSession', () => {
  let fetchMock: ReturnType<typeof vi.fn>
  let scope: ReturnType<typeof effectScope>

  beforeEach(() => {
    vi.useFakeTimers()
    setActivePinia(createPinia())
    FakeSource.all = []
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    scope = effectScope()
  })

  afterEach(() => {
    scope.stop()
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  function start(onEvent = vi.fn()) {
    const session = scope.run(() => useLiveSession(7, { eventSource: (url) => new FakeSource(url), onEvent }))!
    return { session, onEvent }
  }

  it('loads the state, then follows the stream from its last event', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, state(5)))
    const { session, onEvent } = start()
    await vi.waitFor(() => expect(FakeSource.all).toHaveLength(1))
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/live/7')
    expect(FakeSource.all[0]!.url).toBe('/api/live/7/events?after=5')
    expect(session.state.value?.lastEventId).toBe(5)

    FakeSource.all[0]!.open()
    expect(session.connected.value).toBe(true)
    FakeSource.all[0]!.send({ type: 'START_QA', slotId: 1, state: state(6, { phase: 'QA' }) })
    expect(session.state.value?.phase).toBe('QA')
    expect(onEvent).toHaveBeenCalledTimes(1)

    // An older state (e.g. a slow fetch) never replaces a newer one.
    expect(session.apply(state(4, { phase: 'WAITING' }))).toBe(false)
    expect(session.state.value?.phase).toBe('QA')
  })

  it('counts the clock down locally and freezes it while paused', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, state(5, { remainingSeconds: 62 })))
    const { session } = start()
    await vi.waitFor(() => expect(session.state.value).not.toBeNull())
    expect(session.remaining.value).toBe(62)
    // The clock ticks four times a second, so three seconds show within a quarter second.
    await vi.advanceTimersByTimeAsync(3250)
    expect(session.remaining.value).toBe(59)
    FakeSource.all[0]!.send({ type: 'PAUSE', slotId: null, state: state(6, { paused: true, remainingSeconds: 58 }) })
    await vi.advanceTimersByTimeAsync(5000)
    expect(session.remaining.value).toBe(58)
  })

  it('lets the browser resume short drops, and reloads and reconnects when the stream closes', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse(200, state(5)))
      .mockResolvedValueOnce(jsonResponse(200, state(9, { phase: 'SCORING' })))
    const { session } = start()
    await vi.waitFor(() => expect(FakeSource.all).toHaveLength(1))
    const first = FakeSource.all[0]!
    first.open()

    first.fail(0) // CONNECTING: the browser retries with Last-Event-ID by itself
    expect(session.connected.value).toBe(false)
    await vi.advanceTimersByTimeAsync(5000)
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(FakeSource.all).toHaveLength(1)

    first.fail(2) // CLOSED: load the state again and reopen after the backoff
    expect(first.closed).toBe(true)
    await vi.advanceTimersByTimeAsync(999)
    expect(fetchMock).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    await vi.waitFor(() => expect(FakeSource.all).toHaveLength(2))
    expect(FakeSource.all[1]!.url).toBe('/api/live/7/events?after=9')
    expect(session.state.value?.phase).toBe('SCORING')
  })

  it('reopens a stream that went silent, heartbeats keeping a quiet one alive', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, state(5))).mockResolvedValueOnce(jsonResponse(200, state(5)))
    const { session } = start()
    await vi.waitFor(() => expect(FakeSource.all).toHaveLength(1))
    const first = FakeSource.all[0]!
    first.open()
    for (let i = 0; i < 4; i++) {
      await vi.advanceTimersByTimeAsync(15_000)
      first.heartbeat()
    }
    expect(first.closed).toBe(false)
    expect(session.connected.value).toBe(true)

    // The server is gone but the connection stays open: nothing arrives any more.
    await vi.advanceTimersByTimeAsync(41_000)
    expect(first.closed).toBe(true)
    expect(session.connected.value).toBe(false)
    await vi.advanceTimersByTimeAsync(1_000)
    await vi.waitFor(() => expect(FakeSource.all).toHaveLength(2))
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('closes the stream with its component', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, state(5)))
    start()
    await vi.waitFor(() => expect(FakeSource.all).toHaveLength(1))
    scope.stop()
    await nextTick()
    expect(FakeSource.all[0]!.closed).toBe(true)
  })

  it('reports a session that does not exist', async () => {
    fetchMock.mockResolvedValueOnce(
      jsonResponse(404, { status: 404, title: 'Not found', detail: 'No live session 7.' }),
    )
    const { session } = start()
    await vi.waitFor(() => expect(session.notFound.value).toBe(true))
    expect(FakeSource.all).toHaveLength(0)
  })
})

describe('coalesce', () => {
  it('runs a burst of refreshes as at most one more', async () => {
    let calls = 0
    let release: () => void = () => undefined
    const run = coalesce(
      () =>
        new Promise<void>((resolve) => {
          calls++
          release = resolve
        }),
    )
    void run()
    void run()
    void run()
    expect(calls).toBe(1)
    release()
    await Promise.resolve()
    await Promise.resolve()
    expect(calls).toBe(2)
    release()
    await Promise.resolve()
    expect(calls).toBe(2)
  })
})
