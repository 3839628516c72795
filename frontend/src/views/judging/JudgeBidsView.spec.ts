import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import JudgeBidsView from './JudgeBidsView.vue'
import type { BidItem, MyBids } from '@/api/expertise'
import { mountView } from '@/test/mountView'
import { getByRole, jsonResponse } from '@/test/dom'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }
const past = new Date(Date.now() - 86_400_000).toISOString()

const ITEMS: BidItem[] = [
  {
    entryId: 11,
    title: 'Solar tiles',
    summary: 'Roof tiles that make power.',
    topics: ['Energy', 'Materials'],
    bid: null,
  },
  { entryId: 12, title: 'MedSight AI', summary: null, topics: [], bid: 'EAGER' },
]

const OPEN: MyBids = { roundId: 7, roundName: 'Preliminary', open: true, items: ITEMS }

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('JudgeBidsView', () => {
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

  async function open(bids: MyBids, answer?: (body: { level: string | null }) => Response) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        const method = init.method ?? 'GET'
        const body = init.body ? JSON.parse(String(init.body)) : undefined
        sent.push({ url, method, body })
        if (url === '/api/rounds/7/bids/mine') return jsonResponse(200, bids)
        const put = /^\/api\/rounds\/7\/bids\/(\d+)$/.exec(url)
        if (put && method === 'PUT') {
          if (answer) return answer(body)
          const item = bids.items.find((i) => i.entryId === Number(put[1]))
          return jsonResponse(200, { ...item, bid: body.level })
        }
        return jsonResponse(404, { status: 404 })
      }),
    )
    const mounted = await mountView(JudgeBidsView, '/judging/rounds/7/bids')
    wrapper = mounted.wrapper
    return { ...mounted, root: mounted.root as HTMLElement }
  }

  /** The radio of one level for one entry, found by its accessible name (the text of its label). */
  function radio(root: Element, name: string): HTMLInputElement {
    const found = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="radio"]')).find(
      (input) => text(input.closest('label')) === name,
    )
    if (!found) throw new Error(`No radio named ${name}`)
    return found
  }

  it('lists each entry with its summary, topics and the judge’s bid, and counts the bids', async () => {
    const { root } = await open(OPEN)
    await vi.waitFor(() => expect(root.querySelectorAll('article').length).toBe(2), WAIT)

    expect(text(root.querySelector('h1'))).toBe('Preliminary')
    const [solar, med] = Array.from(root.querySelectorAll('article'))
    expect(text(solar!.querySelector('h2'))).toBe('Solar tiles')
    expect(text(solar)).toContain('Roof tiles that make power.')
    expect(text(solar)).toContain('Energy')
    expect(text(solar)).toContain('Materials')
    expect(text(root.querySelector('[data-testid="bids-count"]'))).toBe('You bid on 1 of 2 entries')

    // Every choice names its entry; the one chosen is checked.
    expect(radio(root, 'Eager, MedSight AI').checked).toBe(true)
    expect(radio(root, 'Eager, Solar tiles').checked).toBe(false)
    expect(getByRole(med!, 'radiogroup', 'Your bid on MedSight AI')).toBeTruthy()
    expect(getByRole(solar!, 'button', 'Clear your bid on Solar tiles').hasAttribute('disabled')).toBe(true)
  })

  it('saves a choice at once with the level, and clearing sends null', async () => {
    const { root } = await open(OPEN)
    await vi.waitFor(() => expect(root.querySelectorAll('article').length).toBe(2), WAIT)

    radio(root, 'Not willing, Solar tiles').click()
    await vi.waitFor(() => expect(sent.some((r) => r.method === 'PUT')).toBe(true), WAIT)
    expect(sent.find((r) => r.method === 'PUT')).toEqual({
      url: '/api/rounds/7/bids/11',
      method: 'PUT',
      body: { level: 'NOT_WILLING' },
    })
    await vi.waitFor(
      () => expect(text(root.querySelector('[data-testid="bids-count"]'))).toBe('You bid on 2 of 2 entries'),
      WAIT,
    )

    getByRole(root, 'button', 'Clear your bid on MedSight AI').click()
    await vi.waitFor(() => expect(sent.filter((r) => r.method === 'PUT').length).toBe(2), WAIT)
    expect(sent.filter((r) => r.method === 'PUT')[1]).toEqual({
      url: '/api/rounds/7/bids/12',
      method: 'PUT',
      body: { level: null },
    })
  })

  it('shows only entries not yet bid on when asked, keeping one just bid on in view', async () => {
    const { root } = await open(OPEN)
    await vi.waitFor(() => expect(root.querySelectorAll('article').length).toBe(2), WAIT)

    radio(root, 'Not yet bid').click()
    await flushPromises()
    await vi.waitFor(() => expect(root.querySelectorAll('article').length).toBe(1), WAIT)
    expect(text(root.querySelector('article h2'))).toBe('Solar tiles')

    radio(root, 'Willing, Solar tiles').click()
    await vi.waitFor(() => expect(sent.some((r) => r.method === 'PUT')).toBe(true), WAIT)
    await flushPromises()
    expect(root.querySelectorAll('article').length).toBe(1)
  })

  it('says so plainly when bidding is closed, with no entries to bid on', async () => {
    const { root } = await open({ ...OPEN, open: false, items: [] })
    await vi.waitFor(() => expect(root.querySelector('[data-testid="bids-closed"]')).toBeTruthy(), WAIT)
    expect(text(root.querySelector('[data-testid="bids-closed"]'))).toContain('Bidding is closed')
    expect(root.querySelectorAll('input[type="radio"]').length).toBe(0)
  })

  it('shows the closed page when bidding closed before the choice reached the server', async () => {
    let bids: MyBids = OPEN
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        if (url === '/api/rounds/7/bids/mine') return jsonResponse(200, bids)
        if (init.method === 'PUT') {
          bids = { ...OPEN, open: false, items: [] }
          return jsonResponse(409, {
            type: 'https://laurel.dev/problems/bidding-closed',
            title: 'Bidding closed',
            status: 409,
            detail: 'Bidding is closed in this round.',
          })
        }
        return jsonResponse(404, { status: 404 })
      }),
    )
    const mounted = await mountView(JudgeBidsView, '/judging/rounds/7/bids')
    wrapper = mounted.wrapper
    const root = mounted.root as HTMLElement
    await vi.waitFor(() => expect(root.querySelectorAll('article').length).toBe(2), WAIT)

    radio(root, 'Eager, Solar tiles').click()
    await vi.waitFor(() => expect(root.querySelector('[data-testid="bids-closed"]')).toBeTruthy(), WAIT)
    expect(root.textContent).toContain('Bidding has just closed')
  })
})
