import { afterEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import RoundAssignmentGrid from './RoundAssignmentGrid.vue'
import type { JudgeSummary, MatrixEntry } from '@/api/judging'
import { mountComponent } from '@/test/mountComponent'
import { getByRole } from '@/test/dom'

const JUDGES: JudgeSummary[] = [
  { id: 3, displayName: 'Jia', email: 'jia@x.example', organization: null, load: 2 },
  { id: 5, displayName: 'Bo', email: 'bo@x.example', organization: null, load: 1 },
]

const ROWS: MatrixEntry[] = [
  { entryId: 11, title: 'Solar paint', categoryId: 7, judgeIds: [3], conflicts: [], missing: 1 },
  {
    entryId: 12,
    title: 'Tidal kite',
    categoryId: null,
    judgeIds: [3],
    conflicts: [{ judgeId: 5, reason: 'Mentor', source: 'ORGANIZER' }],
    missing: 1,
  },
]

describe('RoundAssignmentGrid', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(props: Record<string, unknown> = {}) {
    const onToggle = vi.fn()
    const mounted = mountComponent(RoundAssignmentGrid, {
      rows: ROWS,
      columns: JUDGES,
      judgesPerEntry: 2,
      categoryNames: { 7: 'Energy' },
      minLoad: 1,
      maxLoad: 2,
      onToggle,
      ...props,
    })
    wrapper = mounted.wrapper
    return { root: mounted.root, onToggle }
  }

  it('marks assigned cells pressed and the others not, with the category under the title', () => {
    const { root } = render()
    expect(getByRole(root, 'button', 'Jia · Solar paint: assigned').getAttribute('aria-pressed')).toBe('true')
    expect(getByRole(root, 'button', 'Bo · Solar paint: not assigned').getAttribute('aria-pressed')).toBe('false')
    expect(root.querySelector('tbody th small')?.textContent).toBe('Energy')
    expect(root.querySelectorAll('tbody th small')).toHaveLength(1)
  })

  it('asks to toggle the clicked cell', () => {
    const { root, onToggle } = render()
    getByRole(root, 'button', 'Bo · Solar paint: not assigned').click()
    expect(onToggle).toHaveBeenCalledWith(ROWS[0], JUDGES[1])
  })

  it('shows a conflict as a disabled-looking cell without a pressed state', () => {
    const { root } = render()
    const cell = getByRole(root, 'button', /^Bo · Tidal kite: conflict/)
    expect(cell.getAttribute('aria-disabled')).toBe('true')
    expect(cell.hasAttribute('aria-pressed')).toBe(false)
  })

  it('marks the heaviest and lightest loads and disables every cell while one is busy', () => {
    const { root } = render({ busyCell: '11:5' })
    const loads = [...root.querySelectorAll('thead .round-assignment-matrix__judge-load')]
    expect(loads.map((l) => l.classList.contains('is-max'))).toEqual([true, false])
    expect(loads.map((l) => l.classList.contains('is-min'))).toEqual([false, true])
    const busy = getByRole(root, 'button', 'Bo · Solar paint: not assigned') as HTMLButtonElement
    expect(busy.disabled).toBe(true)
    expect(busy.classList.contains('is-busy')).toBe(true)
  })

  it('says so across the whole row when no entry matches', () => {
    const { root } = render({ rows: [] })
    const none = root.querySelector('tbody td')
    expect(none?.textContent?.trim()).toBe('No entry matches these filters.')
    expect(none?.getAttribute('colspan')).toBe('4')
  })
})
