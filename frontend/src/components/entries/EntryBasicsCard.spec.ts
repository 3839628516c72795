import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import EntryBasicsCard from './EntryBasicsCard.vue'
import { mountComponent } from '@/test/mountComponent'
import { getByLabelText, type } from '@/test/dom'

describe('EntryBasicsCard', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function mountCard(props: Record<string, unknown>) {
    const mounted = mountComponent(
      EntryBasicsCard,
      { title: 'Solar tiles', categoryId: null, summary: '', organization: '', categories: [], ...props },
      { inForm: true },
    )
    wrapper = mounted.wrapper
    return mounted.root
  }

  // Errors shown under their fields are covered through the whole editor in EntryEditView.spec.ts.
  it("passes typing up and asks to clear the field's server error", async () => {
    const onUpdateTitle = vi.fn()
    const onClearError = vi.fn()
    const root = mountCard({
      errors: { title: 'Title is required' },
      'onUpdate:title': onUpdateTitle,
      onClearError,
    })
    await flushPromises()
    await type(getByLabelText(root, 'Entry title'), 'Roof tiles')
    expect(onUpdateTitle).toHaveBeenCalledWith('Roof tiles')
    expect(onClearError).toHaveBeenCalledWith('title')
  })

  it('offers a category only when the program has some', async () => {
    const root = mountCard({})
    await flushPromises()
    expect(() => getByLabelText(root, 'Category')).toThrow()
    wrapper?.unmount()
    const withCategories = mountCard({ categories: [{ id: 3, name: 'Clean energy' }] })
    await flushPromises()
    expect(getByLabelText(withCategories, 'Category')).toBeTruthy()
  })
})
