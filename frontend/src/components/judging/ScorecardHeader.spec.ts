import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent } from 'vue'
import ScorecardHeader from './ScorecardHeader.vue'
import type { JudgeEntry, QueueItem } from '@/api/judging'
import { createAppI18n } from '@/i18n'

const DATA = {
  round: { id: 4, name: 'Online preliminary', criteria: [] },
  entry: { id: 11, title: 'Solar windows', categoryName: 'Company group', blind: true },
} as unknown as JudgeEntry

const SEQUENCE: QueueItem[] = [10, 11, 12].map((entryId) => ({
  roundId: 4,
  roundName: 'Online preliminary',
  roundStatus: 'OPEN',
  programId: 1,
  programTitle: 'Startup Cup',
  entryId,
  entryTitle: `Entry ${entryId}`,
  scorecardStatus: 'NOT_STARTED',
  scoringClosesAt: null,
  canScore: true,
}))

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('ScorecardHeader', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(props: { sequence: QueueItem[]; entryId: number }) {
    const page = defineComponent({ render: () => null })
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', name: 'judging', component: page },
        { path: '/r/:roundId/e/:entryId', name: 'scorecard', component: page },
      ],
    })
    await router.push('/')
    wrapper = mount(ScorecardHeader, {
      props: { data: DATA, programTitle: 'Startup Cup', status: 'NOT_STARTED' as const, card: null, ...props },
      global: { plugins: [router, createAppI18n('en'), ElementPlus] },
      attachTo: document.body,
    })
    return wrapper.element.ownerDocument.body
  }

  it('names the round, program and entry, and marks a blind round', async () => {
    const root = await render({ sequence: SEQUENCE, entryId: 11 })
    expect(text(root.querySelector('h1'))).toBe('Solar windows')
    expect(root.textContent).toContain('Online preliminary')
    expect(root.textContent).toContain('Startup Cup')
    expect(root.textContent).toContain('Blind review')
  })

  it('pages to the previous and next entry of the round', async () => {
    const root = await render({ sequence: SEQUENCE, entryId: 11 })
    expect(root.textContent).toContain('Entry 2 of 3')
    const hrefs = [...root.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))
    expect(hrefs).toEqual(['/r/4/e/10', '/r/4/e/12'])
  })

  it('disables the next button on the last entry, and hides the pager for a single entry', async () => {
    const root = await render({ sequence: SEQUENCE, entryId: 12 })
    expect(root.textContent).toContain('Entry 3 of 3')
    expect(root.querySelectorAll('nav a')).toHaveLength(1)
    expect(root.querySelectorAll('nav button[disabled]')).toHaveLength(1)
    wrapper?.unmount()
    document.body.innerHTML = ''
    const single = await render({ sequence: SEQUENCE.slice(0, 1), entryId: 10 })
    expect(single.querySelector('nav')).toBeNull()
  })
})
