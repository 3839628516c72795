import { afterEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import ScreeningMatchingBar from './ScreeningMatchingBar.vue'
import { mountComponent } from '@/test/mountComponent'
import { getByRole } from '@/test/dom'

describe('ScreeningMatchingBar', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(props: Record<string, unknown>) {
    const onDecide = vi.fn()
    const mounted = mountComponent(ScreeningMatchingBar, { selectedCount: 0, onDecide, ...props })
    wrapper = mounted.wrapper
    return { root: mounted.root, onDecide }
  }

  it('asks to decide everything matching, eligible or not', () => {
    const { root, onDecide } = render({ busy: null })
    const group = getByRole(root, 'group')
    const [eligible, ineligible] = group.querySelectorAll('button')
    eligible!.click()
    ineligible!.click()
    expect(onDecide.mock.calls).toEqual([[true], [false]])
  })

  it('holds both buttons while a decision is under way', () => {
    const { root } = render({ busy: 'ineligible' })
    const buttons = [...getByRole(root, 'group').querySelectorAll('button')]
    expect(buttons.every((b) => b.disabled)).toBe(true)
  })
})
