import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter, safeRedirect } from './index'
import { useAuthStore } from '@/stores/auth'
import type { UserView } from '@/api/identity'

// The guard is under test, not the pages: stand-ins keep navigation fast.
const { stub } = vi.hoisted(() => ({ stub: () => ({ default: { name: 'StubView', render: () => null } }) }))
vi.mock('@/views/home/HomeView.vue', stub)
vi.mock('@/views/auth/LoginView.vue', stub)
vi.mock('@/views/auth/RegisterView.vue', stub)
vi.mock('@/views/workspace/WorkspaceView.vue', stub)
vi.mock('@/views/admin/AdminUsersView.vue', stub)
vi.mock('@/views/errors/ForbiddenView.vue', stub)
vi.mock('@/views/errors/NotFoundView.vue', stub)

function signInAs(roles: UserView['roles']) {
  const auth = useAuthStore()
  auth.setTokens('a', 'r')
  auth.setUser({
    id: 1,
    email: 'ann@example.org',
    displayName: 'Ann',
    organization: null,
    locale: 'en',
    roles,
    createdAt: '2025-01-01T00:00:00Z',
  })
}

describe('role guard', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('sends signed-out people to the sign-in page with a redirect', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/admin/users?q=ann')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/admin/users?q=ann')
  })

  it('shows "Not allowed" to people without the role', async () => {
    signInAs(['JUDGE'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/admin/users')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('lets administrators in', async () => {
    signInAs(['ADMIN'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/admin/users')
    expect(router.currentRoute.value.name).toBe('admin-users')
  })

  it('lets anyone signed in into the workspace', async () => {
    signInAs(['APPLICANT'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/workspace')
    expect(router.currentRoute.value.name).toBe('workspace')
  })

  it('keeps public pages public and unknown paths on the not-found page', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('home')
    await router.push('/register')
    expect(router.currentRoute.value.name).toBe('register')
    await router.push('/no/such/page')
    expect(router.currentRoute.value.name).toBe('not-found')
  })
})

describe('safeRedirect', () => {
  it('accepts same-site paths only', () => {
    expect(safeRedirect('/workspace')).toBe('/workspace')
    expect(safeRedirect(['/admin/users'])).toBe('/admin/users')
    expect(safeRedirect('//evil.example')).toBeNull()
    expect(safeRedirect('/\\evil.example')).toBeNull()
    expect(safeRedirect('https://evil.example')).toBeNull()
    expect(safeRedirect(undefined)).toBeNull()
  })
})
