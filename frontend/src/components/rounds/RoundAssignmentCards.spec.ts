import { afterEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import RoundAssignmentCards from './RoundAssignmentCards.vue'
import type { JudgeSummary, MatrixEntry } from '@/api/judging'
import { mountComponent } from '@/test/mountComponent'

const JUDGES: JudgeSummary[] = [
  { id: 3, displayName: 'Jia', email: 'jia@x.example', organization: null, load: 2 },
  { id: 5, displayName: 'Bo', email: 'bo@x.example', organization: null, load: 1 },
  { id: 8, displayName: 'Lin', email: 'lin@x.example', organization: null, load: 0 },
]

const ROWS: MatrixEntry[] = [
  {
    entryId: 12,
    title: 'Tidal kite',
    categoryId: 8,
    judgeIds: [3],
    conflicts: [{ judgeId: 5, reason: 'Mentor', source: 'ORGANIZER' }],
    missing: 1,
  },
  { entryId: 13, title: 'Wind sock', categoryId: null, judgeIds: [3, 5, 8], conflicts: [], missing: 0 },
]

describe('RoundAssignmentCards', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(props: Record<string, unknown> = {}) {
    const onToggle = vi.fn()
    const mounted = mountComponent(RoundAssignmentCards, {
      rows: ROWS,
      judges: JUDGES,
      judgesPerEntry: 2,
      categoryNames: { 8: 'Water' },
      onToggle,
      ...props,
    })
    wrapper = mounted.wrapper
    return { root: mounted.root, onToggle }
  }

  const card = (root: Element, title: string) =>
    [...root.querySelectorAll('li')].find((li) => li.textContent?.includes(title))!

  it('lists each entry with its count, category, judges and conflicts', () => {
    const { root } = render()
    const kite = card(root, 'Tidal kite')
    expect(kite.querySelector('[aria-label="1 of 2 judges"]')?.textContent).toBe('1 / 2')
    expect(kite.textContent).toContain('Water')
    expect(kite.textContent).toContain('Jia')
    expect(kite.textContent).toContain('Bo')
  })

  it('offers a judge picker only where someone could still be added', () => {
    const { root } = render()
    expect(root.querySelector('input[aria-label="Add a judge to Tidal kite"]')).not.toBeNull()
    expect(root.querySelector('input[aria-label="Add a judge to Wind sock"]')).toBeNull()
  })

  it('asks to unassign a judge whose tag is closed', () => {
    const { root, onToggle } = render()
    card(root, 'Tidal kite').querySelector<HTMLElement>('.el-tag__close')!.click()
    expect(onToggle).toHaveBeenCalledWith(ROWS[0], JUDGES[0])
  })

  it('neither closes tags nor offers judges once the round is frozen', () => {
    const { root } = render({ frozen: true })
    expect(root.querySelector('.el-tag__close')).toBeNull()
    expect(root.querySelector('input[aria-label^="Add a judge"]')).toBeNull()
  })
})
