import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import EventScheduleView from './EventScheduleView.vue'
import type { EventSchedule, ScheduleItem } from '@/api/live'
import { mountView } from '@/test/mountView'
import { jsonResponse } from '@/test/dom'

const WAIT = { timeout: 5000 }
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

/** A fake EventSource: the page opens one per session and reloads when any of them speaks. */
class FakeSource {
  static opened: FakeSource[] = []
  onmessage: ((ev: MessageEvent) => void) | null = null
  onopen = null
  onerror = null
  readyState = 1
  closed = false
  constructor(readonly url: string) {
    FakeSource.opened.push(this)
  }
  close() {
    this.closed = true
  }
}

function item(sessionId: number, order: number, start: string, overrides: Partial<ScheduleItem> = {}): ScheduleItem {
  const end = new Date(new Date(start).getTime() + 15 * 60_000).toISOString()
  return {
    sessionId,
    slotId: sessionId * 10 + order,
    programSlug: 'startup-2026',
    programTitle: 'Startup Roadshow',
    roundName: 'Final',
    entryId: sessionId * 100 + order,
    title: `Pitch ${sessionId}-${order}`,
    organization: 'Tsinghua University',
    order,
    plannedStart: start,
    plannedEnd: end,
    state: 'WAITING',
    live: false,
    ...overrides,
  }
}

// Times in Asia/Shanghai (UTC+8): 10:00 on 8 Dec is 02:00Z; day two is 9 Dec.
const NOW = '2026-12-08T02:05:00Z'
function schedule(): EventSchedule {
  const a1 = item(1, 1, '2026-12-08T02:00:00Z', { state: 'PITCH', live: true })
  const a2 = item(1, 2, '2026-12-08T02:15:00Z')
  const a3 = item(1, 3, '2026-12-09T02:00:00Z')
  const b1 = item(2, 1, '2026-12-08T02:30:00Z', { title: '路演 B1', organization: null })
  return {
    slug: 'expo-2026',
    timeZone: 'Asia/Shanghai',
    serverTime: NOW,
    programs: [
      { id: 1, slug: 'startup-2026', title: 'Startup Roadshow' },
      { id: 2, slug: 'award-2026', title: 'Innovation Award' },
    ],
    stages: [
      { name: 'Hall A', sessionIds: [1], now: a1, next: a2, items: [a1, a2, a3] },
      { name: 'Hall B', sessionIds: [2], now: null, next: b1, items: [b1] },
    ],
  }
}

describe('EventScheduleView', () => {
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

  async function open(answer: (url: string) => Response, locale: 'en' | 'zh-CN' = 'en') {
    const fetch = vi.fn(async (url: string) => answer(url))
    vi.stubGlobal('fetch', fetch)
    const mounted = await mountView(EventScheduleView, '/events/expo-2026/schedule', locale)
    wrapper = mounted.wrapper
    await flushPromises()
    return { root: mounted.root as HTMLElement, fetch }
  }

  it('shows each stage with what is live now and next, the day’s order in the event’s zone, and follows the streams', async () => {
    const { root, fetch } = await open(() => jsonResponse(200, schedule()))
    await vi.waitFor(() => expect(text(root.querySelector('h1'))).toBe('Startup Roadshow · Innovation Award'), WAIT)
    expect(text(root.querySelector('[data-testid="schedule-lead"]'))).toContain('2 stages, 1 live now')
    expect(text(root.querySelector('[data-testid="schedule-lead"]'))).toContain('Asia/Shanghai')

    const hallA = root.querySelector('[data-testid="stage-Hall A"]')
    expect(text(hallA?.querySelector('[data-testid="stage-now"]'))).toContain('Live now')
    expect(text(hallA?.querySelector('[data-testid="stage-now"]'))).toContain('Pitch 1-1')
    expect(text(hallA?.querySelector('[data-testid="stage-now"]'))).toContain('10:00–10:15')
    expect(text(hallA?.querySelector('[data-testid="stage-next"]'))).toBe('Next10:15 Pitch 1-2')
    // Today (8 Dec) is chosen: day two's pitch is not in today's order.
    const rows = [...(hallA?.querySelectorAll('li') ?? [])].map(text)
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain('On stage')
    const hallB = root.querySelector('[data-testid="stage-Hall B"]')
    expect(text(hallB?.querySelector('[data-testid="stage-now"]'))).toContain('Nothing on this stage right now.')
    expect(hallB?.querySelector('a[href="/live/2/screen"]')).not.toBeNull()

    // One stream per session; an event on any of them reloads the schedule.
    expect(FakeSource.opened.map((s) => s.url)).toEqual(['/api/live/1/events', '/api/live/2/events'])
    const calls = fetch.mock.calls.length
    FakeSource.opened[1]?.onmessage?.(new MessageEvent('message', { data: '{}' }))
    await vi.waitFor(() => expect(fetch.mock.calls.length).toBe(calls + 1), WAIT)

    // Day two shows its own order.
    ;(root.querySelector('[data-testid="day-2026-12-09"] input') as HTMLInputElement).click()
    await flushPromises()
    const dayTwo = [...(root.querySelector('[data-testid="stage-Hall A"]')?.querySelectorAll('li') ?? [])].map(text)
    expect(dayTwo).toHaveLength(1)
    expect(dayTwo[0]).toContain('Pitch 1-3')
    expect(text(root.querySelector('[data-testid="stage-Hall B"]'))).toContain('No pitches on this stage that day.')

    wrapper?.unmount()
    wrapper = undefined
    expect(FakeSource.opened.every((s) => s.closed)).toBe(true)
  })

  it('says so in Chinese when nothing published has the address', async () => {
    const { root } = await open(
      () => jsonResponse(404, { status: 404, type: 'https://laurel.dev/problems/event-not-found', detail: 'No' }),
      'zh-CN',
    )
    await vi.waitFor(() => expect(root.textContent).toContain('没有这个日程'), WAIT)
    expect(FakeSource.opened).toHaveLength(0)
  })
})
