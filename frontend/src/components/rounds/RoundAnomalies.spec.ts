import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import RoundAnomalies from './RoundAnomalies.vue'
import type { AnomalyItem, AnomalyView } from '@/api/judging'
import { mountComponent } from '@/test/mountComponent'

function flag(extra: Partial<AnomalyItem>): AnomalyItem {
  return {
    kind: 'FAST_SUBMISSION',
    judgeId: 1,
    judgeName: 'Quick Qi',
    affinity: null,
    entries: [],
    count: 1,
    outOf: 1,
    value: null,
    baseline: null,
    z: null,
    seconds: null,
    ...extra,
  } as AnomalyItem
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('RoundAnomalies', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  it('puts each flag into a sentence with the server’s figures and lists the entries concerned', () => {
    const entries = ['A', 'B', 'C', 'D', 'E', 'F'].map((title, i) => ({ entryId: i + 1, title }))
    const view: AnomalyView = {
      roundId: 4,
      openingsRecorded: true,
      flags: [
        flag({
          kind: 'AFFINITY_BIAS',
          judgeName: 'Loyal Lu',
          affinity: 'ORGANIZATION',
          entries: entries.slice(0, 2),
          count: 2,
          outOf: 4,
          value: 20,
          baseline: 0,
        }),
        flag({ kind: 'IDENTICAL_SCORES', judgeName: 'Copy Cai', entries, count: 6, outOf: 8, value: 70 }),
        flag({ kind: 'FAST_SUBMISSION', entries: entries.slice(0, 1), count: 1, outOf: 2, seconds: 12 }),
        flag({
          kind: 'EXTREME_DEVIATION',
          judgeName: 'Odd Ou',
          entries: entries.slice(4, 5),
          value: 90,
          baseline: 50,
          z: 13.49,
        }),
      ],
    }
    const mounted = mountComponent(RoundAnomalies, { view })
    wrapper = mounted.wrapper
    const items = [...mounted.root.querySelectorAll('.round-anomalies__item')].map(text)
    expect(items[0]).toContain(
      'On entries from their own organization, Loyal Lu scores +20.00 points from the rest of the panel on average; on the others, 0.00 (2 of 4 cards).',
    )
    expect(items[0]).toMatch(/A · B$/)
    expect(items[1]).toContain('Copy Cai gave exactly the same values to 6 of their 8 entries (a total of 70.00 each).')
    expect(items[1]).toContain('A · B · C · D and 2 more')
    expect(items[2]).toContain('less than 30 seconds after first opening the entry (fastest: 12 s)')
    expect(items[3]).toContain('Odd Ou gave 90.00 where the other judges averaged 50.00: +13.49 robust z, beyond ±3.')
    expect(mounted.root.textContent).not.toContain('not checked on a live stage')
  })

  it('says when nothing stands out, in Chinese, and that a live stage is not timed', () => {
    const mounted = mountComponent(
      RoundAnomalies,
      { view: { roundId: 4, openingsRecorded: false, flags: [] } },
      { locale: 'zh-CN' },
    )
    wrapper = mounted.wrapper
    expect(text(mounted.root.querySelector('[data-testid="anomalies-none"]'))).toContain('没有值得注意的情况')
    expect(mounted.root.textContent).toContain('现场路演中评委边听边评')
  })
})
