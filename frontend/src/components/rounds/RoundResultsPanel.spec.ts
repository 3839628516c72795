import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import RoundResultsPanel from './RoundResultsPanel.vue'
import type { ResultItem, RoundView, StabilityView } from '@/api/judging'
import { useAuthStore } from '@/stores/auth'
import { mountComponent } from '@/test/mountComponent'
import { jsonResponse } from '@/test/dom'

const WAIT = { timeout: 5000 }

const ROUND: RoundView = {
  id: 8,
  programId: 2,
  name: 'Preliminary',
  position: 1,
  mode: 'ONLINE',
  aggregation: 'MEAN',
  trimCount: 1,
  blind: true,
  judgesPerEntry: 3,
  advanceCount: 10,
  disputeThreshold: null,
  scoringClosesAt: null,
  status: 'CLOSED',
  criteria: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  i18n: { name: { 'zh-CN': 'Preliminary', en: 'Preliminary' } },
}

function item(entryId: number, categoryId: number | null, rank: number | null, score: number | null): ResultItem {
  return {
    entryId,
    title: `Entry ${entryId}`,
    categoryId,
    rank,
    score,
    judgeCount: 3,
    spread: 1,
    stdDev: 0.5,
    flags: [],
    perCriterion: {},
  }
}

// Two categories interleaved, as the server sends them: ranks restart in each.
const ITEMS: ResultItem[] = [
  item(1, 20, 1, 75.83),
  item(2, 10, 2, 70.1),
  item(3, 10, 1, 79.72),
  item(4, 20, 2, 60),
  item(5, 10, null, null),
]

// Entry 3 leads its category only thanks to one judge; entry 2 would take its place without them.
const STABILITY: StabilityView = {
  roundId: 8,
  method: 'MEAN',
  resamples: 1000,
  seed: 1,
  line: 1,
  lineKind: 'ADVANCE',
  pivotalCount: 2,
  items: [
    {
      entryId: 3,
      title: 'Entry 3',
      categoryId: 10,
      rank: 1,
      low: 1,
      high: 2,
      advanceShare: 0.6,
      advances: true,
      pivotalJudges: [{ judgeId: 7, displayName: 'Judge Wang', effect: 'DROPS_OUT' }],
    },
    {
      entryId: 2,
      title: 'Entry 2',
      categoryId: 10,
      rank: 2,
      low: 1,
      high: 2,
      advanceShare: 0.4,
      advances: false,
      pivotalJudges: [{ judgeId: 7, displayName: 'Judge Wang', effect: 'GETS_IN' }],
    },
    {
      entryId: 1,
      title: 'Entry 1',
      categoryId: 20,
      rank: 1,
      low: 1,
      high: 1,
      advanceShare: 1,
      advances: true,
      pivotalJudges: [],
    },
  ],
}

/** The results, or the stability check when that is what is asked. */
function server(items: ResultItem[]) {
  return vi.fn(async (url: string | URL | Request) =>
    String(url).includes('/results/stability')
      ? jsonResponse(200, STABILITY)
      : jsonResponse(200, { roundId: 8, method: 'MEAN', items }),
  )
}

describe('RoundResultsPanel', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    useAuthStore().setTokens('a', 'r')
    vi.stubGlobal('fetch', server(ITEMS))
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows one table per category, headed by its name and count, ranked within it', async () => {
    const mounted = mountComponent(RoundResultsPanel, {
      round: ROUND,
      categoryNames: { 10: 'Application innovation', 20: 'Basic research' },
    })
    wrapper = mounted.wrapper
    const root = mounted.root
    await vi.waitFor(() => expect(root.querySelectorAll('section h3')).toHaveLength(2), WAIT)
    const sections = [...root.querySelectorAll('section')]
    const headings = sections.map((s) =>
      [...(s.querySelector('h3')?.children ?? [])].map((part) => (part.textContent ?? '').trim()),
    )
    expect(headings).toEqual([
      ['Application innovation', '3 entries'],
      ['Basic research', '2 entries'],
    ])

    const titlesIn = (section: Element) =>
      [...section.querySelectorAll('.el-table__body tr')].map((row) =>
        (row.querySelectorAll('td')[1]?.textContent ?? '').trim(),
      )
    expect(titlesIn(sections[0]!)).toEqual(['Entry 3', 'Entry 2', 'Entry 5'])
    expect(titlesIn(sections[1]!)).toEqual(['Entry 1', 'Entry 4'])
  })

  it('shows the top 25 of a large category until asked for all of them', async () => {
    const many = Array.from({ length: 40 }, (_, i) => item(100 + i, 10, i + 1, 90 - i))
    vi.stubGlobal('fetch', server(many))
    const mounted = mountComponent(RoundResultsPanel, { round: ROUND, categoryNames: { 10: 'Energy' } })
    wrapper = mounted.wrapper
    const root = mounted.root
    const rows = () => root.querySelectorAll('.el-table__body tr').length
    await vi.waitFor(() => expect(rows()).toBe(25), WAIT)
    expect(root.querySelector('section h3')?.textContent).toContain('40 entries')
    expect(root.textContent).toContain('Showing 25 of 40')

    const more = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Show all 40'))!
    more.click()
    await vi.waitFor(() => expect(rows()).toBe(40), WAIT)
    expect(root.textContent).toContain('Show the top 25 only')
  })

  it('shows each rank interval and names the judge a decision hangs on, under the round method only', async () => {
    const mounted = mountComponent(RoundResultsPanel, { round: ROUND, categoryNames: { 10: 'Energy', 20: 'Health' } })
    wrapper = mounted.wrapper
    const root = mounted.root
    await vi.waitFor(() => expect(root.textContent).toContain('Out without Judge Wang'), WAIT)
    expect(root.textContent).toContain('In without Judge Wang')
    expect(root.textContent).toContain('Rank 1–2')
    expect(root.textContent).toContain('Rank 1 in every resample')
    expect(root.querySelector('.el-alert')?.textContent).toContain(
      '2 entries’ sides of the line hang on a single judge (the top 1 per category advance)',
    )
    const range = [...root.querySelectorAll('.round-stability-cell__range')].find((e) => e.textContent === 'Rank 1–2')
    expect(range?.getAttribute('title')).toContain('ranked 1–2; it made the line in 60%')

    // Another method: the check is about the round's own method, so the column goes and says why.
    const median = [...root.querySelectorAll('label, button')].find((b) => b.textContent?.trim() === 'Median')
    ;(median as HTMLElement).click()
    await vi.waitFor(() => expect(root.textContent).not.toContain('Out without Judge Wang'), WAIT)
    expect(root.textContent).toContain('Stability is worked out for the round’s own method')
  })

  it('shows a pairwise round’s strength ± uncertainty and comparisons, with no method to switch', async () => {
    const fetchMock = server([{ ...item(1, 10, 1, 1.24), stdDev: 0.35, judgeCount: 6, spread: null }])
    vi.stubGlobal('fetch', fetchMock)
    const mounted = mountComponent(RoundResultsPanel, { round: { ...ROUND, mode: 'PAIRWISE' }, categoryNames: {} })
    wrapper = mounted.wrapper
    const root = mounted.root
    await vi.waitFor(() => expect(root.textContent).toContain('1.24 ± 0.35'), WAIT)
    const headers = [...root.querySelectorAll('.el-table__header th')].map((th) => (th.textContent ?? '').trim())
    expect(headers).toContain('Strength')
    expect(headers).toContain('Comparisons')
    expect(headers).not.toContain('Judges')
    expect(headers).not.toContain('Spread')
    expect(root.textContent).not.toContain('Compare methods')
    expect([...root.querySelectorAll('label')].some((l) => l.textContent?.trim() === 'Median')).toBe(false)
    expect(fetchMock.mock.calls.map(([url]) => String(url)).some((url) => url.includes('/stability'))).toBe(false)
  })
})
