import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import AudienceVoteView from './AudienceVoteView.vue'
import type { Ballot } from '@/api/audience'
import type { LiveState } from '@/api/live'
import { mountView } from '@/test/mountView'
import { jsonResponse, type } from '@/test/dom'

const WAIT = { timeout: 5000 }
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

class FakeSource {
  static opened: FakeSource[] = []
  onmessage: ((ev: MessageEvent) => void) | null = null
  onopen = null
  onerror = null
  readyState = 1
  constructor(readonly url: string) {
    FakeSource.opened.push(this)
  }
  close() {}
}

function liveState(votingSlotId: number | null): LiveState {
  return {
    sessionId: 7,
    roundId: 3,
    roundName: 'Final',
    programTitle: 'Startup Roadshow',
    programLogoUrl: null,
    programAccentColor: null,
    programAccentText: null,
    stage: 'Hall A',
    status: 'RUNNING',
    paused: false,
    currentSlotId: 71,
    phase: 'QA',
    remainingSeconds: 120,
    phaseEndsAt: null,
    serverTime: '2026-12-08T02:01:00Z',
    slots: [
      {
        id: 71,
        entryId: 501,
        title: 'Solar Loom',
        organization: 'Tsinghua University',
        order: 1,
        plannedStart: null,
        pitchMinutes: 5,
        qaMinutes: 3,
        state: 'QA',
        scoringClosed: false,
        acceptsScores: false,
        removable: false,
      },
    ],
    upNextSlotId: null,
    reveal: null,
    leaderboard: [],
    leaderboardBeforeReveal: null,
    submittedCount: 0,
    expectedCount: 3,
    audience: {
      mode: 'SCORE',
      weight: 20,
      formula: 'final = 80% x judges + 20% x audience',
      votingSlotId,
      votingSlotVotes: 0,
      results: [],
      revealed: null,
    },
    lastEventId: 1,
  }
}

function ballot(signedIn: boolean, myVotes: Ballot['myVotes'] = []): Ballot {
  return {
    sessionId: 7,
    programTitle: 'Startup Roadshow',
    roundName: 'Final',
    stage: 'Hall A',
    mode: 'SCORE',
    weight: 20,
    open: { slotId: 71, title: 'Solar Loom', organization: 'Tsinghua University', order: 1 },
    upNext: null,
    signedIn,
    myVotes,
  }
}

describe('AudienceVoteView', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    localStorage.clear()
    FakeSource.opened = []
    vi.stubGlobal('EventSource', FakeSource)
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('signs in with a ticket, then votes once on the open pitch with the token and the device id', async () => {
    const calls: { url: string; init?: RequestInit }[] = []
    let voted = false
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, init })
      const headers = (init?.headers ?? {}) as Record<string, string>
      if (url === '/api/live/7') return jsonResponse(200, liveState(71))
      if (url === '/api/live/7/audience')
        return jsonResponse(
          200,
          ballot(
            headers['X-Audience-Token'] === 'tok-1',
            voted ? [{ slotId: 71, value: 8, castAt: '2026-12-08T02:01:30Z' }] : [],
          ),
        )
      if (url === '/api/live/7/audience/ticket')
        return jsonResponse(200, { token: 'tok-1', expiresAt: '2099-01-01T00:00:00Z' })
      if (url === '/api/live/7/audience/votes') {
        voted = true
        return jsonResponse(201, { slotId: 71, value: 8, castAt: '2026-12-08T02:01:30Z' })
      }
      return jsonResponse(404, { status: 404, detail: 'No' })
    })
    vi.stubGlobal('fetch', fetch)
    const mounted = await mountView(AudienceVoteView, '/live/7/vote')
    wrapper = mounted.wrapper
    const root = mounted.root as HTMLElement
    await flushPromises()

    await vi.waitFor(() => expect(text(root.querySelector('h2'))).toBe('Vote as the audience'), WAIT)
    expect(text(root.querySelector('.audience-page__rule'))).toContain('20%')
    ;(root.querySelector('[data-testid="audience-method-ticket"]') as HTMLButtonElement).click()
    await flushPromises()
    await type(root.querySelector('#audience-ticket') as HTMLInputElement, 'EXPO-2026-0001')
    ;(root.querySelector('[data-testid="audience-use-ticket"]') as HTMLButtonElement).click()

    await vi.waitFor(
      () => expect(text(root.querySelector('[data-testid="audience-open-title"]'))).toBe('Solar Loom'),
      WAIT,
    )
    expect(localStorage.getItem('laurel.audience.pass')).toContain('tok-1')
    ;(root.querySelector('[data-value="8"]') as HTMLButtonElement).click()
    await flushPromises()
    const send = root.querySelector('[data-testid="audience-send-vote"]') as HTMLButtonElement
    expect(text(send)).toBe('Vote 8')
    send.click()

    await vi.waitFor(
      () => expect(text(root.querySelector('[data-testid="audience-voted"]'))).toContain('8 out of 10'),
      WAIT,
    )
    const vote = calls.find((c) => c.url === '/api/live/7/audience/votes')
    const headers = vote?.init?.headers as Record<string, string>
    expect(headers['X-Audience-Token']).toBe('tok-1')
    expect(headers['X-Audience-Device']).toMatch(/^[A-Za-z0-9-]{8,64}$/)
    expect(headers.Authorization).toBeUndefined()
    expect(JSON.parse(String(vote?.init?.body))).toEqual({ slotId: 71, value: 8 })
    expect(FakeSource.opened.map((s) => s.url)).toEqual(['/api/live/7/events?after=1'])
  })

  it('asks to wait, in Chinese, while no pitch takes votes', async () => {
    localStorage.setItem('laurel.audience.pass', JSON.stringify({ token: 'tok-1', expiresAt: '2099-01-01T00:00:00Z' }))
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        if (url === '/api/live/7') return jsonResponse(200, liveState(null))
        return jsonResponse(200, { ...ballot(true), open: null, upNext: { slotId: 72, title: '智能农业', order: 2 } })
      }),
    )
    const mounted = await mountView(AudienceVoteView, '/live/7/vote', 'zh-CN')
    wrapper = mounted.wrapper
    const root = mounted.root as HTMLElement
    await vi.waitFor(
      () => expect(text(root.querySelector('[data-testid="audience-waiting"]'))).toContain('当前未开放投票'),
      WAIT,
    )
    expect(text(root.querySelector('[data-testid="audience-waiting"]'))).toContain('智能农业')
  })
})
