import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import HomeCurrentPrograms from './HomeCurrentPrograms.vue'
import type { ProgramSummary } from '@/api/programs'
import { mountView } from '@/test/mountView'
import { jsonResponse } from '@/test/dom'

function program(
  id: number,
  title: string,
  state: ProgramSummary['submissionState'],
  closes: string,
  status: ProgramSummary['status'] = 'PUBLISHED',
): ProgramSummary {
  return {
    id,
    kind: 'AWARD',
    title,
    slug: `p-${id}`,
    timeZone: 'Asia/Shanghai',
    submissionOpensAt: '2026-01-01T00:00:00Z',
    submissionClosesAt: closes,
    submissionState: state,
    status,
    publishedAt: '2026-01-01T00:00:00Z',
    categories: [],
    canEdit: false,
    i18n: { title: { 'zh-CN': title, en: title } },
  }
}

describe('HomeCurrentPrograms', () => {
  let wrapper: VueWrapper | undefined
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    localStorage.clear()
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists open calls first, then upcoming, then the most recent results, never drafts', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(200, {
        total: 5,
        items: [
          program(1, 'Old contest', 'CLOSED', '2025-05-01T00:00:00Z'),
          program(2, 'Later call', 'OPEN', '2027-03-01T00:00:00Z'),
          program(3, 'Draft award', 'OPEN', '2027-01-01T00:00:00Z', 'DRAFT'),
          program(4, 'Next season', 'UPCOMING', '2027-09-01T00:00:00Z'),
          program(5, 'Sooner call', 'OPEN', '2027-02-01T00:00:00Z'),
        ],
      }),
    )
    const { wrapper: w, root } = await mountView(HomeCurrentPrograms, '/')
    wrapper = w
    await flushPromises()
    const titles = Array.from(document.querySelectorAll<HTMLElement>('.program-card__title')).map((h) =>
      h.textContent?.trim(),
    )
    expect(titles).toEqual(['Sooner call', 'Later call', 'Next season', 'Old contest'])
    expect(root.textContent).toContain('2 calls are open for entries.')
    expect(root.textContent).toContain('See all programs')
  })

  it('shows nothing when there is nothing to show', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { total: 0, items: [] }))
    const { wrapper: w, root } = await mountView(HomeCurrentPrograms, '/')
    wrapper = w
    await flushPromises()
    expect(root.textContent).not.toContain('Open calls and recent results')
  })
})
