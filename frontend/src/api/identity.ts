import type { AppLocale } from '@/i18n'
import { http, type TokenResponse } from './http'

export type { AppLocale }

export const ROLES = ['APPLICANT', 'JUDGE', 'ORGANIZER', 'ADMIN'] as const
export type Role = (typeof ROLES)[number]

export interface UserView {
  id: number
  email: string
  displayName: string
  organization: string | null
  locale: AppLocale | null
  roles: Role[]
  /** False once an admin has deactivated the account. */
  active: boolean
  createdAt: string
}

export interface Page<T> {
  items: T[]
  total: number
}

export interface RegisterRequest {
  email: string
  password: string
  displayName: string
  organization?: string
  locale?: AppLocale
}

export interface CreateUserRequest extends RegisterRequest {
  roles: Role[]
}

export type LoginResponse = TokenResponse & { refresh_token: string; roles: string[] }

/** A blank organization is sent as absent (JSON.stringify drops undefined). */
function withoutBlanks<T extends { organization?: string }>(body: T): T {
  const organization = body.organization?.trim()
  return { ...body, organization: organization ? organization : undefined }
}

export function register(request: RegisterRequest): Promise<UserView> {
  return http<UserView>('/auth/register', { method: 'POST', body: withoutBlanks(request), auth: false })
}

/** Signs in with the account's email as the username. */
export function login(email: string, password: string): Promise<LoginResponse> {
  return http<LoginResponse>('/auth/login', {
    method: 'POST',
    body: { username: email, password },
    auth: false,
  })
}

/** Ends this session on the server (its refresh token and the ones it was rotated from). */
export function logout(refreshToken: string): Promise<void> {
  return http<void>('/auth/logout', { method: 'POST', body: { refresh_token: refreshToken }, auth: false })
}

export function me(): Promise<UserView> {
  return http<UserView>('/me')
}

export interface UserQuery {
  q?: string
  /** Zero-based. */
  page?: number
  size?: number
}

export function listUsers(query: UserQuery = {}): Promise<Page<UserView>> {
  return http<Page<UserView>>('/admin/users', {
    query: { q: query.q?.trim(), page: query.page ?? 0, size: query.size ?? 20 },
  })
}

/** People with the JUDGE role, for organizers choosing a panel. */
export function listJudges(query: UserQuery = {}): Promise<Page<UserView>> {
  return http<Page<UserView>>('/judges', {
    query: { q: query.q?.trim(), page: query.page ?? 0, size: query.size ?? 20 },
  })
}

export function createUser(request: CreateUserRequest): Promise<UserView> {
  return http<UserView>('/admin/users', { method: 'POST', body: withoutBlanks(request) })
}

export function setUserRoles(id: number, roles: Role[]): Promise<UserView> {
  return http<UserView>(`/admin/users/${encodeURIComponent(String(id))}/roles`, {
    method: 'PUT',
    body: { roles },
  })
}

/** Deactivates (false) or reactivates (true) an account. */
export function setUserStatus(id: number, active: boolean): Promise<UserView> {
  return http<UserView>(`/admin/users/${encodeURIComponent(String(id))}/status`, {
    method: 'PUT',
    body: { active },
  })
}
