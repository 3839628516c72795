import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import ShowcaseView from './ShowcaseView.vue'
import ShowcaseProjectView from './ShowcaseProjectView.vue'
import type { ShowcaseGallery, ShowcaseProject } from '@/api/showcase'
import { mountView } from '@/test/mountView'
import { jsonResponse } from '@/test/dom'

const WAIT = { timeout: 5000 }
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

function project(entryId: number, title: string, overrides: Partial<ShowcaseProject> = {}): ShowcaseProject {
  return {
    entryId,
    title,
    summary: `${title} does something useful.`,
    organization: 'CarbonTrace Ltd',
    team: ['Ann Lee', '王伟'],
    institutions: ['Tsinghua University'],
    categoryId: 5,
    categoryName: 'Climate',
    topics: [{ id: 9, name: 'Energy' }],
    award: null,
    slot: null,
    ...overrides,
  }
}

function gallery(items: ShowcaseProject[], total = items.length): ShowcaseGallery {
  return {
    programSlug: 'expo-startups',
    programTitle: 'Expo Startup Roadshow',
    timeZone: 'Asia/Shanghai',
    event: 'expo-2026',
    total,
    categories: [{ id: 5, name: 'Climate' }],
    topics: [{ id: 9, name: 'Energy' }],
    items,
  }
}

describe('ShowcaseView', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => localStorage.clear())

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists the opted-in projects with award, origin, tags and stage slot, and filters through the address', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.includes('q=tide')
        ? jsonResponse(200, gallery([], 2))
        : jsonResponse(
            200,
            gallery([
              project(1, 'CarbonTrace', {
                award: 'Gold',
                slot: { sessionId: 3, stage: 'Hall A', roundName: 'Final', plannedStart: '2026-12-08T02:00:00Z' },
              }),
              project(2, 'Nimbus Farms'),
            ]),
          ),
    )
    vi.stubGlobal('fetch', fetch)
    const mounted = await mountView(ShowcaseView, '/programs/expo-startups/showcase', 'en')
    wrapper = mounted.wrapper
    const root = mounted.root as HTMLElement
    await flushPromises()
    await vi.waitFor(() => expect(text(root.querySelector('h1'))).toBe('Project showcase'), WAIT)
    expect(text(root.querySelector('[data-testid="showcase-lead"]'))).toContain(
      '2 projects whose teams chose to show them.',
    )
    const first = root.querySelector('[data-testid="project-1"]')
    expect(text(first)).toContain('Gold')
    expect(text(first)).toContain('CarbonTrace Ltd · Tsinghua University')
    expect(text(first)).toContain('Climate')
    expect(text(first)).toContain('Energy')
    expect(text(first)).toContain('Hall A, Dec 8, 10:00')
    expect(first?.querySelector('a[href="/programs/expo-startups/showcase/1"]')).not.toBeNull()
    expect(root.querySelector('a[href="/events/expo-2026/schedule"]')).not.toBeNull()

    await mounted.router.replace({ query: { q: 'tide' } })
    await flushPromises()
    await vi.waitFor(() => expect(root.textContent).toContain('No project matches.'), WAIT)
    expect(
      fetch.mock.calls.some(([url]) => String(url).endsWith('/public/programs/expo-startups/showcase?q=tide')),
    ).toBe(true)
  })

  it('shows a project page in Chinese, and says when a project is not shown', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.includes('/showcase/2')
          ? jsonResponse(404, { status: 404, type: 'https://laurel.dev/problems/project-not-found', detail: 'No' })
          : url.includes('/showcase/1')
            ? jsonResponse(200, project(1, 'CarbonTrace', { award: '金奖' }))
            : jsonResponse(200, { timeZone: 'Asia/Shanghai' }),
      ),
    )
    const mounted = await mountView(ShowcaseProjectView, '/programs/expo-startups/showcase/1', 'zh-CN')
    wrapper = mounted.wrapper
    const root = mounted.root as HTMLElement
    await flushPromises()
    await vi.waitFor(() => expect(text(root.querySelector('h1'))).toBe('CarbonTrace'), WAIT)
    expect(text(root.querySelector('[data-testid="project-award"]'))).toBe('金奖')
    expect(root.textContent).toContain('王伟')
    expect(root.textContent).toContain('项目简介')

    await mounted.router.push('/programs/expo-startups/showcase/2')
    await flushPromises()
    await vi.waitFor(() => expect(root.textContent).toContain('项目未公开'), WAIT)
  })
})
