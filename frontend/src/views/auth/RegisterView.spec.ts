import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import RegisterView from './RegisterView.vue'
import { mountView } from '@/test/mountView'
import { alertTexts, fieldErrorText, getByLabelText, getByRole, jsonResponse, type } from '@/test/dom'

describe('RegisterView', () => {
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

  async function fillAndSubmit() {
    const mounted = await mountView(RegisterView, '/register')
    wrapper = mounted.wrapper
    const { root } = mounted
    await type(getByLabelText(root, 'Email'), 'ann@example.org')
    await type(getByLabelText(root, 'Password'), 'a long enough password')
    await type(getByLabelText(root, 'Display name'), 'Ann Lee')
    await type(getByLabelText(root, 'Organization'), 'Acme Labs')
    getByRole(root, 'button', 'Create account').click()
    await flushPromises()
    return mounted
  }

  it('shows a 409 email-taken problem at the email field', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(409, {
        type: 'https://laurel.dev/problems/email-taken',
        title: 'Email already registered',
        status: 409,
        detail: 'An account with ann@example.org already exists.',
      }),
    )
    const { root } = await fillAndSubmit()
    await vi.waitFor(() =>
      expect(fieldErrorText(root, 'Email')).toContain('An account with ann@example.org already exists.'),
    )
    expect(fieldErrorText(root, 'Password')).toBe('')

    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/api/auth/register')
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({
      email: 'ann@example.org',
      password: 'a long enough password',
      displayName: 'Ann Lee',
      organization: 'Acme Labs',
      locale: 'en',
    })
  })

  it('shows a 400 password error at the password field', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(400, {
        type: 'https://laurel.dev/problems/validation',
        title: 'Invalid request',
        status: 400,
        detail: '1 field is invalid',
        errors: [{ field: 'password', message: 'must be at least 10 characters' }],
      }),
    )
    const { root } = await fillAndSubmit()
    await vi.waitFor(() => expect(fieldErrorText(root, 'Password')).toContain('must be at least 10 characters'))
    expect(fieldErrorText(root, 'Email')).toBe('')
    expect(alertTexts(root).join(' ')).not.toContain('1 field is invalid')
  })

  it('signs in automatically after registering and goes to the workspace', async () => {
    const user = {
      id: 3,
      email: 'ann@example.org',
      displayName: 'Ann Lee',
      organization: 'Acme Labs',
      locale: 'en',
      roles: ['APPLICANT'],
      active: true,
      createdAt: '2025-01-01T00:00:00Z',
    }
    fetchMock.mockImplementation(async (url: string) => {
      if (url === '/api/auth/register') return jsonResponse(201, user)
      if (url === '/api/auth/login') {
        return jsonResponse(200, { access_token: 'acc', refresh_token: 'ref', roles: ['APPLICANT'] })
      }
      if (url === '/api/me') return jsonResponse(200, user)
      return jsonResponse(404, { status: 404 })
    })
    const { router } = await fillAndSubmit()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('workspace'))
  })

  it('checks the fields before calling the server', async () => {
    const { root, wrapper: w } = await mountView(RegisterView, '/register')
    wrapper = w
    await type(getByLabelText(root, 'Email'), 'not-an-email')
    await type(getByLabelText(root, 'Password'), 'short')
    getByRole(root, 'button', 'Create account').click()
    // The three messages come from separate async validations: wait for all of them.
    await vi.waitFor(() => {
      expect(fieldErrorText(root, 'Email')).toContain('Please enter a valid email address.')
      expect(fieldErrorText(root, 'Password')).toContain('at least 10 characters')
      expect(fieldErrorText(root, 'Display name')).toContain('Please enter a display name.')
    })
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
