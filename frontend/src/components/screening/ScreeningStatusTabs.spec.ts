import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import ScreeningStatusTabs from './ScreeningStatusTabs.vue'
import { mountComponent } from '@/test/mountComponent'

describe('ScreeningStatusTabs', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  const counts = {
    items: [
      { status: 'SUBMITTED', count: 412 },
      { status: 'ELIGIBLE', count: 150 },
      { status: 'INELIGIBLE', count: 3 },
      { status: 'WITHDRAWN', count: 5 },
    ],
    total: 570,
  }

  it("shows the server's count on each tab and reports the chosen status", async () => {
    const chosen: unknown[] = []
    const mounted = mountComponent(ScreeningStatusTabs, {
      modelValue: null,
      counts,
      'onUpdate:modelValue': (v: unknown) => chosen.push(v),
    })
    wrapper = mounted.wrapper
    await flushPromises()

    const tabs = [...mounted.root.querySelectorAll('[role="tab"]')]
    const all = tabs.find((tab) => tab.textContent?.includes('All'))!
    const submitted = tabs.find((tab) => tab.textContent?.includes('Submitted'))!
    expect(all.textContent).toContain('570')
    expect(submitted.textContent).toContain('412')
    expect(all.getAttribute('aria-selected')).toBe('true')

    ;(submitted as HTMLElement).click()
    await flushPromises()
    expect(chosen).toEqual(['SUBMITTED'])
  })

  it('speaks Chinese too', async () => {
    const mounted = mountComponent(ScreeningStatusTabs, { modelValue: 'ELIGIBLE', counts }, { locale: 'zh-CN' })
    wrapper = mounted.wrapper
    await flushPromises()
    expect(mounted.root.textContent).toContain('全部')
  })
})
