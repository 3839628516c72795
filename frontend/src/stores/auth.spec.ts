import { beforeEach, describe, expect, it } from 'vitest'
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
    roles,
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
})
