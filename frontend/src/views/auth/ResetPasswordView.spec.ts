import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import ResetPasswordView from './ResetPasswordView.vue'
import { mountView } from '@/test/mountView'
import { alertTexts, fieldErrorText, getByLabelText, getByRole, jsonResponse, type } from '@/test/dom'

const WAIT = { timeout: 5000 }

describe('ResetPasswordView', () => {
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

  async function fill(path: string, password = 'a-new-long-password', confirm = password) {
    const mounted = await mountView(ResetPasswordView, path)
    wrapper = mounted.wrapper
    await type(getByLabelText(mounted.root, 'New password'), password)
    await type(getByLabelText(mounted.root, 'Repeat the new password'), confirm)
    getByRole(mounted.root, 'button', 'Save password').click()
    await flushPromises()
    return mounted
  }

  it('sends the token from the link with the new password, then offers to sign in', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    const { root } = await fill('/reset-password?token=tok-123')
    await vi.waitFor(() => expect(alertTexts(root).join(' ')).toContain('Your password is saved'), WAIT)
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit]
    expect(url).toBe('/api/auth/password-reset/confirm')
    expect(JSON.parse(String(init.body))).toEqual({ token: 'tok-123', newPassword: 'a-new-long-password' })
    expect(getByRole(root, 'button', 'Sign in')).toBeTruthy()
  })

  it('catches a mismatch before asking the server', async () => {
    const { root } = await fill('/reset-password?token=tok-123', 'a-new-long-password', 'something-else-1')
    await vi.waitFor(
      () => expect(fieldErrorText(root, 'Repeat the new password')).toBe('The two passwords are not the same.'),
      WAIT,
    )
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('says a used link is gone and points to asking for a new one', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(410, {
        type: 'https://laurel.dev/problems/reset-token-gone',
        status: 410,
        title: 'Link no longer valid',
        detail: 'This password link has already been used. Ask for a new one if you need to reset it again.',
      }),
    )
    const { root } = await fill('/reset-password?token=used')
    await vi.waitFor(() => expect(alertTexts(root).join(' ')).toContain('already been used'), WAIT)
    const links = Array.from(document.querySelectorAll('a')).map((a) => [a.textContent?.trim(), a.getAttribute('href')])
    expect(links).toContainEqual(['Ask for a new link', '/forgot-password'])
  })

  it('explains that the page needs the emailed link when it has no token', async () => {
    const { root, wrapper: w } = await mountView(ResetPasswordView, '/reset-password')
    wrapper = w
    expect(alertTexts(root).join(' ')).toContain('needs the link from your email')
  })
})
