import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import RoundMethodComparison from './RoundMethodComparison.vue'
import type { ComparisonView } from '@/api/judging'
import { mountComponent } from '@/test/mountComponent'

const COMPARISON: ComparisonView = {
  roundId: 4,
  current: 'MEAN',
  changed: 2,
  items: [
    {
      entryId: 1,
      title: 'MedSight AI',
      categoryId: 7,
      ranks: { MEAN: 1, TRIMMED_MEAN: 1, MEDIAN: 2, ZSCORE: 1 },
      scores: { MEAN: 81.25, TRIMMED_MEAN: 80, MEDIAN: 78.5, ZSCORE: 82.1 },
      rankChanges: true,
    },
    {
      entryId: 2,
      title: 'Solar windows',
      categoryId: 7,
      ranks: { MEAN: 2, TRIMMED_MEAN: 2, MEDIAN: 1, ZSCORE: 2 },
      scores: { MEAN: 79.5, TRIMMED_MEAN: 79, MEDIAN: 80, ZSCORE: 77.9 },
      rankChanges: true,
    },
    {
      entryId: 3,
      title: 'AgriDrone',
      categoryId: 7,
      ranks: { MEAN: 3, TRIMMED_MEAN: 3, MEDIAN: 3, ZSCORE: 3 },
      scores: { MEAN: 40, TRIMMED_MEAN: 40, MEDIAN: 40, ZSCORE: 41 },
      rankChanges: false,
    },
  ],
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('RoundMethodComparison', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function rowOf(root: ParentNode, title: string): HTMLTableRowElement {
    const row = Array.from(root.querySelectorAll('tbody tr')).find((r) => text(r.querySelector('th')).startsWith(title))
    if (!row) throw new Error(`No row for ${title}`)
    return row as HTMLTableRowElement
  }

  it('puts the four methods side by side, the round’s own first', () => {
    const mounted = mountComponent(RoundMethodComparison, {
      comparison: COMPARISON,
      categoryNames: { 7: 'Team group' },
    })
    wrapper = mounted.wrapper
    const heads = Array.from(mounted.root.querySelectorAll('thead th')).map(text)
    expect(heads).toEqual(['Entry', 'MeanRound method', 'Trimmed mean', 'Median', 'Z-score'])
    expect(text(rowOf(mounted.root, 'AgriDrone').querySelector('small'))).toBe('Team group')
  })

  it('highlights the rows whose rank depends on the method, and the cells that differ', () => {
    const mounted = mountComponent(RoundMethodComparison, { comparison: COMPARISON })
    wrapper = mounted.wrapper
    const root = mounted.root

    expect(text(root.querySelector('[role="status"]'))).toBe('2 entries change rank depending on the method.')

    const medsight = rowOf(root, 'MedSight AI')
    expect(medsight.classList.contains('is-changed')).toBe(true)
    expect(text(medsight)).toContain('Rank depends on the method')
    const cells = Array.from(medsight.querySelectorAll('td'))
    // Mean (current), Trimmed mean, Median, Z-score: only the median ranks it differently.
    expect(cells.map((c) => c.classList.contains('is-different'))).toEqual([false, false, true, false])
    expect(text(cells[2]!.querySelector('.round-method-comparison__rank'))).toBe('#2')
    expect(text(cells[2]!.querySelector('.round-method-comparison__score'))).toBe('78.50')
    expect(cells[0]!.classList.contains('is-current')).toBe(true)

    const agri = rowOf(root, 'AgriDrone')
    expect(agri.classList.contains('is-changed')).toBe(false)
    expect(agri.querySelectorAll('td.is-different')).toHaveLength(0)
    expect(text(agri)).not.toContain('Rank depends on the method')
  })

  it('says so when every method agrees, in both languages', () => {
    const calm: ComparisonView = {
      ...COMPARISON,
      changed: 0,
      items: COMPARISON.items.map((i) => ({ ...i, rankChanges: false })),
    }
    const en = mountComponent(RoundMethodComparison, { comparison: calm })
    expect(text(en.root.querySelector('[role="status"]'))).toBe('The ranking is the same under every method.')
    expect(en.root.querySelectorAll('tr.is-changed')).toHaveLength(0)
    en.wrapper.unmount()
    document.body.innerHTML = ''
    const zh = mountComponent(RoundMethodComparison, { comparison: COMPARISON }, { locale: 'zh-CN' })
    wrapper = zh.wrapper
    expect(text(zh.root.querySelector('[role="status"]'))).toBe('有 2 件作品的排名随汇总方式而变化。')
  })
})
