import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import LoginView from './LoginView.vue'
import { mountView } from '@/test/mountView'
import { alertTexts, fieldErrorText, getByLabelText, getByRole, jsonResponse, type } from '@/test/dom'

describe('LoginView', () => {
  let fetchMock: ReturnType<typeof vi.fn>
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    localStorage.clear()
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  async function signIn(email = 'ann@example.org', password = 'correct horse battery') {
    const mounted = await mountView(LoginView, '/login')
    wrapper = mounted.wrapper
    const root = mounted.root
    await type(getByLabelText(root, 'Email'), email)
    await type(getByLabelText(root, 'Password'), password)
    getByRole(root, 'button', 'Sign in').click()
    await flushPromises()
    return mounted
  }

  it('has real labels "Email" and "Password" and a "Sign in" button', async () => {
    const { root, wrapper: w } = await mountView(LoginView, '/login')
    wrapper = w
    expect(getByLabelText(root, 'Email').tagName).toBe('INPUT')
    expect(getByLabelText(root, 'Password').type).toBe('password')
    expect(getByRole(root, 'button', 'Sign in')).toBeTruthy()
  })

  it('switches to Chinese labels without validating the untouched form', async () => {
    const { root, wrapper: w, i18n } = await mountView(LoginView, '/login')
    wrapper = w
    i18n.global.locale.value = 'zh-CN'
    await flushPromises()
    // Field messages enter through a transition: give them time to appear if they were coming.
    await new Promise((resolve) => setTimeout(resolve, 400))
    await flushPromises()
    expect(getByLabelText(root, '邮箱')).toBeTruthy()
    expect(getByLabelText(root, '密码')).toBeTruthy()
    expect(getByRole(root, 'button', '登录')).toBeTruthy()
    expect(alertTexts(root)).toEqual([])
  })

  it('checks required fields before calling the server', async () => {
    const { root, wrapper: w } = await mountView(LoginView, '/login')
    wrapper = w
    getByRole(root, 'button', 'Sign in').click()
    // Each field validates on its own: wait for both messages.
    await vi.waitFor(() => {
      expect(fieldErrorText(root, 'Email')).toContain('Please enter your email.')
      expect(fieldErrorText(root, 'Password')).toContain('Please enter your password.')
    })
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('shows a field error from problem.errors next to the email field', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(400, {
        type: 'https://laurel.dev/problems/validation',
        title: 'Invalid request',
        status: 400,
        detail: '1 field is invalid',
        errors: [{ field: 'username', message: 'must not be blank' }],
      }),
    )
    const { root } = await signIn()
    await vi.waitFor(() => expect(fieldErrorText(root, 'Email')).toContain('must not be blank'))
    expect(fieldErrorText(root, 'Password')).not.toContain('must not be blank')

    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/api/auth/login')
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({
      username: 'ann@example.org',
      password: 'correct horse battery',
    })
  })

  it('shows the detail of a 401 problem in an alert', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(401, {
        type: 'https://laurel.dev/problems/bad-credentials',
        title: 'Sign-in failed',
        status: 401,
        detail: 'The email or password is not correct.',
      }),
    )
    const { root } = await signIn()
    await vi.waitFor(() => expect(alertTexts(root).join(' ')).toContain('The email or password is not correct.'))
    expect(fieldErrorText(root, 'Email')).toBe('')
  })

  it('shows the detail of a 429 problem', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        429,
        {
          type: 'https://laurel.dev/problems/too-many-requests',
          title: 'Too many sign-in attempts',
          status: 429,
          detail: 'Too many failed sign-ins. Try again in 15 minutes.',
        },
        { 'Retry-After': '900' },
      ),
    )
    const { root } = await signIn()
    await vi.waitFor(() =>
      expect(alertTexts(root).join(' ')).toContain('Too many failed sign-ins. Try again in 15 minutes.'),
    )
  })

  it('goes to the redirect target after signing in', async () => {
    fetchMock.mockImplementation(async (url: string) => {
      if (url === '/api/auth/login') {
        return jsonResponse(200, { access_token: 'acc', refresh_token: 'ref', token_type: 'Bearer', roles: ['JUDGE'] })
      }
      if (url === '/api/me') {
        return jsonResponse(200, {
          id: 7,
          email: 'ann@example.org',
          displayName: 'Ann',
          organization: null,
          locale: 'en',
          roles: ['JUDGE'],
          active: true,
          createdAt: '2025-01-01T00:00:00Z',
        })
      }
      return jsonResponse(404, { status: 404, title: 'Not found' })
    })
    const mounted = await mountView(LoginView, '/login?redirect=/workspace')
    wrapper = mounted.wrapper
    await type(getByLabelText(mounted.root, 'Email'), 'ann@example.org')
    await type(getByLabelText(mounted.root, 'Password'), 'correct horse battery')
    getByRole(mounted.root, 'button', 'Sign in').click()
    await vi.waitFor(() => expect(mounted.router.currentRoute.value.fullPath).toBe('/workspace'))
    expect(JSON.parse(localStorage.getItem('laurel.auth')!).accessToken).toBe('acc')
  })
})
