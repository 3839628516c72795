import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import ScreeningBulkBar from './ScreeningBulkBar.vue'
import { mountComponent } from '@/test/mountComponent'

describe('ScreeningBulkBar', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(count: number, busy: 'eligible' | 'ineligible' | null = null) {
    const emitted: string[] = []
    const mounted = mountComponent(ScreeningBulkBar, {
      count,
      busy,
      onEligible: () => emitted.push('eligible'),
      onIneligible: () => emitted.push('ineligible'),
      onClear: () => emitted.push('clear'),
    })
    wrapper = mounted.wrapper
    await flushPromises()
    return { ...mounted, emitted }
  }

  const button = (root: ParentNode, label: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!

  it('stays hidden while nothing is selected', async () => {
    const { root } = await render(0)
    expect(root.querySelector('.screening-view__bulk')).toBeNull()
  })

  it('counts the selection and reports each action', async () => {
    const { root, emitted } = await render(3)
    expect(root.querySelector('.screening-view__bulk-count')?.textContent).toBe('3 selected')
    button(root, 'Mark eligible').click()
    button(root, 'Mark ineligible').click()
    button(root, 'Clear selection').click()
    expect(emitted).toEqual(['eligible', 'ineligible', 'clear'])
  })

  it('blocks both decisions while one is under way', async () => {
    const { root } = await render(2, 'ineligible')
    expect(button(root, 'Mark eligible').disabled).toBe(true)
    expect(button(root, 'Mark ineligible').disabled).toBe(true)
  })
})
