import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import ElementPlus from 'element-plus'
import { createMemoryHistory, type Router } from 'vue-router'
import TheNotificationBell from './TheNotificationBell.vue'
import type { NotificationPage, NotificationView } from '@/api/notifications'
import { NOTIFICATION_POLL_MS } from '@/composables/useNotificationPolling'
import { createAppI18n } from '@/i18n'
import { createAppRouter } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { getByRole, jsonResponse } from '@/test/dom'

// The bell is under test, not the pages it leads to.
const { stub } = vi.hoisted(() => ({ stub: () => ({ default: { name: 'StubView', render: () => null } }) }))
vi.mock('@/views/workspace/WorkspaceView.vue', stub)
vi.mock('@/views/entries/EntryDetailView.vue', stub)
vi.mock('@/views/entries/MyEntriesView.vue', stub)
vi.mock('@/views/notifications/NotificationsView.vue', stub)

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString()

function note(id: number, title: string, overrides: Partial<NotificationView> = {}): NotificationView {
  return {
    id,
    kind: 'ELIGIBILITY_DECIDED',
    title,
    body: `Body of ${title}`,
    link: `/my/entries/${id + 10}`,
    createdAt: minutesAgo(id),
    readAt: null,
    ...overrides,
  }
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('TheNotificationBell', () => {
  let wrapper: VueWrapper | undefined
  let fetchMock: ReturnType<typeof vi.fn>
  let pinia: Pinia
  let router: Router

  beforeEach(() => {
    localStorage.clear()
    pinia = createPinia()
    setActivePinia(pinia)
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.useRealTimers()
    vi.unstubAllGlobals()
    Reflect.deleteProperty(document, 'visibilityState')
    document.body.innerHTML = ''
  })

  function signIn(): void {
    const auth = useAuthStore()
    auth.setTokens('acc', 'ref')
    auth.setUser({
      id: 4,
      email: 'ann@example.org',
      displayName: 'Ann',
      organization: null,
      locale: 'en',
      language: 'en',
      roles: ['APPLICANT'],
      active: true,
      createdAt: minutesAgo(10_000),
    })
  }

  /** Answers the list with `page`, and every POST with 204. */
  function serve(page: NotificationPage | (() => NotificationPage)): void {
    fetchMock.mockImplementation(async (url: string, init: RequestInit = {}) => {
      if (init.method === 'POST') return new Response(null, { status: 204 })
      if (url.startsWith('/api/me/notifications')) return jsonResponse(200, typeof page === 'function' ? page() : page)
      return jsonResponse(404, { status: 404 })
    })
  }

  async function render() {
    router = createAppRouter(createMemoryHistory())
    await router.push('/workspace')
    await router.isReady()
    wrapper = mount(TheNotificationBell, {
      global: { plugins: [pinia, router, createAppI18n('en'), ElementPlus] },
      attachTo: document.body,
    })
    await flushPromises()
    return document.body
  }

  const listCalls = () =>
    fetchMock.mock.calls.filter(
      ([url, init]) =>
        String(url).startsWith('/api/me/notifications?') && !(init as RequestInit | undefined)?.method?.match(/POST/),
    )
  const bell = (root: HTMLElement) => getByRole(root, 'button', /^Notifications/)
  /** The badge's number as shown, or null when the badge is hidden. */
  function badgeText(root: HTMLElement): string | null {
    const sup = bell(root).querySelector('sup')
    if (!sup || (sup as HTMLElement).style.display === 'none') return null
    return text(sup)
  }

  it('shows the unread count on the badge and names it for screen readers', async () => {
    signIn()
    serve({ items: [note(1, 'Entry eligible')], total: 1, unread: 3 })
    const root = await render()
    await vi.waitFor(() => expect(bell(root).getAttribute('aria-label')).toBe('Notifications, 3 unread'), WAIT)
    expect(badgeText(root)).toBe('3')
    expect(listCalls()[0]?.[0]).toBe('/api/me/notifications?page=0&size=8')
  })

  it('caps the badge at 99+', async () => {
    signIn()
    serve({ items: [note(1, 'Entry eligible')], total: 150, unread: 150 })
    const root = await render()
    await vi.waitFor(() => expect(badgeText(root)).toBe('99+'), WAIT)
  })

  it('hides the badge when nothing is unread', async () => {
    signIn()
    serve({ items: [note(1, 'Entry eligible', { readAt: minutesAgo(0) })], total: 1, unread: 0 })
    const root = await render()
    await vi.waitFor(() => expect(listCalls()).toHaveLength(1), WAIT)
    await flushPromises()
    expect(bell(root).getAttribute('aria-label')).toBe('Notifications')
    expect(badgeText(root)).toBeNull()
  })

  it('stays quiet when the server has no notifications (404): no badge, no error', async () => {
    signIn()
    fetchMock.mockResolvedValue(jsonResponse(404, { status: 404, title: 'Not Found' }))
    const root = await render()
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled(), WAIT)
    await flushPromises()
    expect(badgeText(root)).toBeNull()
    expect(root.querySelector('[role="alert"]')).toBeNull()
    expect(text(root)).not.toContain('Not Found')
  })

  it('lists the latest when opened; choosing one marks it read and follows its link', async () => {
    signIn()
    let unread = 2
    const items = [
      note(5, 'Your entry is eligible'),
      note(6, 'Results are out', { kind: 'RESULTS_PUBLISHED', link: null }),
    ]
    serve(() => ({ items, total: 2, unread }))
    const root = await render()
    await vi.waitFor(() => expect(badgeText(root)).toBe('2'), WAIT)

    bell(root).click()
    await vi.waitFor(() => expect(listCalls()).toHaveLength(2), WAIT) // opening refreshes
    const item = await vi.waitFor(() => getByRole(root, 'button', /Your entry is eligible/), WAIT)
    expect(text(item)).toContain('Body of Your entry is eligible')
    expect(text(item)).toContain('5 minutes ago')

    unread = 1
    item.click()
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/my/entries/15'), WAIT)
    const post = fetchMock.mock.calls.find(([, init]) => (init as RequestInit | undefined)?.method === 'POST')
    expect(post?.[0]).toBe('/api/me/notifications/5/read')
    await vi.waitFor(() => expect(badgeText(root)).toBe('1'), WAIT)
  })

  it('marks all as read from the panel', async () => {
    signIn()
    let unread = 2
    serve(() => ({ items: [note(1, 'One'), note(2, 'Two')], total: 2, unread }))
    const root = await render()
    await vi.waitFor(() => expect(badgeText(root)).toBe('2'), WAIT)

    bell(root).click()
    const markAll = await vi.waitFor(() => getByRole(root, 'button', 'Mark all as read'), WAIT)
    unread = 0
    markAll.click()
    await vi.waitFor(() => expect(badgeText(root)).toBeNull(), WAIT)
    const posts = fetchMock.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST')
    expect(posts.map(([url]) => url)).toEqual(['/api/me/notifications/read-all'])
  })

  it('polls every minute while the tab is visible, and stops when hidden or unmounted', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    signIn()
    serve({ items: [], total: 0, unread: 0 })
    await render()
    expect(listCalls()).toHaveLength(1)

    vi.advanceTimersByTime(NOTIFICATION_POLL_MS)
    await flushPromises()
    expect(listCalls()).toHaveLength(2)

    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
    document.dispatchEvent(new Event('visibilitychange'))
    vi.advanceTimersByTime(NOTIFICATION_POLL_MS * 3)
    await flushPromises()
    expect(listCalls()).toHaveLength(2)

    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' })
    document.dispatchEvent(new Event('visibilitychange'))
    await flushPromises()
    expect(listCalls()).toHaveLength(3) // back in view: refreshed at once

    wrapper?.unmount()
    wrapper = undefined
    vi.advanceTimersByTime(NOTIFICATION_POLL_MS * 3)
    await flushPromises()
    expect(listCalls()).toHaveLength(3)
  })

  it('never polls while signed out, and stops when the person signs out', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    serve({ items: [note(1, 'One')], total: 1, unread: 1 })
    const root = await render()
    vi.advanceTimersByTime(NOTIFICATION_POLL_MS * 5)
    await router.push('/programs')
    await flushPromises()
    expect(fetchMock).not.toHaveBeenCalled()

    signIn()
    await flushPromises()
    expect(listCalls()).toHaveLength(1)
    expect(badgeText(root)).toBe('1')

    useAuthStore().logout()
    await flushPromises()
    expect(badgeText(root)).toBeNull()
    vi.advanceTimersByTime(NOTIFICATION_POLL_MS * 5)
    await flushPromises()
    expect(listCalls()).toHaveLength(1)
  })

  it('refreshes when the page changes', async () => {
    signIn()
    serve({ items: [], total: 0, unread: 0 })
    await render()
    await vi.waitFor(() => expect(listCalls()).toHaveLength(1), WAIT)
    await router.push('/my/entries')
    await vi.waitFor(() => expect(listCalls()).toHaveLength(2), WAIT)
  })
})
