import { useAuthStore } from '@/stores/auth'
import type { ProblemSlug, Schema } from './contract'

/** All API paths are relative to this base. */
export const API_BASE = '/api'

/** `code` says what kind of problem it is (`required`, `too-long`, ...) where the server knows; older problems lack it. */
export type FieldError = Omit<Schema<'FieldError'>, 'code'> & { code?: Schema<'FieldError'>['code'] }

/** An RFC 9457 problem as the Laurel API sends it (application/problem+json). */
export type Problem = Schema<'Problem'>

export type { ProblemSlug }

/** Every failed API call rejects with one of these, whatever the server (or the network) said. */
export class ApiError extends Error {
  readonly status: number
  readonly type: string
  readonly title: string
  readonly detail: string
  readonly errors: FieldError[]
  /** Seconds from a Retry-After header (429), if the server sent one. */
  readonly retryAfter: number | null
  /** The problem's extension members (numbers a screen needs, e.g. `submitted`): read these, never `detail`. */
  readonly extensions: Readonly<Record<string, unknown>>

  constructor(problem: {
    status: number
    type?: string
    title?: string
    detail?: string
    errors?: FieldError[]
    retryAfter?: number | null
    extensions?: Record<string, unknown>
  }) {
    const title = problem.title || (problem.status ? `HTTP ${problem.status}` : 'Network error')
    super(problem.detail || title)
    this.name = 'ApiError'
    this.status = problem.status
    this.type = problem.type || 'about:blank'
    this.title = title
    this.detail = problem.detail || title
    this.errors = problem.errors ?? []
    this.retryAfter = problem.retryAfter ?? null
    this.extensions = problem.extensions ?? {}
  }

  /** A numeric extension member, or null when the problem has none by that name. */
  number(member: string): number | null {
    const value = this.extensions[member]
    return typeof value === 'number' && Number.isFinite(value) ? value : null
  }

  /** The last segment of the problem type, e.g. "email-taken" for https://laurel.dev/problems/email-taken. */
  get slug(): string {
    const parts = this.type.split('/')
    return parts[parts.length - 1] ?? ''
  }

  /** True if the problem type is (or ends with) the given slug: one the server's catalogue lists. */
  is(slug: ProblemSlug): boolean {
    return this.slug === slug || this.type.endsWith(`/${slug}`)
  }
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors'])

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldError).field === 'string' &&
    typeof (value as FieldError).message === 'string'
  )
}

function parseRetryAfter(response: Response): number | null {
  const header = response.headers.get('Retry-After')
  if (!header) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds))
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000))
}

/**
 * Turns a non-2xx response into an ApiError. problem+json (or any JSON object) is read field
 * by field; anything else (an HTML error page from a proxy, plain text, nothing) still yields
 * the status, the reason phrase and a short excerpt of the body as the detail.
 */
export async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response)
  const contentType = response.headers.get('Content-Type') ?? ''
  let text: string
  try {
    text = await response.text()
  } catch {
    text = ''
  }
  const fallbackTitle = response.statusText || `HTTP ${response.status}`

  if (text && (contentType.includes('json') || /^\s*\{/.test(text))) {
    try {
      const body = JSON.parse(text) as unknown
      if (body && typeof body === 'object' && !Array.isArray(body)) {
        const problem = body as Record<string, unknown>
        const str = (key: string) => (typeof problem[key] === 'string' ? (problem[key] as string) : undefined)
        const errors = Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : []
        return new ApiError({
          status: typeof problem.status === 'number' ? problem.status : response.status,
          type: str('type'),
          title: str('title') ?? fallbackTitle,
          detail: str('detail') ?? str('message') ?? str('title') ?? fallbackTitle,
          errors,
          retryAfter,
          extensions: Object.fromEntries(Object.entries(problem).filter(([key]) => !STANDARD_MEMBERS.has(key))),
        })
      }
    } catch {
      // Not JSON after all: fall through to the text handling below.
    }
  }

  const looksLikeHtml = /^\s*</.test(text)
  const excerpt = looksLikeHtml ? '' : text.trim().replace(/\s+/g, ' ').slice(0, 300)
  return new ApiError({
    status: response.status,
    title: fallbackTitle,
    detail: excerpt || `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    retryAfter,
  })
}

export type Query = Record<string, string | number | boolean | null | undefined>

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** Sent as JSON. */
  body?: unknown
  /** Sent as application/x-www-form-urlencoded (takes precedence over body). */
  form?: Record<string, string>
  /** Sent as multipart/form-data (takes precedence over form and body); the browser sets the boundary. */
  multipart?: FormData
  /** Sent as-is with its content type, e.g. a CSV file's text (takes precedence over the others). */
  text?: { contentType: string; content: string }
  query?: Query
  /** Attach the bearer token and handle 401 by refreshing (default true). */
  auth?: boolean
  /** Extra request headers, e.g. the audience phone's X-Audience-Token (never Authorization). */
  headers?: Record<string, string>
  signal?: AbortSignal
}

function buildUrl(path: string, query?: Query): string {
  const url = `${API_BASE}${path.startsWith('/') ? path : `/${path}`}`
  if (!query) return url
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.append(key, String(value))
  }
  const qs = params.toString()
  return qs ? `${url}?${qs}` : url
}

let readerLanguage: () => string | null = () => null

/**
 * Where the UI language is read, to be sent as Accept-Language with every call, so that what
 * organizers wrote in both languages (program titles, category names, round names, ...) comes
 * back in the reader's. Read at each call: a reload right after a switch already asks for the new one.
 */
export function setApiLanguage(language: () => string | null): void {
  readerLanguage = language
}

async function send(path: string, options: RequestOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = {
    ...options.headers,
    Accept: 'application/json, application/problem+json',
  }
  const language = readerLanguage()
  if (language) headers['Accept-Language'] = language
  let body: BodyInit | undefined
  if (options.text) {
    headers['Content-Type'] = options.text.contentType
    body = options.text.content
  } else if (options.multipart) {
    body = options.multipart
  } else if (options.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded'
    body = new URLSearchParams(options.form).toString()
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  if (token) headers.Authorization = `Bearer ${token}`
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      signal: options.signal,
    })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError({
      status: 0,
      type: 'network-error',
      title: 'Network error',
      detail: 'The server could not be reached. Check your connection and try again.',
    })
  }
}

async function readBody<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T
  const text = await response.text()
  if (!text) return undefined as T
  try {
    return JSON.parse(text) as T
  } catch {
    return text as T
  }
}

// ---- session expiry -------------------------------------------------------------------------

type SessionExpiredHandler = () => void

let sessionExpiredHandler: SessionExpiredHandler = () => {
  if (typeof window !== 'undefined') window.location.assign('/login')
}

/** Called after a refresh failed and the person was signed out (main.ts routes to /login). */
export function onSessionExpired(handler: SessionExpiredHandler): void {
  sessionExpiredHandler = handler
}

/** What the token endpoint answers (the same shape as signing in). */
export type TokenResponse = Schema<'LoginResponse'>

let refreshing: Promise<boolean> | null = null

/**
 * Runs the refresh under a lock shared by every tab of this origin (Web Locks API, where the
 * browser has it): refresh tokens rotate, so two tabs presenting the same one would look like a
 * stolen token and end the session.
 */
function withRefreshLock(task: () => Promise<boolean>): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined
  // request() resolves with the task's own result (typed as a nested promise, flattened at run time).
  return locks ? locks.request('laurel.auth.refresh', task).then((granted) => granted) : task()
}

/** One refresh at a time, shared by every request that got a 401 meanwhile. */
function refreshOnce(): Promise<boolean> {
  if (!refreshing) {
    refreshing = withRefreshLock(async () => {
      const auth = useAuthStore()
      // Another tab may have refreshed while this one waited: its tokens are the newer ones.
      if (auth.adoptStoredTokens()) return true
      const refreshToken = auth.refreshToken
      if (!refreshToken) return false
      try {
        const response = await send(
          '/auth/token',
          { method: 'POST', form: { grant_type: 'refresh_token', refresh_token: refreshToken } },
          null,
        )
        // Refused: if another tab rotated the token meanwhile (no shared lock), use its tokens.
        if (!response.ok) return auth.adoptStoredTokens()
        const tokens = await readBody<TokenResponse>(response)
        if (!tokens?.access_token) return false
        // The server rotates the refresh token on every use: keep the new one.
        auth.setTokens(tokens.access_token, tokens.refresh_token ?? null)
        return true
      } catch {
        return false
      }
    }).finally(() => {
      refreshing = null
    })
  }
  return refreshing
}

/**
 * Sends an authenticated request and returns the successful response. A 401 on an authenticated
 * call triggers one refresh and one retry; if that does not help, the person is signed out and
 * sent to the sign-in page. Any other non-2xx answer rejects with ApiError.
 */
async function request(path: string, options: RequestOptions): Promise<Response> {
  const useAuth = options.auth !== false
  const auth = useAuth ? useAuthStore() : null
  const token = auth?.accessToken ?? null

  let response = await send(path, options, token)

  if (response.status === 401 && auth && token) {
    if (auth.refreshToken && (await refreshOnce())) {
      response = await send(path, options, auth.accessToken)
    }
    if (response.status === 401) {
      const error = await toApiError(response)
      auth.logout()
      sessionExpiredHandler()
      throw error
    }
  }

  if (!response.ok) throw await toApiError(response)
  return response
}

/**
 * Calls the Laurel API. Resolves with the parsed JSON body; rejects with ApiError for any
 * non-2xx answer. A 401 on an authenticated call triggers one refresh and one retry; if that
 * does not help, the person is signed out and sent to the sign-in page.
 */
export async function http<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return readBody<T>(await request(path, options))
}

/**
 * The file name a Content-Disposition header suggests: RFC 5987 filename* (UTF-8) first, then
 * the plain filename. Path separators are dropped so the name is always a bare file name.
 */
export function filenameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null
  let name: string | null = null
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (extended?.[2]) {
    try {
      name = decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''))
    } catch {
      name = null
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header)
    if (plain) name = (plain[2] ?? plain[1] ?? '').trim().replace(/\\(.)/g, '$1')
  }
  name = name?.split(/[\\/]/).pop()?.trim() ?? null
  return name ? name : null
}

export interface DownloadedFile {
  blob: Blob
  /** From Content-Disposition, if the server named the file. */
  filename: string | null
  contentType: string
}

/** Fetches a file with the bearer token (a plain link cannot send it). */
export async function httpBlob(path: string, options: RequestOptions = {}): Promise<DownloadedFile> {
  const response = await request(path, options)
  const blob = await response.blob()
  return {
    blob,
    filename: filenameFromDisposition(response.headers.get('Content-Disposition')),
    contentType: response.headers.get('Content-Type') ?? blob.type,
  }
}
