import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type VueWrapper } from '@vue/test-utils'
import NotificationsView from './NotificationsView.vue'
import type { NotificationPage, NotificationView } from '@/api/notifications'
import { useNotificationsStore } from '@/stores/notifications'
import { mountView } from '@/test/mountView'
import { getByRole, jsonResponse } from '@/test/dom'

// Following a link is not under test here; a stand-in keeps navigation fast.
const { stub } = vi.hoisted(() => ({ stub: () => ({ default: { name: 'StubView', render: () => null } }) }))
vi.mock('@/views/entries/EntryDetailView.vue', stub)

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString()
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

const ITEMS: NotificationView[] = [
  {
    id: 31,
    kind: 'ROUND_OUTCOME',
    title: 'MedSight AI advances',
    body: 'Your entry advanced past the preliminary round of the Startup Cup.',
    link: '/my/entries/12',
    createdAt: hoursAgo(2),
    readAt: null,
  },
  {
    id: 30,
    kind: 'ENTRY_SUBMITTED',
    title: 'Entry submitted',
    body: 'We received “MedSight AI” for the Startup Cup.',
    link: null,
    createdAt: hoursAgo(50),
    readAt: hoursAgo(49),
  },
]

describe('NotificationsView', () => {
  let wrapper: VueWrapper | undefined
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    localStorage.clear()
    localStorage.setItem(
      'laurel.auth',
      JSON.stringify({
        accessToken: 'acc',
        refreshToken: 'ref',
        roles: ['APPLICANT'],
        user: {
          id: 4,
          email: 'ann@example.org',
          displayName: 'Ann',
          organization: null,
          locale: 'en',
          roles: ['APPLICANT'],
          createdAt: hoursAgo(900),
        },
      }),
    )
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  async function open(page: NotificationPage) {
    fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
      if (init.method === 'POST') return new Response(null, { status: 204 })
      if (url.startsWith('/api/me/notifications?')) return jsonResponse(200, page)
      return jsonResponse(404, { status: 404 })
    })
    vi.stubGlobal('fetch', fetchMock)
    const mounted = await mountView(NotificationsView, '/notifications')
    wrapper = mounted.wrapper
    return mounted
  }

  const items = (root: HTMLElement) =>
    Array.from(root.querySelectorAll<HTMLElement>('ul[aria-label="Notifications"] > li'))
  const posts = () =>
    fetchMock.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST').map(([url]) => url)

  it('lists notifications newest first, unread ones marked, with links where there are any', async () => {
    const { root, pinia } = await open({ items: ITEMS, total: 2, unread: 1 })
    await vi.waitFor(() => expect(items(root)).toHaveLength(2), WAIT)
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/me/notifications?page=0&size=20')

    const [first, second] = items(root)
    expect(text(first!.querySelector('h2'))).toBe('MedSight AI advances')
    expect(text(first)).toContain('Unread')
    expect(text(first)).toContain('Round outcome')
    expect(text(first)).toContain('2 hours ago')
    expect(text(first)).toContain('Your entry advanced past the preliminary round')
    expect(first!.querySelector('h2 a')?.getAttribute('href')).toBe('/my/entries/12')

    expect(text(second)).not.toContain('Unread')
    expect(text(second)).toContain('2 days ago')
    expect(second!.querySelector('a')).toBeNull()
    expect(text(root)).toContain('1 unread')
    expect(useNotificationsStore(pinia).unread).toBe(1)
  })

  it('marks one read', async () => {
    const { root, pinia } = await open({ items: ITEMS, total: 2, unread: 1 })
    const button = await vi.waitFor(() => getByRole(root, 'button', 'Mark “MedSight AI advances” as read'), WAIT)
    button.click()
    await vi.waitFor(() => expect(posts()).toEqual(['/api/me/notifications/31/read']), WAIT)
    await vi.waitFor(() => expect(text(items(root)[0])).not.toContain('Unread'), WAIT)
    expect(useNotificationsStore(pinia).unread).toBe(0)
    expect(text(root)).toContain('You are all caught up.')
  })

  it('marks all read', async () => {
    const { root } = await open({ items: ITEMS, total: 2, unread: 1 })
    const button = await vi.waitFor(() => getByRole(root, 'button', 'Mark all as read'), WAIT)
    await vi.waitFor(() => expect(button.hasAttribute('disabled')).toBe(false), WAIT)
    button.click()
    await vi.waitFor(() => expect(posts()).toEqual(['/api/me/notifications/read-all']), WAIT)
    await vi.waitFor(() => expect(items(root).some((li) => text(li).includes('Unread'))).toBe(false), WAIT)
  })

  it('opening a notification reads it and follows its link', async () => {
    const { root, router } = await open({ items: ITEMS, total: 2, unread: 1 })
    const link = await vi.waitFor(() => {
      const found = (root as HTMLElement).querySelector<HTMLAnchorElement>(
        'a[aria-label="Open “MedSight AI advances”"]',
      )
      expect(found).not.toBeNull()
      return found!
    }, WAIT)
    link.click()
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/my/entries/12'), WAIT)
    expect(posts()).toEqual(['/api/me/notifications/31/read'])
  })

  it('says so when there is nothing yet', async () => {
    const { root } = await open({ items: [], total: 0, unread: 0 })
    await vi.waitFor(() => expect(text(root)).toContain('No notifications yet'), WAIT)
    expect(items(root)).toHaveLength(0)
    expect(text(root)).toContain('You will hear here when an entry is submitted')
    expect(() => getByRole(root, 'button', 'Mark all as read')).toThrow()
  })
})
