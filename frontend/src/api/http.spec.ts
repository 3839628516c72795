import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { ApiError, http, onSessionExpired, setApiLanguage, toApiError } from './http'
import { useAuthStore } from '@/stores/auth'

function problem(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

describe('toApiError', () => {
  it('reads every part of a problem+json body', async () => {
    const error = await toApiError(
      problem(400, {
        type: 'https://laurel.dev/problems/validation',
        title: 'Invalid request',
        status: 400,
        detail: '2 fields are invalid',
        instance: '/api/auth/register',
        errors: [
          { field: 'email', message: 'must be a well-formed email address' },
          { field: 'password', message: 'must be at least 10 characters' },
          { bogus: true },
        ],
      }),
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toBeInstanceOf(Error)
    expect(error.status).toBe(400)
    expect(error.type).toBe('https://laurel.dev/problems/validation')
    expect(error.slug).toBe('validation')
    expect(error.title).toBe('Invalid request')
    expect(error.detail).toBe('2 fields are invalid')
    expect(error.message).toBe('2 fields are invalid')
    expect(error.errors).toEqual([
      { field: 'email', message: 'must be a well-formed email address' },
      { field: 'password', message: 'must be at least 10 characters' },
    ])
  })

  it('keeps extension members apart from the standard ones, so screens never parse the detail', async () => {
    const error = await toApiError(
      problem(409, {
        type: 'https://laurel.dev/problems/reveal-incomplete',
        title: 'T',
        status: 409,
        detail: 'D',
        submitted: 2,
        expected: 5,
      }),
    )
    expect(error.extensions).toEqual({ submitted: 2, expected: 5 })
    expect(error.number('submitted')).toBe(2)
    expect(error.number('detail')).toBeNull()
    expect(error.number('missing')).toBeNull()
  })

  it('matches problem types by their last segment', async () => {
    const error = await toApiError(
      problem(409, { type: 'https://laurel.dev/problems/last-admin', title: 'Last administrator', status: 409 }),
    )
    expect(error.is('last-admin')).toBe(true)
    expect(error.is('email-taken')).toBe(false)
    // Without a detail, the title stands in so there is always something to show.
    expect(error.detail).toBe('Last administrator')
  })

  it('keeps Retry-After seconds of a 429', async () => {
    const error = await toApiError(
      problem(429, { title: 'Too many requests', status: 429, detail: 'Try again later.' }, { 'Retry-After': '120' }),
    )
    expect(error.status).toBe(429)
    expect(error.retryAfter).toBe(120)
    expect(error.detail).toBe('Try again later.')
  })

  it('gives a useful error for an HTML error page', async () => {
    const error = await toApiError(
      new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'Content-Type': 'text/html' },
      }),
    )
    expect(error.status).toBe(502)
    expect(error.title).toBe('Bad Gateway')
    expect(error.detail).toContain('502')
    expect(error.detail).not.toContain('<')
    expect(error.errors).toEqual([])
    expect(error.type).toBe('about:blank')
  })

  it('uses a plain-text body as the detail', async () => {
    const error = await toApiError(
      new Response('Service temporarily unavailable', { status: 503, headers: { 'Content-Type': 'text/plain' } }),
    )
    expect(error.status).toBe(503)
    expect(error.detail).toBe('Service temporarily unavailable')
  })

  it('survives a body that claims to be JSON but is not', async () => {
    const error = await toApiError(
      new Response('{not json', { status: 500, headers: { 'Content-Type': 'application/json' } }),
    )
    expect(error.status).toBe(500)
    expect(error.detail).toBe('{not json')
  })

  it('handles an empty body', async () => {
    const error = await toApiError(new Response(null, { status: 404 }))
    expect(error.status).toBe(404)
    expect(error.detail).toContain('404')
  })
})

describe('http', () => {
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('sends JSON with the bearer token and parses the answer', async () => {
    useAuthStore().setTokens('token-1', 'refresh-1')
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ ok: true }), { status: 200 }))

    const body = await http<{ ok: boolean }>('/admin/users', { query: { q: 'ann', page: 0, size: 20, x: '' } })

    expect(body).toEqual({ ok: true })
    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/api/admin/users?q=ann&page=0&size=20')
    expect((init as RequestInit).headers).toMatchObject({ Authorization: 'Bearer token-1' })
  })

  it('asks for the UI language as it is at each call', async () => {
    let language = 'zh-CN'
    setApiLanguage(() => language)
    fetchMock.mockImplementation(async () => new Response('{}', { status: 200 }))

    await http('/programs', { auth: false })
    language = 'en'
    await http('/programs', { auth: false })
    setApiLanguage(() => null)
    await http('/programs', { auth: false })

    const sent = fetchMock.mock.calls.map(
      ([, init]) => ((init as RequestInit).headers as Record<string, string>)['Accept-Language'],
    )
    expect(sent).toEqual(['zh-CN', 'en', undefined])
  })

  it('rejects with ApiError on a problem', async () => {
    fetchMock.mockResolvedValue(
      problem(409, {
        type: 'https://laurel.dev/problems/email-taken',
        status: 409,
        title: 'Taken',
        detail: 'Already there.',
      }),
    )
    await expect(http('/auth/register', { method: 'POST', body: {}, auth: false })).rejects.toMatchObject({
      status: 409,
      detail: 'Already there.',
    })
  })

  it('turns a network failure into an ApiError with status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const error = await http('/me').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(0)
  })

  it('refreshes once on 401 and retries with the new token', async () => {
    const auth = useAuthStore()
    auth.setTokens('old-access', 'refresh-1')
    fetchMock
      .mockResolvedValueOnce(problem(401, { status: 401, title: 'Unauthorized' }))
      .mockResolvedValueOnce(
        new Response(JSON.stringify({ access_token: 'new-access', refresh_token: 'refresh-2' }), { status: 200 }),
      )
      .mockResolvedValueOnce(new Response(JSON.stringify({ id: 1 }), { status: 200 }))

    await expect(http('/me')).resolves.toEqual({ id: 1 })

    const [refreshUrl, refreshInit] = fetchMock.mock.calls[1]!
    expect(refreshUrl).toBe('/api/auth/token')
    expect((refreshInit as RequestInit).method).toBe('POST')
    expect((refreshInit as RequestInit).headers).toMatchObject({ 'Content-Type': 'application/x-www-form-urlencoded' })
    expect(String((refreshInit as RequestInit).body)).toBe('grant_type=refresh_token&refresh_token=refresh-1')
    expect((fetchMock.mock.calls[2]![1] as RequestInit).headers).toMatchObject({ Authorization: 'Bearer new-access' })
    expect(auth.accessToken).toBe('new-access')
    expect(auth.refreshToken).toBe('refresh-2')
  })

  it('signs out and reports an expired session when the refresh fails', async () => {
    const auth = useAuthStore()
    auth.setTokens('old-access', 'refresh-1')
    const expired = vi.fn()
    onSessionExpired(expired)
    fetchMock
      .mockResolvedValueOnce(problem(401, { status: 401, title: 'Unauthorized' }))
      .mockResolvedValueOnce(problem(400, { status: 400, title: 'invalid_grant' }))

    const error = await http('/me').catch((e: unknown) => e)

    expect((error as ApiError).status).toBe(401)
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(auth.isAuthenticated).toBe(false)
    expect(localStorage.getItem('laurel.auth')).toBeNull()
    expect(expired).toHaveBeenCalledOnce()
  })

  it('keeps the rotated refresh token from every refresh', async () => {
    const auth = useAuthStore()
    auth.setTokens('access-1', 'refresh-1')
    fetchMock
      .mockResolvedValueOnce(problem(401, { status: 401 }))
      .mockResolvedValueOnce(
        new Response(JSON.stringify({ access_token: 'access-2', refresh_token: 'refresh-2' }), { status: 200 }),
      )
      .mockResolvedValueOnce(new Response(JSON.stringify({ id: 1 }), { status: 200 }))
      .mockResolvedValueOnce(problem(401, { status: 401 }))
      .mockResolvedValueOnce(
        new Response(JSON.stringify({ access_token: 'access-3', refresh_token: 'refresh-3' }), { status: 200 }),
      )
      .mockResolvedValueOnce(new Response(JSON.stringify({ id: 1 }), { status: 200 }))

    await http('/me')
    await http('/me')

    expect(String((fetchMock.mock.calls[4]![1] as RequestInit).body)).toBe(
      'grant_type=refresh_token&refresh_token=refresh-2',
    )
    expect(auth.refreshToken).toBe('refresh-3')
    expect(JSON.parse(localStorage.getItem('laurel.auth')!).refreshToken).toBe('refresh-3')
  })

  it('uses the tokens another tab stored when its own refresh is refused because that tab rotated first', async () => {
    const auth = useAuthStore()
    auth.setTokens('access-1', 'refresh-1')
    const expired = vi.fn()
    onSessionExpired(expired)
    fetchMock
      .mockResolvedValueOnce(problem(401, { status: 401 }))
      .mockImplementationOnce(async () => {
        // Meanwhile the other tab refreshed with refresh-1 and stored its new tokens.
        localStorage.setItem(
          'laurel.auth',
          JSON.stringify({ accessToken: 'access-2', refreshToken: 'refresh-2', user: null, roles: [] }),
        )
        return problem(400, { status: 400, title: 'Session ended' })
      })
      .mockResolvedValueOnce(new Response(JSON.stringify({ id: 1 }), { status: 200 }))

    await expect(http('/me')).resolves.toEqual({ id: 1 })

    expect((fetchMock.mock.calls[2]![1] as RequestInit).headers).toMatchObject({ Authorization: 'Bearer access-2' })
    expect(auth.refreshToken).toBe('refresh-2')
    expect(expired).not.toHaveBeenCalled()
  })

  it('does not refresh at all when another tab already stored newer tokens', async () => {
    const auth = useAuthStore()
    auth.setTokens('access-1', 'refresh-1')
    fetchMock
      .mockImplementationOnce(async () => {
        localStorage.setItem(
          'laurel.auth',
          JSON.stringify({ accessToken: 'access-2', refreshToken: 'refresh-2', user: null, roles: [] }),
        )
        return problem(401, { status: 401 })
      })
      .mockResolvedValueOnce(new Response(JSON.stringify({ id: 1 }), { status: 200 }))

    await expect(http('/me')).resolves.toEqual({ id: 1 })

    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(fetchMock.mock.calls.map((c) => c[0])).not.toContain('/api/auth/token')
  })

  it('does not try to refresh for calls made without a token (e.g. a failed sign-in)', async () => {
    fetchMock.mockResolvedValue(problem(401, { status: 401, title: 'Sign-in failed', detail: 'Wrong password.' }))
    const error = await http('/auth/login', { method: 'POST', body: {}, auth: false }).catch((e: unknown) => e)
    expect((error as ApiError).detail).toBe('Wrong password.')
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })
})
