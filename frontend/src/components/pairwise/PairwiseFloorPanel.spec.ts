import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import PairwiseFloorPanel from './PairwiseFloorPanel.vue'
import type { PairwiseFloor } from '@/api/pairwise'
import { mountComponent } from '@/test/mountComponent'
import { getByRole } from '@/test/dom'

vi.mock('@/api/pairwise', () => ({ getFloor: vi.fn(), changeTable: vi.fn() }))
const api = await import('@/api/pairwise')

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

function floor(over: Partial<PairwiseFloor> = {}): PairwiseFloor {
  return {
    roundId: 8,
    roundStatus: 'OPEN',
    comparisons: 14,
    tablesPresent: 2,
    tablesUnseen: 1,
    minComparisons: 2,
    tables: [
      {
        entryId: 41,
        title: 'MedSight AI',
        categoryId: 1,
        table: '12',
        present: true,
        rank: 1,
        strength: 1.24,
        uncertainty: 0.35,
        comparisons: 6,
        judgesHere: ['Jia'],
      },
      {
        entryId: 40,
        title: 'Solar windows',
        categoryId: 1,
        table: '7',
        present: true,
        rank: 2,
        strength: 0.4,
        uncertainty: 0.5,
        comparisons: 4,
        judgesHere: [],
      },
      {
        entryId: 42,
        title: 'AgriDrone',
        categoryId: null,
        table: '3',
        present: false,
        rank: null,
        strength: 0,
        uncertainty: 1,
        comparisons: 0,
        judgesHere: [],
      },
    ],
    judges: [
      { judgeId: 3, name: 'Jia', comparisons: 9, reliability: 0.82, currentTable: '12', since: null },
      { judgeId: 4, name: 'Bo', comparisons: 5, reliability: 0.6, currentTable: null, since: null },
    ],
    ...over,
  }
}

describe('PairwiseFloorPanel', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.clearAllMocks()
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  async function render(view: PairwiseFloor = floor()) {
    vi.mocked(api.getFloor).mockResolvedValue(view)
    const mounted = mountComponent(PairwiseFloorPanel, { roundId: 8, categoryNames: { 1: 'Health' } })
    wrapper = mounted.wrapper
    await flushPromises()
    return mounted.root
  }

  const tableRows = (root: ParentNode) => {
    const section = root.querySelector('section[aria-labelledby="floor-tables"]')!
    return Array.from(section.querySelectorAll<HTMLElement>('.el-table__body tr'))
  }

  it('shows the coverage figures and the tables ranked best first, with strength ± uncertainty', async () => {
    const root = await render()
    expect(api.getFloor).toHaveBeenCalledWith(8)
    expect(text(root.querySelector('[data-testid="floor-comparisons"]'))).toBe('14')
    expect(root.textContent).toContain('2 of 3')

    const rows = tableRows(root)
    expect(rows.map((r) => text(r.querySelector('td:nth-child(2)')))).toEqual(['12', '7', '3'])
    expect(text(rows[0])).toContain('MedSight AI')
    expect(text(rows[0])).toContain('Health')
    expect(text(rows[0])).toContain('1.24 ± 0.35')
    expect(text(rows[0])).toContain('Jia')
    expect(text(rows[2]!.querySelector('td:first-child'))).toBe('—')
    // Tables short of the comparisons every table gets first stand out.
    expect(rows[2]!.querySelector('[title="Fewer comparisons than every table gets first"]')).toBeTruthy()
    expect(rows[0]!.querySelector('[title="Fewer comparisons than every table gets first"]')).toBeNull()

    const judges = root.querySelector('section[aria-labelledby="floor-judges"]')!
    const judgeRows = Array.from(judges.querySelectorAll('.el-table__body tr')).map(text)
    expect(judgeRows[0]).toContain('Jia')
    expect(judgeRows[0]).toContain('82%')
    expect(judgeRows[0]).toContain('Table 12')
    expect(judgeRows[1]).toContain('60%')
  })

  it('marks a team absent through the server, and shows the floor it answers with', async () => {
    const root = await render()
    const after = floor({ tablesPresent: 1 })
    after.tables[1] = { ...after.tables[1]!, present: false }
    vi.mocked(api.changeTable).mockResolvedValue(after)

    const toggle = getByRole(root, 'switch', 'Team at table 7 is present')
    expect(toggle.getAttribute('aria-checked')).toBe('true')
    toggle.click()
    await flushPromises()

    expect(api.changeTable).toHaveBeenCalledWith(8, 40, { present: false })
    await vi.waitFor(() =>
      expect(getByRole(root, 'switch', 'Team at table 7 is present').getAttribute('aria-checked')).toBe('false'),
    )
    expect(root.textContent).toContain('1 of 3')
  })

  it('follows the floor every 10 seconds while shown, and stops once gone', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    await render()
    expect(api.getFloor).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(10_000)
    await flushPromises()
    expect(api.getFloor).toHaveBeenCalledTimes(2)

    wrapper!.unmount()
    wrapper = undefined
    vi.advanceTimersByTime(30_000)
    expect(api.getFloor).toHaveBeenCalledTimes(2)
  })
})
