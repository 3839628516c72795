import type { AppLocale } from '@/i18n'
import type { Narrowed, Page, Schema } from './contract'
import { http } from './http'

export type { AppLocale }

export const ROLES = ['APPLICANT', 'JUDGE', 'ORGANIZER', 'ADMIN'] as const satisfies readonly Schema<'Role'>[]
export type Role = Schema<'Role'>

/** A person; `active` is false once an admin has deactivated the account. */
export type UserView = Narrowed<Schema<'UserView'>, { locale: AppLocale | null }>

export type { Page }

export type RegisterRequest = Schema<'RegisterRequest'>

export type CreateUserRequest = Schema<'CreateUserRequest'>

export type LoginResponse = Schema<'LoginResponse'>

/** A blank organization is sent as absent (JSON.stringify drops undefined). */
function withoutBlanks<T extends { organization?: string | null }>(body: T): T {
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
    body: { username: email, password } satisfies Schema<'LoginRequest'>,
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
    body: { roles } satisfies Schema<'SetRolesRequest'>,
  })
}

/** Deactivates (false) or reactivates (true) an account. */
export function setUserStatus(id: number, active: boolean): Promise<UserView> {
  return http<UserView>(`/admin/users/${encodeURIComponent(String(id))}/status`, {
    method: 'PUT',
    body: { active } satisfies Schema<'SetStatusRequest'>,
  })
}
