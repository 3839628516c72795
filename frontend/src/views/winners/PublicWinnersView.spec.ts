import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import PublicWinnersView from './PublicWinnersView.vue'
import type { AnnouncementView } from '@/api/awards'
import { mountView } from '@/test/mountView'
import { jsonResponse } from '@/test/dom'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }

const PROGRAM = {
  id: 3,
  kind: 'COMPETITION',
  title: 'Dev Cup 2025',
  slug: 'dev-cup',
  timeZone: 'UTC',
  submissionOpensAt: '2025-01-01T00:00:00Z',
  submissionClosesAt: '2025-02-01T00:00:00Z',
  submissionState: 'CLOSED',
  status: 'PUBLISHED',
  publishedAt: '2025-01-01T00:00:00Z',
  canEdit: false,
  description: null,
  categories: [{ id: 5, name: 'Open source' }],
  formFields: [],
  prizeTiers: [],
}

function winners(overrides: Partial<AnnouncementView> = {}): AnnouncementView {
  const scores = overrides.publishScores ?? false
  return {
    programId: 3,
    programSlug: 'dev-cup',
    version: 2,
    latestVersion: 2,
    publishedAt: '2025-03-10T09:00:00Z',
    firstPublishedAt: '2025-03-01T09:00:00Z',
    corrected: true,
    note: 'Silver corrected after a scoring error was fixed.',
    publishScores: scores,
    releaseFeedback: false,
    sha256: 'b4a4f9f782e80ba7ee13bcf2d7944d1285dc0ebbb8f6a18c3b23ad3402cddeb0',
    tiers: [
      {
        tierId: 8,
        name: 'Silver',
        tierRank: 2,
        categoryId: 5,
        categoryName: 'Open source',
        winners: [
          {
            entryId: 12,
            title: 'QueueCare',
            organization: 'MedSight',
            rank: scores ? 2 : null,
            score: scores ? 78.33 : null,
          },
        ],
      },
      {
        tierId: 7,
        name: 'Gold',
        tierRank: 1,
        categoryId: null,
        categoryName: null,
        winners: [
          {
            entryId: 9,
            title: 'LiveCaption',
            organization: 'Photon Labs',
            rank: scores ? 1 : null,
            score: scores ? 88.33 : null,
          },
        ],
      },
    ],
    publishedBy: null,
    departureReason: null,
    ...overrides,
  }
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('PublicWinnersView', () => {
  let wrapper: VueWrapper | undefined
  let requested: string[]

  beforeEach(() => {
    localStorage.clear()
    requested = []
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  async function open(path: string, answer: (url: string) => Response | null) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        requested.push(url)
        expect(new Headers(init.headers).get('Authorization')).toBeNull()
        if (url === '/api/programs/slug/dev-cup') return jsonResponse(200, PROGRAM)
        return answer(url) ?? jsonResponse(404, { status: 404, title: 'Not found' })
      }),
    )
    const mounted = await mountView(PublicWinnersView, path)
    wrapper = mounted.wrapper
    const root = mounted.root as HTMLElement
    await flushPromises()
    return { ...mounted, root }
  }

  it('shows the winners tier by tier with a visible correction notice, and no scores when they are not published', async () => {
    const { root } = await open('/programs/dev-cup/winners', (url) =>
      url === '/api/public/programs/dev-cup/winners' ? jsonResponse(200, winners()) : null,
    )
    await vi.waitFor(() => expect(text(root.querySelector('h1'))).toBe('Dev Cup 2025'), WAIT)

    const notice = root.querySelector('[data-testid="correction-notice"]')
    expect(text(notice)).toContain('Corrected on Mar 10, 2025')
    expect(text(notice)).toContain('Silver corrected after a scoring error was fixed.')

    // Gold first, whatever order the server sent; the category shown with its tier.
    const tiers = Array.from(root.querySelectorAll('section[aria-labelledby^="public-tier-"]'))
    expect(tiers.map((s) => text(s.querySelector('h2')))).toEqual(['Gold', 'Silver'])
    expect(text(tiers[1])).toContain('Open source')
    expect(text(tiers[0])).toContain('LiveCaption')
    expect(text(tiers[0])).toContain('Photon Labs')

    expect(root.textContent).not.toContain('Score')
    expect(root.textContent).not.toContain('88.33')
    expect(root.querySelectorAll('dl').length).toBe(0)

    // Earlier versions stay reachable.
    const versions = root.querySelector('nav[aria-label="Versions"]')
    expect(text(versions)).toContain('v1')
    expect(versions?.querySelector('a[href="/programs/dev-cup/winners?version=1"]')).not.toBeNull()
  })

  it('shows ranks and scores when the announcement publishes them', async () => {
    const { root } = await open('/programs/dev-cup/winners', (url) =>
      url === '/api/public/programs/dev-cup/winners'
        ? jsonResponse(
            200,
            winners({ publishScores: true, version: 1, latestVersion: 1, corrected: false, note: null }),
          )
        : null,
    )
    await vi.waitFor(() => expect(root.textContent).toContain('LiveCaption'), WAIT)
    expect(root.querySelector('[data-testid="correction-notice"]')).toBeNull()
    const gold = root.querySelector('section[aria-labelledby="public-tier-7"]')
    const figures = Array.from(gold!.querySelectorAll('dl > div')).map((d) => [
      text(d.querySelector('dt')),
      text(d.querySelector('dd')),
    ])
    expect(figures).toEqual([
      ['Rank', '1'],
      ['Score', '88.33'],
    ])
  })

  it('asks for an earlier version and says it was superseded', async () => {
    const { root } = await open('/programs/dev-cup/winners?version=1', (url) =>
      url === '/api/public/programs/dev-cup/winners?version=1'
        ? jsonResponse(200, winners({ version: 1, latestVersion: 2, corrected: false, note: null }))
        : null,
    )
    await vi.waitFor(() => expect(root.querySelector('[data-testid="superseded-notice"]')).not.toBeNull(), WAIT)
    expect(text(root.querySelector('[data-testid="superseded-notice"]'))).toContain(
      'replaced by a correction (version 2)',
    )
    expect(requested).toContain('/api/public/programs/dev-cup/winners?version=1')
  })

  it('says when no winners have been announced yet', async () => {
    const { root } = await open('/programs/dev-cup/winners', () => null)
    await vi.waitFor(() => expect(root.textContent).toContain('No winners yet'), WAIT)
    expect(root.textContent).toContain('The winners of Dev Cup 2025 have not been announced yet.')
  })
})
