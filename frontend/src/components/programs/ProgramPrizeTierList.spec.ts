import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import ProgramPrizeTierList from './ProgramPrizeTierList.vue'
import type { PrizeTier } from '@/api/programs'
import { mountComponent } from '@/test/mountComponent'

describe('ProgramPrizeTierList', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  it('lists tiers by rank with a medal for the first three and the category each is for', () => {
    const tiers = [
      { id: 3, name: 'Honourable mention', rank: 4, count: 3, categoryId: null },
      { id: 1, name: 'Gold', rank: 1, count: 1, categoryId: 5 },
      { id: 2, name: 'Silver', rank: 2, count: 2, categoryId: null },
    ] as PrizeTier[]
    const mounted = mountComponent(ProgramPrizeTierList, { tiers, categories: [{ id: 5, name: 'Open source' }] })
    wrapper = mounted.wrapper

    const items = [...mounted.root.querySelectorAll('.program-public-view__tier')]
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual([
      'Gold',
      'Silver',
      'Honourable mention',
    ])
    expect(items[0].querySelector('.program-public-view__medal')?.classList).toContain('is-gold')
    expect(items[1].querySelector('.program-public-view__medal')?.classList).toContain('is-silver')
    expect(items[2].querySelector('.program-public-view__medal')?.classList).toContain('is-other')
    expect(items[0].textContent).toContain('Open source')
    expect(items[1].textContent).toContain('All categories')
    // The prop itself is left in the order it came.
    expect(tiers.map((tier) => tier.id)).toEqual([3, 1, 2])
  })
})
