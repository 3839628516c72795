import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import PairwiseWalkView from './PairwiseWalkView.vue'
import type { PairwiseWalk } from '@/api/pairwise'
import { mountView } from '@/test/mountView'
import { getAllByRole, getByRole, jsonResponse } from '@/test/dom'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }
const past = new Date(Date.now() - 86_400_000).toISOString()

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

function walk(over: Partial<PairwiseWalk> = {}): PairwiseWalk {
  return {
    roundId: 7,
    roundName: 'Expo finals',
    roundStatus: 'OPEN',
    scoringClosesAt: null,
    previous: { entryId: 40, title: 'Solar windows', table: '7' },
    current: { entryId: 41, title: 'MedSight AI', table: '12' },
    comparisons: 3,
    tablesLeft: 9,
    allowedDecisions: ['CURRENT_BETTER', 'PREVIOUS_BETTER', 'SKIP'],
    ...over,
  }
}

describe('PairwiseWalkView', () => {
  let wrapper: VueWrapper | undefined
  let sent: { url: string; method: string; body: unknown }[]

  beforeEach(() => {
    localStorage.clear()
    localStorage.setItem(
      'laurel.auth',
      JSON.stringify({
        accessToken: 'acc',
        refreshToken: 'ref',
        roles: ['JUDGE'],
        user: {
          id: 3,
          email: 'jia@example.org',
          displayName: 'Jia',
          organization: null,
          locale: 'en',
          roles: ['JUDGE'],
          createdAt: past,
        },
      }),
    )
    sent = []
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  /** The server's answers in turn: GETs of the walk from `walks`, POSTs of a decision from `answers`. */
  async function open(walks: PairwiseWalk[], answers: Response[] = []) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        const method = init.method ?? 'GET'
        sent.push({ url, method, body: init.body ? JSON.parse(String(init.body)) : undefined })
        if (url === '/api/rounds/7/pairwise/me' && method === 'GET') {
          return jsonResponse(200, walks.length > 1 ? walks.shift() : walks[0])
        }
        if (url === '/api/rounds/7/pairwise/me/decisions' && method === 'POST' && answers.length) {
          return answers.shift()!
        }
        return jsonResponse(404, { status: 404 })
      }),
    )
    const mounted = await mountView(PairwiseWalkView, '/judging/rounds/7/pairwise')
    wrapper = mounted.wrapper
    await vi.waitFor(() => expect(mounted.root.querySelector('[data-testid="walk-left"]')).toBeTruthy(), WAIT)
    return mounted
  }

  const choices = (root: ParentNode) =>
    getAllByRole(root, 'button')
      .filter((b) => b.hasAttribute('data-decision'))
      .map((b) => [b.getAttribute('data-decision'), b.getAttribute('aria-label'), text(b)])

  it('sends the judge to the current table and offers exactly the answers the server allows, each naming its table', async () => {
    const { root } = await open([walk()])
    expect(text(root.querySelector('[data-testid="walk-current"]'))).toBe('Go to table 12')
    expect(root.textContent).toContain('MedSight AI')
    expect(text(root.querySelector('[data-testid="walk-previous"]'))).toContain('Table 7')
    expect(choices(root)).toEqual([
      ['CURRENT_BETTER', 'Table 12 was better', 'This one (table 12) was better'],
      ['PREVIOUS_BETTER', 'Table 7 was better', 'The last one (table 7) was better'],
      ['SKIP', 'Skip table 12', 'Skip this table'],
    ])
    expect(text(root.querySelector('[data-testid="walk-comparisons"]'))).toBe('3')
    expect(text(root.querySelector('[data-testid="walk-left"]'))).toBe('9')
  })

  it('offers only "Start walking" before the first table, and only "next" at the first one', async () => {
    const start = await open([walk({ previous: null, current: null, comparisons: 0, allowedDecisions: ['START'] })])
    expect(choices(start.root)).toEqual([['START', 'Start walking', 'Start walking']])
    start.wrapper.unmount()
    document.body.innerHTML = ''

    const first = await open([walk({ previous: null, allowedDecisions: ['NEXT', 'SKIP'] })])
    wrapper = first.wrapper
    expect(choices(first.root).map(([d, named]) => [d, named])).toEqual([
      ['NEXT', 'Seen table 12, go to the next table'],
      ['SKIP', 'Skip table 12'],
    ])
  })

  it('posts the answer with the table on screen and shows where to go next', async () => {
    const next = walk({
      previous: { entryId: 41, title: 'MedSight AI', table: '12' },
      current: { entryId: 42, title: 'AgriDrone', table: '3' },
      comparisons: 4,
      tablesLeft: 8,
    })
    const { root } = await open([walk()], [jsonResponse(200, next)])
    getByRole(root, 'button', 'Table 12 was better').click()
    await vi.waitFor(() => expect(text(root.querySelector('[data-testid="walk-current"]'))).toBe('Go to table 3'), WAIT)
    const post = sent.find((r) => r.method === 'POST')
    expect(post).toEqual({
      url: '/api/rounds/7/pairwise/me/decisions',
      method: 'POST',
      body: { decision: 'CURRENT_BETTER', currentEntryId: 41 },
    })
    expect(text(root.querySelector('[data-testid="walk-comparisons"]'))).toBe('4')
  })

  it('reloads the walk when the screen is behind, and says so in the server’s words', async () => {
    const moved = walk({ current: { entryId: 45, title: 'LinguaBridge', table: '15' } })
    const stale = jsonResponse(409, {
      type: 'https://laurel.dev/problems/pairwise-stale',
      title: 'Your screen is behind',
      status: 409,
      detail: 'You are at table 15 now; reload to see it.',
    })
    const { root } = await open([walk(), moved], [stale])
    getByRole(root, 'button', 'Skip table 12').click()
    await vi.waitFor(
      () => expect(text(root.querySelector('[data-testid="walk-current"]'))).toBe('Go to table 15'),
      WAIT,
    )
    expect(sent.find((r) => r.method === 'POST')?.body).toEqual({ decision: 'SKIP', currentEntryId: 41 })
    expect(sent.filter((r) => r.method === 'GET' && r.url === '/api/rounds/7/pairwise/me')).toHaveLength(2)
    await vi.waitFor(() => expect(document.body.textContent).toContain('You are at table 15 now; reload to see it.'))
  })

  it('says when every table is seen, and when the round takes no answers', async () => {
    const done = await open([walk({ current: null, allowedDecisions: [], tablesLeft: 0 })])
    expect(done.root.querySelector('[data-testid="walk-done"]')).toBeTruthy()
    expect(choices(done.root)).toEqual([])
    done.wrapper.unmount()
    document.body.innerHTML = ''

    const closed = await open([walk({ roundStatus: 'CLOSED', allowedDecisions: [] })])
    wrapper = closed.wrapper
    await flushPromises()
    expect(text(closed.root.querySelector('[data-testid="walk-closed"]'))).toContain(
      'Judging on the floor has ended in this round.',
    )
    expect(choices(closed.root)).toEqual([])
  })
})
