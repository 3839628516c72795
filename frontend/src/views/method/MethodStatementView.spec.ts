import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import MethodStatementView from './MethodStatementView.vue'
import type { MethodStatement } from '@/api/judging'
import { mountView } from '@/test/mountView'
import { jsonResponse } from '@/test/dom'

const WAIT = { timeout: 5000 }
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

/** The server's statement of a trimmed mean (k = 1): cards 65, 90, 60, 75; the 90 and the 60 dropped. */
function trimmed(overrides: Partial<MethodStatement> = {}): MethodStatement {
  const term = (criterionId: number, value: number, points: number) => ({ criterionId, value, points })
  return {
    roundId: 7,
    roundName: 'Grand final',
    snapshotVersion: 2,
    sha256: 'b4a4f9f782e80ba7ee13bcf2d7944d1285dc0ebbb8f6a18c3b23ad3402cddeb0',
    method: 'TRIMMED_MEAN',
    trimCount: 1,
    disputeThreshold: 30,
    requiredJudges: 3,
    advanceCount: null,
    criteria: [
      { criterionId: 1, name: 'Innovation', min: 0, max: 10, weight: 2, points: 50 },
      { criterionId: 2, name: 'Execution', min: 0, max: 20, weight: 1, points: 50 },
    ],
    tieBreaks: ['Execution', 'Innovation'],
    entryCount: 3,
    cardCount: 9,
    judgeCount: 4,
    scoresShown: true,
    winners: [
      {
        entryId: 11,
        title: 'Alpha',
        categoryId: 5,
        categoryName: 'Health',
        score: 70,
        cards: [
          { judge: 1, terms: [term(1, 8, 40), term(2, 10, 25)], total: 65, dropped: false },
          { judge: 2, terms: [term(1, 9, 45), term(2, 18, 45)], total: 90, dropped: true },
          { judge: 3, terms: [term(1, 6, 30), term(2, 12, 30)], total: 60, dropped: true },
          { judge: 4, terms: [term(1, 7, 35), term(2, 16, 40)], total: 75, dropped: false },
        ],
        combination: { inputs: [65, 90, 60, 75], middle: [], trimApplied: true, unrounded: 70 },
        runnerUpScore: 52.5,
        decidedByTieBreak: false,
        sharesRank: false,
        matchesSnapshot: true,
      },
    ],
    ...overrides,
  } as MethodStatement
}

describe('MethodStatementView', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => localStorage.clear())

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  async function open(path: string, answer: (url: string) => Response, locale: 'en' | 'zh-CN' = 'en') {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => answer(url)),
    )
    const mounted = await mountView(MethodStatementView, path, locale)
    wrapper = mounted.wrapper
    await flushPromises()
    return mounted.root as HTMLElement
  }

  it('states the method in words and works the winner out from the server’s figures', async () => {
    const root = await open('/programs/dev-cup/winners/method', (url) =>
      url === '/api/public/programs/dev-cup/method-statement'
        ? jsonResponse(200, trimmed())
        : jsonResponse(404, { status: 404 }),
    )
    await vi.waitFor(() => expect(text(root.querySelector('h1'))).toBe('Method statement'), WAIT)

    expect(text(root.querySelector('[data-testid="method-lead"]'))).toBe(
      'Grand final: 3 entries, 9 scorecards from 4 judges.',
    )
    expect(text(root.querySelector('[data-testid="method-rule"]'))).toContain(
      'after dropping the 1 highest and the 1 lowest',
    )
    expect(text(root.querySelector('[data-testid="method-ties"]'))).toContain(
      'separated by the mean of Execution, Innovation, in that order',
    )
    const scale = [...root.querySelectorAll('[data-testid="method-scale"] tbody tr')].map((tr) =>
      [...tr.children].map(text),
    )
    expect(scale).toEqual([
      ['Innovation', '0–10', '× 2', '50'],
      ['Execution', '0–20', '× 1', '50'],
    ])
    expect(root.textContent).toContain('An entry whose totals span more than 30 points is flagged as disputed.')
    expect(root.textContent).toContain('No entry advances from this round')

    const worked = root.querySelector('[data-testid="method-worked-11"]')
    expect(text(worked)).toContain('Health')
    expect(text(worked?.querySelector('[data-testid="method-equation"]'))).toBe('(65 + 75) ÷ 2 = 70')
    expect(worked?.querySelectorAll('tr.is-dropped')).toHaveLength(2)
    expect(text(worked)).toContain('Matches the frozen snapshot')
    expect(text(worked)).toContain('Next in the category: 52.50.')
    // Public: no hint about the organizers' bundle download.
    expect(root.textContent).not.toContain('laurel.jar verify')
  })

  it('states the method without working out scores that were not published, in Chinese', async () => {
    const root = await open(
      '/programs/dev-cup/winners/method',
      () => jsonResponse(200, trimmed({ scoresShown: false, winners: [] })),
      'zh-CN',
    )
    await vi.waitFor(() => expect(text(root.querySelector('h1'))).toBe('评分方法说明'), WAIT)
    expect(text(root.querySelector('[data-testid="method-no-scores"]'))).toBe(
      '获奖名单公布时未公开分数，因此这里只说明方法，不展示计算过程。',
    )
    expect(root.querySelector('[data-testid^="method-worked-"]')).toBeNull()
  })

  it('lays out a z-score winner’s mapping back to the 0–100 scale', async () => {
    const z = trimmed({
      method: 'ZSCORE',
      winners: [
        {
          ...trimmed().winners[0]!,
          score: 76.18,
          cards: [
            {
              judge: 1,
              terms: [{ criterionId: 1, value: 8, points: 80 }],
              total: 80,
              dropped: false,
              judgeMean: 70,
              judgeSd: 10,
              z: 1,
            },
            {
              judge: 2,
              terms: [{ criterionId: 1, value: 7, points: 70 }],
              total: 70,
              dropped: false,
              judgeMean: 60,
              judgeSd: 10,
              z: 1,
            },
          ],
          combination: {
            inputs: [1, 1],
            middle: [],
            trimApplied: false,
            meanZ: 1,
            roundMean: 65,
            roundSd: 11.1803,
            mapped: 76.1803,
            unrounded: 76.1803,
          },
        },
      ],
    } as Partial<MethodStatement>)
    const root = await open('/programs/dev-cup/winners/method', () => jsonResponse(200, z))
    await vi.waitFor(() => expect(root.querySelector('[data-testid="method-worked-11"]')).not.toBeNull(), WAIT)
    const worked = root.querySelector('[data-testid="method-worked-11"]')
    expect(text(worked?.querySelector('[data-testid="method-equation"]'))).toBe('(1 + 1) ÷ 2 = 1')
    expect(text(worked)).toContain('65 + 1 × 11.1803 = 76.1803')
    expect(text(worked)).toContain('Judge mean 70, SD 10')
    expect(text(worked)).toContain('76.1803 → 76.18')
  })

  it('states a pairwise round’s method: CrowdBT from its priors, winners replayed, in both languages', async () => {
    const pairwise = trimmed({
      method: 'MEAN',
      trimCount: 0,
      disputeThreshold: null,
      requiredJudges: 0,
      advanceCount: 2,
      criteria: [],
      tieBreaks: [],
      entryCount: 12,
      cardCount: 0,
      judgeCount: 3,
      winners: [],
      pairwise: {
        comparisonCount: 41,
        judgeCount: 3,
        muPrior: 0,
        sigmaSqPrior: 1,
        alphaPrior: 10,
        betaPrior: 1,
        winners: [
          {
            entryId: 21,
            title: 'Tide',
            categoryId: null,
            categoryName: null,
            strength: 1.2345,
            uncertainty: 0.4321,
            won: 6,
            lost: 1,
            matchesSnapshot: true,
          },
        ],
      },
    })
    const root = await open('/organize/rounds/7/method', () => jsonResponse(200, pairwise))
    await vi.waitFor(() => expect(text(root.querySelector('h1'))).toBe('Method statement'), WAIT)
    expect(text(root.querySelector('[data-testid="method-lead"]'))).toBe(
      'Grand final: 12 entries ranked from 41 comparisons by 3 judges on the floor.',
    )
    expect(text(root.querySelector('[data-testid="method-pw-priors"]'))).toContain(
      'strength 0 with variance 1; every judge starts trusted to prefer the better entry 91% of the time (Beta(10, 1))',
    )
    // No rubric and no scorecards to show for a comparison round.
    expect(root.querySelector('[data-testid="method-scale"]')).toBeNull()
    const row = [...(root.querySelector('[data-testid="method-pw-21"]')?.children ?? [])].map(text)
    expect(row).toEqual(['Tide', '1.2345 ± 0.4321', 'Won 6, lost 1', 'Matches the frozen snapshot'])
    expect(root.textContent).toContain('The top 2 of each category advance')

    wrapper?.unmount()
    const zh = await open('/organize/rounds/7/method', () => jsonResponse(200, pairwise), 'zh-CN')
    await vi.waitFor(
      () => expect(text(zh.querySelector('[data-testid="method-lead"]'))).toContain('41 次两两比较'),
      WAIT,
    )
    expect(text(zh.querySelector('[data-testid="method-pw-21"]'))).toContain('胜 6 次，负 1 次')
  })

  it('tells the visitor when no statement exists yet', async () => {
    const root = await open('/programs/dev-cup/winners/method', () =>
      jsonResponse(404, {
        status: 404,
        type: 'https://laurel.dev/problems/winners-not-published',
        detail: 'No winners',
      }),
    )
    await vi.waitFor(() => expect(root.textContent).toContain('No statement yet'), WAIT)
    expect(root.querySelector('a[href="/programs/dev-cup/winners"]')).not.toBeNull()
  })
})
