import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type VueWrapper } from '@vue/test-utils'
import JudgeQueueView from './JudgeQueueView.vue'
import type { MyBids } from '@/api/expertise'
import type { QueueItem } from '@/api/judging'
import type { PairwiseRound } from '@/api/pairwise'
import { mountView } from '@/test/mountView'
import { alertTexts, jsonResponse } from '@/test/dom'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }
const past = new Date(Date.now() - 86_400_000).toISOString()

function item(
  roundId: number,
  roundName: string,
  roundStatus: QueueItem['roundStatus'],
  entryId: number,
  title: string,
  status: QueueItem['scorecardStatus'],
): QueueItem {
  return {
    roundId,
    roundName,
    roundStatus,
    programId: 1,
    programTitle: 'Startup Cup',
    entryId,
    entryTitle: title,
    scorecardStatus: status,
    scoringClosesAt: null,
    canScore: roundStatus === 'OPEN',
  }
}

const QUEUE: QueueItem[] = [
  item(2, 'Preliminary', 'CLOSED', 5, 'LinguaBridge', 'SUBMITTED'),
  item(7, 'Final roadshow', 'OPEN', 9, 'MedSight AI', 'SUBMITTED'),
  item(7, 'Final roadshow', 'OPEN', 8, 'Solar windows', 'NOT_STARTED'),
  item(7, 'Final roadshow', 'OPEN', 10, 'AgriDrone', 'DRAFT'),
]

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('JudgeQueueView', () => {
  let wrapper: VueWrapper | undefined

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
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  async function open(items: QueueItem[], pairwise: PairwiseRound[] = [], bids: Record<number, MyBids> = {}) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        if (url === '/api/judging/queue') return jsonResponse(200, { items, total: items.length })
        if (url === '/api/judging/pairwise') return jsonResponse(200, { items: pairwise, total: pairwise.length })
        if (url === '/api/judging/bidding') {
          // The server lists only the rounds taking bids.
          const open = Object.values(bids).filter((b) => b.open)
          return jsonResponse(200, { items: open, total: open.length })
        }
        return jsonResponse(404, { status: 404 })
      }),
    )
    const mounted = await mountView(JudgeQueueView, '/judging')
    wrapper = mounted.wrapper
    return mounted
  }

  it('groups assignments by round, open rounds first, with each one’s status and progress', async () => {
    const { root } = await open(QUEUE)
    // Each round is a <section> named by its heading (the region landmark).
    const rounds = () => Array.from((root as HTMLElement).querySelectorAll<HTMLElement>('section[aria-labelledby]'))
    await vi.waitFor(() => expect(rounds().length).toBe(2), WAIT)

    const [final, preliminary] = rounds()
    expect(text(final!.querySelector('h2'))).toBe('Final roadshow')
    expect(text(preliminary!.querySelector('h2'))).toBe('Preliminary')
    expect(text(final)).toContain('1 of 3 submitted')
    expect(text(preliminary)).toContain('Scoring is closed in this round.')

    // Drafts to finish first, then entries not started, then submitted ones.
    const rows = Array.from(final!.querySelectorAll<HTMLElement>('li'))
    expect(rows.map((li) => li.querySelector('a')?.getAttribute('aria-label'))).toEqual([
      'Continue AgriDrone',
      'Score Solar windows',
      'View MedSight AI',
    ])
    expect(rows.map((li) => text(li.querySelector('.el-tag')))).toEqual(['Draft', 'Not started', 'Submitted'])
    const link = (section: Element, name: string) => section.querySelector(`a[aria-label="${name}"]`)
    expect(link(final!, 'Score Solar windows')?.getAttribute('href')).toBe('/judging/rounds/7/entries/8')
    expect(link(final!, 'Continue AgriDrone')?.getAttribute('href')).toBe('/judging/rounds/7/entries/10')
    expect(link(preliminary!, 'View LinguaBridge')).toBeTruthy()

    expect(text(root.querySelector('[data-testid="queue-progress"]'))).toBe('2 of 4 submitted')
  })

  it('reminds the judge of missing scores in open rounds only', async () => {
    const { root } = await open(QUEUE)
    await vi.waitFor(() => expect(alertTexts(root).join(' ')).toContain('Scores missing'), WAIT)
    expect(alertTexts(root).join(' ')).toContain('2 entries in open rounds still need your scores.')
  })

  it('says when everything is done, and when nothing is assigned', async () => {
    const done = await open(QUEUE.map((i) => ({ ...i, scorecardStatus: 'SUBMITTED' as const })))
    await vi.waitFor(() => expect(alertTexts(done.root).join(' ')).toContain('All caught up'), WAIT)
    done.wrapper.unmount()
    document.body.innerHTML = ''

    const empty = await open([])
    await vi.waitFor(() => expect(empty.root.textContent).toContain('Nothing is assigned to you yet.'), WAIT)
  })

  it('shows each open round’s deadline, and once the server stops taking scores only lets the judge view', async () => {
    const soon = new Date(Date.now() + 50 * 3_600_000).toISOString()
    const due = QUEUE.map((i) => (i.roundId === 7 ? { ...i, scoringClosesAt: soon } : i))
    const { root } = await open(due)
    await vi.waitFor(() => expect(root.querySelector('[data-testid="judging-deadline"]')).toBeTruthy(), WAIT)
    expect(text(root.querySelector('[data-testid="judging-deadline"]'))).toContain('Due in 2 days.')
    wrapper?.unmount()
    document.body.innerHTML = ''

    const late = await open(
      QUEUE.map((i) =>
        i.roundId === 7 ? { ...i, scoringClosesAt: new Date(Date.now() - 60_000).toISOString(), canScore: false } : i,
      ),
    )
    wrapper = late.wrapper
    await vi.waitFor(() => expect(late.root.querySelector('[data-testid="judging-deadline"]')).toBeTruthy(), WAIT)
    expect(text(late.root.querySelector('[data-testid="judging-deadline"]'))).toContain('The deadline has passed')
    expect(late.root.querySelector('a[aria-label="Score Solar windows"]')).toBeNull()
    expect(late.root.querySelector('a[aria-label="View Solar windows"]')).toBeTruthy()
    expect(alertTexts(late.root).join(' ')).not.toContain('Scores missing')
  })

  it('puts the rounds judged on the expo floor first, each with a link to walk it', async () => {
    const floor: PairwiseRound = {
      roundId: 11,
      roundName: 'Expo day',
      roundStatus: 'OPEN',
      programId: 1,
      programTitle: 'Startup Cup',
      comparisons: 4,
    }
    const { root } = await open([], [floor])
    const link = () =>
      (root as HTMLElement).querySelector<HTMLAnchorElement>('a[aria-label="Judge Expo day on the floor"]')
    await vi.waitFor(() => expect(link()).toBeTruthy(), WAIT)
    expect(link()!.getAttribute('href')).toBe('/judging/rounds/11/pairwise')
    expect(text(link())).toBe('Judge on the floor')
    const card = root.querySelector('section[aria-labelledby="pairwise-round-11"]')
    expect(text(card)).toContain('4 comparisons so far')
    // No scorecards assigned is not "nothing to do" when there is a floor to walk.
    expect(root.textContent).not.toContain('Nothing is assigned to you yet.')
  })

  it('links to the judge’s expertise, and to the bids of each round taking them', async () => {
    const bids: MyBids = {
      roundId: 7,
      roundName: 'Final roadshow',
      open: true,
      items: [
        { entryId: 8, title: 'Solar windows', summary: null, topics: [], bid: 'EAGER' },
        { entryId: 9, title: 'MedSight AI', summary: null, topics: [], bid: null },
      ],
    }
    const closed: MyBids = { roundId: 2, roundName: 'Preliminary', open: false, items: [] }
    const { root: body } = await open(QUEUE, [], { 7: bids, 2: closed })
    const root = body as HTMLElement
    const link = () =>
      (root as HTMLElement).querySelector<HTMLAnchorElement>('a[aria-label="Bid on entries of Final roadshow"]')
    await vi.waitFor(() => expect(link()).toBeTruthy(), WAIT)
    expect(link()!.getAttribute('href')).toBe('/judging/rounds/7/bids')
    expect(text(root.querySelector('section[aria-labelledby="bidding-round-7"]'))).toContain(
      'You bid on 1 of 2 entries',
    )
    expect(root.querySelector('section[aria-labelledby="bidding-round-2"]')).toBeNull()

    const profile = Array.from(root.querySelectorAll('a')).find((a) => text(a) === 'My expertise')
    expect(profile?.getAttribute('href')).toBe('/judging/profile')
  })
})
