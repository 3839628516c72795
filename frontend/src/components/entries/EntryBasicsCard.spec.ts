import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import EntryBasicsCard from './EntryBasicsCard.vue'
import { mountComponent } from '@/test/mountComponent'
import { fieldErrorText, getByLabelText, type } from '@/test/dom'

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

  it('shows server errors on their fields and asks to clear them as the applicant types', async () => {
    const onUpdateTitle = vi.fn()
    const onClearError = vi.fn()
    const root = mountCard({
      errors: { title: 'Title is required' },
      'onUpdate:title': onUpdateTitle,
      onClearError,
    })
    await flushPromises()
    expect(fieldErrorText(root, 'Title')).toContain('Title is required')

    await type(getByLabelText(root, 'Title'), 'Roof tiles')
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
