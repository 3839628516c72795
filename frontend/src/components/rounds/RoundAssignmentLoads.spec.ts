import { afterEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import RoundAssignmentLoads from './RoundAssignmentLoads.vue'
import type { JudgeSummary } from '@/api/judging'
import { mountComponent } from '@/test/mountComponent'

const JUDGES: JudgeSummary[] = [
  { id: 5, displayName: 'Bo', email: 'bo@x.example', organization: null, load: 1 },
  { id: 3, displayName: 'Jia', email: 'jia@x.example', organization: null, load: 4 },
  { id: 8, displayName: 'Ana', email: 'ana@x.example', organization: null, load: 1 },
]

describe('RoundAssignmentLoads', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  it('lists judges heaviest first, marks the shown ones and asks to toggle a column', () => {
    const onToggle = vi.fn()
    const mounted = mountComponent(RoundAssignmentLoads, {
      judges: JUDGES,
      shownJudgeIds: [8],
      minLoad: 1,
      maxLoad: 4,
      onToggle,
    })
    wrapper = mounted.wrapper
    const chips = [...mounted.root.querySelectorAll<HTMLButtonElement>('button[aria-pressed]')]
    expect(chips.map((c) => c.textContent?.replace(/\s+/g, ''))).toEqual(['Jia4', 'Ana1', 'Bo1'])
    expect(chips.map((c) => c.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false'])
    expect(chips[0]!.querySelector('.is-max')).not.toBeNull()
    chips[2]!.click()
    expect(onToggle).toHaveBeenCalledWith(5)
  })
})
