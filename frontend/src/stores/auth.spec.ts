import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { AUTH_STORAGE_KEY, useAuthStore } from './auth'
import type { UserView } from '@/api/identity'

function user(roles: UserView['roles']): UserView {
  return {
    id: 1,
    email: 'ann@example.org',
    displayName: 'Ann',
    organization: null,
    locale: 'en',
    language: 'en',
    roles,
    active: true,
    createdAt: '2025-01-01T00:00:00Z',
  }
}

describe('auth store', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('sends administrators to the user list', () => {
    const auth = useAuthStore()
    auth.setTokens('a', 'r')
    auth.setUser(user(['ADMIN', 'JUDGE']))
    expect(auth.homeRoute()).toEqual({ name: 'admin-users' })
  })

  it.each([[['APPLICANT']], [['JUDGE']], [['ORGANIZER', 'JUDGE']], [[]]] as UserView['roles'][][])(
    'sends %j to the workspace',
    (roles) => {
      const auth = useAuthStore()
      auth.setTokens('a', 'r')
      auth.setUser(user(roles))
      expect(auth.homeRoute()).toEqual({ name: 'workspace' })
    },
  )

  it('answers hasRole for any of the given roles', () => {
    const auth = useAuthStore()
    auth.setUser(user(['JUDGE', 'ORGANIZER']))
    expect(auth.hasRole('JUDGE')).toBe(true)
    expect(auth.hasRole('ADMIN')).toBe(false)
    expect(auth.hasRole('ADMIN', 'ORGANIZER')).toBe(true)
    expect(auth.hasRole()).toBe(false)
  })

  it('keeps tokens and user in localStorage and restores them', () => {
    const auth = useAuthStore()
    auth.setTokens('access', 'refresh')
    auth.setUser(user(['ORGANIZER']))

    setActivePinia(createPinia())
    const restored = useAuthStore()
    expect(restored.isAuthenticated).toBe(true)
    expect(restored.accessToken).toBe('access')
    expect(restored.refreshToken).toBe('refresh')
    expect(restored.user?.displayName).toBe('Ann')
    expect(restored.hasRole('ORGANIZER')).toBe(true)
  })

  it('forgets everything on logout', () => {
    const auth = useAuthStore()
    auth.setTokens('access', 'refresh')
    auth.setUser(user(['ADMIN']))
    auth.logout()
    expect(auth.isAuthenticated).toBe(false)
    expect(auth.user).toBeNull()
    expect(auth.roles).toEqual([])
    expect(localStorage.getItem(AUTH_STORAGE_KEY)).toBeNull()
  })

  it('ignores a corrupt stored session', () => {
    localStorage.setItem(AUTH_STORAGE_KEY, '{not json')
    const auth = useAuthStore()
    expect(auth.isAuthenticated).toBe(false)
  })

  describe('sessions that rotate', () => {
    afterEach(() => {
      vi.unstubAllGlobals()
    })

    it('adopts the newer tokens another tab stored after refreshing', () => {
      const auth = useAuthStore()
      auth.setTokens('access-1', 'refresh-1')
      // The other tab refreshed: the server rotated refresh-1 into refresh-2 and that tab stored it.
      localStorage.setItem(
        AUTH_STORAGE_KEY,
        JSON.stringify({ accessToken: 'access-2', refreshToken: 'refresh-2', user: null, roles: [] }),
      )

      expect(auth.adoptStoredTokens()).toBe(true)
      expect(auth.accessToken).toBe('access-2')
      expect(auth.refreshToken).toBe('refresh-2')
    })

    it('adopts nothing when storage holds the same session or none', () => {
      const auth = useAuthStore()
      auth.setTokens('access-1', 'refresh-1')
      expect(auth.adoptStoredTokens()).toBe(false)

      localStorage.removeItem(AUTH_STORAGE_KEY)
      expect(auth.adoptStoredTokens()).toBe(false)
      expect(auth.refreshToken).toBe('refresh-1')
    })

    it('signing out ends the session on the server with its refresh token', async () => {
      const fetchMock = vi.fn().mockResolvedValue(new Response(null, { status: 204 }))
      vi.stubGlobal('fetch', fetchMock)
      const auth = useAuthStore()
      auth.setTokens('access', 'refresh-9')

      await auth.signOut()

      expect(auth.isAuthenticated).toBe(false)
      expect(localStorage.getItem(AUTH_STORAGE_KEY)).toBeNull()
      const [url, init] = fetchMock.mock.calls[0]!
      expect(url).toBe('/api/auth/logout')
      expect((init as RequestInit).method).toBe('POST')
      expect(JSON.parse(String((init as RequestInit).body))).toEqual({ refresh_token: 'refresh-9' })
      expect((init as RequestInit).headers).not.toHaveProperty('Authorization')
    })

    it('signs out locally even when the server cannot be reached', async () => {
      vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))
      const auth = useAuthStore()
      auth.setTokens('access', 'refresh')

      await expect(auth.signOut()).resolves.toBeUndefined()
      expect(auth.isAuthenticated).toBe(false)
    })
  })
})
