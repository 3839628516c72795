import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import RoundPanelEditor from './RoundPanelEditor.vue'
import type { JudgeSummary, PanelView } from '@/api/judging'
import { useAuthStore } from '@/stores/auth'
import { mountComponent } from '@/test/mountComponent'
import { fieldErrorText, getByLabelText, getByRole, jsonResponse, type } from '@/test/dom'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }

const JIA: JudgeSummary = {
  id: 3,
  displayName: 'Jia Judge',
  email: 'jia@example.org',
  organization: 'Tsinghua',
  load: 4,
}

function signIn(roles: ('ORGANIZER' | 'ADMIN')[]): void {
  const auth = useAuthStore()
  auth.setTokens('a', 'r')
  auth.setUser({
    id: 9,
    email: 'org@example.org',
    displayName: 'Olga',
    organization: null,
    locale: 'en',
    roles,
    active: true,
    createdAt: '2025-01-01T00:00:00Z',
  })
}

describe('RoundPanelEditor', () => {
  let wrapper: VueWrapper | undefined
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  async function render(onChanged: (panel: PanelView) => void = () => undefined) {
    const mounted = mountComponent(RoundPanelEditor, { roundId: 4, judges: [JIA], onChanged })
    wrapper = mounted.wrapper
    await flushPromises()
    return mounted
  }

  it('lets an organizer add a judge by user id and saves the whole panel', async () => {
    signIn(['ORGANIZER'])
    const changed = vi.fn()
    fetchMock.mockImplementation(async (_url: string, init: RequestInit = {}) =>
      jsonResponse(200, {
        roundId: 4,
        judges: [JIA, { ...JIA, id: 4, displayName: 'Jonas', load: 0 }],
        ...JSON.parse(String(init.body ?? '{}')),
      }),
    )
    const { root } = await render(changed)
    expect(root.textContent).toContain('Or add a judge by user ID')
    expect(root.textContent).toContain('4 assigned')

    await type(getByLabelText(root, 'Judge user ID'), 'x1')
    getByRole(root, 'button', 'Add judge').click()
    await vi.waitFor(
      () => expect(fieldErrorText(root, 'Judge user ID')).toBe('Enter a user ID (a whole number).'),
      WAIT,
    )
    expect(fetchMock).not.toHaveBeenCalled()

    await type(getByLabelText(root, 'Judge user ID'), '4')
    getByRole(root, 'button', 'Add judge').click()
    await vi.waitFor(() => expect(changed).toHaveBeenCalled(), WAIT)
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit]
    expect(url).toBe('/api/rounds/4/panel')
    expect(init.method).toBe('PUT')
    expect(JSON.parse(String(init.body))).toEqual({ judgeIds: [3, 4] })
  })

  it('shows why the server refused a judge under the id field', async () => {
    signIn(['ORGANIZER'])
    fetchMock.mockResolvedValue(
      jsonResponse(400, {
        status: 400,
        title: 'Invalid request',
        detail: 'Only people with the JUDGE role can sit on a panel',
        errors: [{ field: 'judgeIds', message: 'user 12 is not a judge' }],
      }),
    )
    const { root } = await render()
    await type(getByLabelText(root, 'Judge user ID'), '12')
    getByRole(root, 'button', 'Add judge').click()
    await vi.waitFor(() => expect(fieldErrorText(root, 'Judge user ID')).toBe('user 12 is not a judge'), WAIT)
  })

  it('offers organizers a search over the judge directory', async () => {
    signIn(['ORGANIZER'])
    const { root } = await render()
    expect(getByLabelText(root, 'Find a judge')).toBeTruthy()
  })

  it('offers administrators only the search', async () => {
    signIn(['ORGANIZER', 'ADMIN'])
    const { root } = await render()
    expect(getByLabelText(root, 'Find a judge')).toBeTruthy()
    expect(() => getByLabelText(root, 'Judge user ID')).toThrow()
  })
})
