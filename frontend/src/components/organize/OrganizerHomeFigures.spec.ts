import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent, h } from 'vue'
import ElementPlus from 'element-plus'
import OrganizerHomeFigures from './OrganizerHomeFigures.vue'
import type { ProgramFigures } from '@/api/programs'
import { createAppI18n, type AppLocale } from '@/i18n'

const FIGURES: ProgramFigures = {
  programId: 4,
  entries: { drafts: 3, submitted: 42, awaitingScreening: 5, eligible: 30, ineligible: 6, withdrawn: 1, decided: 0 },
  rounds: [
    { roundId: 9, name: 'Preliminary', status: 'OPEN', entries: 30, assigned: 90, submitted: 45 },
    { roundId: 10, name: 'Final', status: 'DRAFT', entries: 0, assigned: 0, submitted: 0 },
  ],
}

describe('OrganizerHomeFigures', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(figures: ProgramFigures, locale: AppLocale = 'en') {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: { render: () => null } },
        { path: '/screening/:id', name: 'program-screening', component: { render: () => null } },
        { path: '/rounds/:id', name: 'round-dashboard', component: { render: () => null } },
      ],
    })
    const Host = defineComponent({ setup: () => () => h(OrganizerHomeFigures, { programId: 4, figures }) })
    wrapper = mount(Host, {
      global: { plugins: [createAppI18n(locale), ElementPlus, router] },
      attachTo: document.body,
    })
    await router.isReady()
    await flushPromises()
    return wrapper.element as Element
  }

  it('shows the entries by state and links what waits for screening to the screening page', async () => {
    const root = await render(FIGURES)
    const pairs = [...root.querySelectorAll('dl > div')].map(
      (d) => `${d.querySelector('dt')?.textContent}=${d.querySelector('dd')?.textContent?.trim()}`,
    )
    expect(pairs).toEqual(['Submitted=42', 'To screen=5', 'Eligible=30', 'Drafts in progress=3'])
    expect(root.querySelector('dl a')?.getAttribute('href')).toBe('/screening/4')
  })

  it('gives each round its state, a progress bar and the scorecards in, linked to its dashboard', async () => {
    const root = await render(FIGURES)
    const rounds = [...root.querySelectorAll('li')]
    expect(rounds).toHaveLength(2)
    expect(rounds[0].querySelector('a')?.getAttribute('href')).toBe('/rounds/9')
    expect(rounds[0].textContent).toContain('Open')
    expect(rounds[0].textContent).toContain('45 of 90 scorecards in · 30 entries')
    expect(rounds[0].querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('50')
    // Nothing assigned yet is 0 %, not a division by zero.
    expect(rounds[1].querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('0')
  })

  it('says so when a program has no rounds yet, in Chinese too', async () => {
    const root = await render(
      { ...FIGURES, rounds: [], entries: { ...FIGURES.entries, awaitingScreening: 0 } },
      'zh-CN',
    )
    expect(root.textContent).toContain('尚未设置评审轮次。')
    expect(root.querySelector('dl a')).toBeNull()
  })
})
