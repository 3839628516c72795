import { afterEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import RoundAssignmentFilters from './RoundAssignmentFilters.vue'
import { mountComponent } from '@/test/mountComponent'
import { type } from '@/test/dom'

describe('RoundAssignmentFilters', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(categories: { id: number; name: string }[]) {
    const handlers = { 'onUpdate:q': vi.fn(), 'onUpdate:missing': vi.fn() }
    const mounted = mountComponent(RoundAssignmentFilters, {
      categories,
      judges: [],
      q: '',
      categoryId: null,
      shownJudgeIds: [],
      sort: 'entry',
      missing: false,
      ...handlers,
    })
    wrapper = mounted.wrapper
    return { root: mounted.root, ...handlers }
  }

  it('hands the search text and the missing-only box up', async () => {
    const { root, ...handlers } = render([])
    await type(root.querySelector<HTMLInputElement>('input[aria-label="Search entries"]')!, 'kite')
    expect(handlers['onUpdate:q']).toHaveBeenCalledWith('kite')
    root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click()
    expect(handlers['onUpdate:missing']).toHaveBeenCalledWith(true)
  })

  it('offers a category filter only when there is more than one category', () => {
    const one = render([{ id: 7, name: 'Energy' }])
    expect(one.root.querySelector('[aria-label="Category"]')).toBeNull()
    wrapper?.unmount()
    document.body.innerHTML = ''
    const two = render([
      { id: 7, name: 'Energy' },
      { id: 8, name: 'Water' },
    ])
    expect(two.root.querySelector('[aria-label="Category"]')).not.toBeNull()
  })
})
