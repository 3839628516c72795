import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import * as identity from '@/api/identity'
import type { UserView } from '@/api/identity'

export const AUTH_STORAGE_KEY = 'laurel.auth'

interface StoredSession {
  accessToken: string | null
  refreshToken: string | null
  user: UserView | null
  roles: string[]
}

const empty: StoredSession = { accessToken: null, refreshToken: null, user: null, roles: [] }

function readStored(): StoredSession {
  try {
    const raw = localStorage.getItem(AUTH_STORAGE_KEY)
    if (!raw) return { ...empty }
    const parsed = JSON.parse(raw) as Partial<StoredSession>
    return {
      accessToken: typeof parsed.accessToken === 'string' ? parsed.accessToken : null,
      refreshToken: typeof parsed.refreshToken === 'string' ? parsed.refreshToken : null,
      user: parsed.user && typeof parsed.user === 'object' ? parsed.user : null,
      roles: Array.isArray(parsed.roles) ? parsed.roles.filter((r): r is string => typeof r === 'string') : [],
    }
  } catch {
    return { ...empty }
  }
}

export const useAuthStore = defineStore('auth', () => {
  const stored = readStored()
  const accessToken = ref<string | null>(stored.accessToken)
  const refreshToken = ref<string | null>(stored.refreshToken)
  const user = ref<UserView | null>(stored.user)
  /** From the login response until /api/me answers, then the person's current roles. */
  const tokenRoles = ref<string[]>(stored.roles)

  const isAuthenticated = computed(() => !!accessToken.value)
  const roles = computed<string[]>(() => (user.value ? [...user.value.roles] : tokenRoles.value))
  const displayName = computed(() => user.value?.displayName ?? user.value?.email ?? '')

  function persist(): void {
    try {
      if (!accessToken.value) {
        localStorage.removeItem(AUTH_STORAGE_KEY)
        return
      }
      const session: StoredSession = {
        accessToken: accessToken.value,
        refreshToken: refreshToken.value,
        user: user.value,
        roles: roles.value,
      }
      localStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify(session))
    } catch {
      // Storage may be unavailable (private mode); the session then lasts for this tab only.
    }
  }

  /** True if the person holds at least one of the given roles. */
  function hasRole(...wanted: string[]): boolean {
    return wanted.some((role) => roles.value.includes(role))
  }

  /** Where a person lands after signing in: administrators manage accounts, everyone else works in their workspace. */
  function homeRoute(): RouteLocationRaw {
    return hasRole('ADMIN') ? { name: 'admin-users' } : { name: 'workspace' }
  }

  function setTokens(access: string, refresh?: string | null): void {
    accessToken.value = access
    if (refresh !== undefined) refreshToken.value = refresh
    persist()
  }

  function setUser(next: UserView): void {
    user.value = next
    tokenRoles.value = [...next.roles]
    persist()
  }

  let loadingMe: Promise<UserView> | null = null

  /** Refreshes the profile and roles from /api/me (concurrent callers share one request). */
  function loadMe(): Promise<UserView> {
    loadingMe ??= identity
      .me()
      .then((me) => {
        setUser(me)
        return me
      })
      .finally(() => {
        loadingMe = null
      })
    return loadingMe
  }

  /** Signs in, keeps the tokens and loads the profile. Rejects with ApiError on failure. */
  async function login(email: string, password: string): Promise<void> {
    const response = await identity.login(email.trim(), password)
    user.value = null
    tokenRoles.value = response.roles ?? []
    setTokens(response.access_token, response.refresh_token ?? null)
    try {
      await loadMe()
    } catch {
      // The roles from the token response are enough to route; the profile loads later.
    }
  }

  /** Forgets the session in this browser (all tabs share it through localStorage). */
  function logout(): void {
    accessToken.value = null
    refreshToken.value = null
    user.value = null
    tokenRoles.value = []
    persist()
  }

  /** Signs out here and ends the session on the server, so its refresh token cannot be used again. */
  async function signOut(): Promise<void> {
    const token = refreshToken.value
    logout()
    if (!token) return
    try {
      await identity.logout(token)
    } catch {
      // Signed out here regardless; the refresh token then simply expires.
    }
  }

  /**
   * Refresh tokens rotate, so another tab that refreshed has stored newer tokens than this one
   * holds. Adopts them if so; true if this tab now holds different (newer) tokens.
   */
  function adoptStoredTokens(): boolean {
    const stored = readStored()
    if (!stored.accessToken || !stored.refreshToken || stored.refreshToken === refreshToken.value) return false
    accessToken.value = stored.accessToken
    refreshToken.value = stored.refreshToken
    return true
  }

  return {
    accessToken,
    refreshToken,
    user,
    roles,
    displayName,
    isAuthenticated,
    hasRole,
    homeRoute,
    setTokens,
    setUser,
    loadMe,
    login,
    logout,
    signOut,
    adoptStoredTokens,
  }
})
