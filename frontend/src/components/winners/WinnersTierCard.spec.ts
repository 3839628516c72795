import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { ref } from 'vue'
import WinnersTierCard from './WinnersTierCard.vue'
import type { Candidate, TierProposal } from '@/api/awards'
import { mountComponent } from '@/test/mountComponent'
import { getByRole } from '@/test/dom'

const c = (entryId: number, title: string, rank: number, score: number): Candidate => ({
  entryId,
  title,
  organization: null,
  categoryId: 5,
  rank,
  score,
})
const A = c(1, 'Alpha', 1, 90)
const B = c(2, 'Beta', 2, 80)
const C = c(3, 'Gamma', 3, 70)

const SILVER: TierProposal = {
  tierId: 8,
  name: 'Silver',
  tierRank: 2,
  count: 2,
  categoryId: 5,
  categoryName: 'Open source',
  proposed: [A, B],
  tiedAtBoundary: [],
  candidates: [A, B, C],
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('WinnersTierCard', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(initial: number[]) {
    const chosen = ref(initial)
    const mounted = mountComponent(WinnersTierCard, {
      tier: SILVER,
      candidates: [A, B, C],
      get modelValue() {
        return chosen.value
      },
      'onUpdate:modelValue': (ids: number[]) => (chosen.value = ids),
    })
    wrapper = mounted.wrapper
    return { ...mounted, chosen }
  }

  const addSelect = (root: ParentNode) => root.querySelector<HTMLInputElement>('#winners-add-8')!

  it('names the tier’s category and places, and holds no more winners than places', async () => {
    const { root } = render([1, 2])
    expect(text(root.querySelector('h3'))).toBe('Silver')
    expect(text(root.querySelector('h3 + p'))).toBe('Open source·2 places')
    expect(text(root)).toContain('As ranked')
    // No way to add a third winner.
    expect(root.querySelector('#winners-add-8:not([disabled])')).toBeNull()
    expect(text(root)).toContain('Every place is filled')
  })

  it('opens a place when a winner is removed, and says the tier now departs from the ranking', async () => {
    const { root, chosen } = render([1, 2])
    getByRole(root, 'button', 'Remove Beta from Silver').click()
    await flushPromises()
    expect(chosen.value).toEqual([1])
    expect(addSelect(root).disabled).toBe(false)
    expect(text(root)).toContain('Add a winner (one place open)')
    expect(text(root)).toContain('Changed')
    expect(text(root.querySelector('[data-testid="tier-departure"]'))).toContain('Proposed but not chosen: Beta.')
    expect(text(root.querySelector('[data-testid="tier-departure"]'))).toContain('One place left empty.')
  })

  it('marks a chosen entry the ranking did not propose', async () => {
    const { root } = render([1, 3])
    const winners = root.querySelector('ol[aria-label="Winners of Silver"]')!
    expect(text(winners)).toContain('Gamma')
    expect(text(winners)).toContain('Not proposed')
    expect(text(root.querySelector('[data-testid="tier-departure"]'))).toContain('Not proposed here: Gamma.')
  })
})
