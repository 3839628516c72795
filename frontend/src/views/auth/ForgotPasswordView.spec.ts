import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import ForgotPasswordView from './ForgotPasswordView.vue'
import { mountView } from '@/test/mountView'
import { alertTexts, getByLabelText, getByRole, type } from '@/test/dom'

describe('ForgotPasswordView', () => {
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

  it('asks for a link and says the same thing whether or not the address is registered', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 202 }))
    const { root, wrapper: w } = await mountView(ForgotPasswordView, '/forgot-password?email=ann@example.org')
    wrapper = w
    expect(getByLabelText(root, 'Email').value).toBe('ann@example.org')
    getByRole(root, 'button', 'Send me a link').click()
    await flushPromises()
    await vi.waitFor(() => expect(alertTexts(root).join(' ')).toContain('If an account uses ann@example.org'), {
      timeout: 5000,
    })
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit]
    expect(url).toBe('/api/auth/password-reset')
    expect(JSON.parse(String(init.body))).toEqual({ email: 'ann@example.org' })
  })

  it('checks the address before sending', async () => {
    const { root, wrapper: w } = await mountView(ForgotPasswordView, '/forgot-password')
    wrapper = w
    await type(getByLabelText(root, 'Email'), 'not-an-address')
    getByRole(root, 'button', 'Send me a link').click()
    await flushPromises()
    await vi.waitFor(() => expect(root.textContent).toContain('Please enter a valid email address.'), {
      timeout: 5000,
    })
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
