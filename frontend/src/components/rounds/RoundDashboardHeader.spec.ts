import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import RoundDashboardHeader from './RoundDashboardHeader.vue'
import type { RoundView } from '@/api/judging'
import type { LifecycleStep } from '@/composables/useRoundLifecycle'
import { createAppI18n } from '@/i18n'

const ROUND: RoundView = {
  id: 8,
  programId: 2,
  name: 'Preliminary',
  position: 1,
  mode: 'ONLINE',
  aggregation: 'MEAN',
  trimCount: 1,
  blind: true,
  judgesPerEntry: 3,
  advanceCount: 10,
  disputeThreshold: null,
  scoringClosesAt: null,
  status: 'CLOSED',
  criteria: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  i18n: { name: { 'zh-CN': 'Preliminary', en: 'Preliminary' } },
}

const buttonTexts = (root: Element) =>
  [...root.querySelectorAll('button')].map((b) => (b.textContent ?? '').trim()).filter(Boolean)

describe('RoundDashboardHeader', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(round: RoundView, busy: LifecycleStep | null = null) {
    const emitted: string[] = []
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: { render: () => null } },
        { path: '/rounds/:id/edit', name: 'round-edit', component: { render: () => null } },
      ],
    })
    const Host = defineComponent({
      setup: () => () =>
        h(RoundDashboardHeader, {
          round,
          program: null,
          busy,
          onOpen: () => emitted.push('open'),
          onClose: () => emitted.push('close'),
          onReopen: () => emitted.push('reopen'),
          onFinalize: () => emitted.push('finalize'),
        }),
    })
    wrapper = mount(Host, {
      global: { plugins: [createAppI18n('en'), ElementPlus, router] },
      attachTo: document.body,
    })
    await router.isReady()
    await flushPromises()
    return { root: wrapper.element as Element, emitted }
  }

  it('offers reopen and finalize for a closed round and reports the choice', async () => {
    const { root, emitted } = await render(ROUND)
    expect(root.querySelector('.round-dashboard-view__title')?.textContent).toBe('Preliminary')
    const buttons = buttonTexts(root)
    expect(buttons).toContain('Reopen')
    expect(buttons).toContain('Finalize')
    expect(buttons).not.toContain('Open round')
    ;[...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Finalize')!.click()
    ;[...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Reopen')!.click()
    expect(emitted).toEqual(['finalize', 'reopen'])
  })

  it('offers only opening for a draft', async () => {
    const { root } = await render({ ...ROUND, status: 'DRAFT' })
    const buttons = buttonTexts(root)
    expect(buttons).toContain('Open round')
    expect(buttons).not.toContain('Finalize')
    expect(buttons).not.toContain('Close round')
  })
})
