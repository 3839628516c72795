import type { AppLocale } from '@/i18n'
import type { Narrowed, Page, Schema } from './contract'
import { http } from './http'

export type { AppLocale }

export const ROLES = [
  'APPLICANT',
  'JUDGE',
  'ORGANIZER',
  'INVESTOR',
  'ADMIN',
] as const satisfies readonly Schema<'Role'>[]
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

export type ProfileUpdate = Schema<'AccountRequests.ProfileUpdate'>

/** Saves the signed-in person's name, organization or language (absent fields stay). */
export function updateProfile(update: ProfileUpdate): Promise<UserView> {
  return http<UserView>('/me', { method: 'PUT', body: update })
}

/** Changes the password; sending this session's refresh token keeps it signed in while the others end. */
export function changePassword(
  currentPassword: string,
  newPassword: string,
  refreshToken: string | null,
): Promise<void> {
  return http<void>('/me/password', {
    method: 'POST',
    body: {
      currentPassword,
      newPassword,
      refreshToken: refreshToken ?? undefined,
    } satisfies Schema<'AccountRequests.PasswordChange'>,
  })
}

/** Asks for a reset link by email; the server answers the same whether or not the address is registered. */
export function requestPasswordReset(email: string): Promise<void> {
  return http<void>('/auth/password-reset', {
    method: 'POST',
    body: { email: email.trim() } satisfies Schema<'AccountRequests.PasswordResetRequest'>,
    auth: false,
  })
}

/** Sets a new password with the token from a reset or invitation link. */
export function confirmPasswordReset(token: string, newPassword: string): Promise<void> {
  return http<void>('/auth/password-reset/confirm', {
    method: 'POST',
    body: { token, newPassword } satisfies Schema<'AccountRequests.PasswordResetConfirm'>,
    auth: false,
  })
}

export interface UserQuery {
  q?: string
  role?: Role
  /** Zero-based. */
  page?: number
  size?: number
}

export function listUsers(query: UserQuery = {}): Promise<Page<UserView>> {
  return http<Page<UserView>>('/admin/users', {
    query: { q: query.q?.trim(), role: query.role, page: query.page ?? 0, size: query.size ?? 20 },
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

/** An admin emails the account a password-reset link. */
export function sendPasswordLink(id: number): Promise<void> {
  return http<void>(`/admin/users/${encodeURIComponent(String(id))}/password-reset`, { method: 'POST' })
}

export type JudgeImportReport = Schema<'JudgeImport.Report'>
export type JudgeImportRow = Schema<'JudgeImport.Row'>

/** Imports judges from a CSV file's text (header row: email, name, organization, language). */
export function importJudges(csv: string): Promise<JudgeImportReport> {
  return http<JudgeImportReport>('/admin/users/import', {
    method: 'POST',
    text: { contentType: 'text/csv', content: csv },
  })
}
