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
    language: 'en',
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

  it('invites a judge by email onto the panel and reports what happened', async () => {
    signIn(['ORGANIZER'])
    const changed = vi.fn()
    fetchMock.mockResolvedValue(
      jsonResponse(200, {
        judgeId: 4,
        outcome: 'CREATED',
        panel: { roundId: 4, judges: [JIA, { ...JIA, id: 4, displayName: 'Jonas', load: 0 }] },
      }),
    )
    const { root } = await render(changed)
    expect(root.textContent).toContain('4 assigned')

    getByRole(root, 'button', 'Invite').click()
    await vi.waitFor(() => expect(fieldErrorText(root, 'Judge’s email')).toBe('Please enter your email.'), WAIT)
    expect(fetchMock).not.toHaveBeenCalled()

    await type(getByLabelText(root, 'Judge’s email'), ' jonas@example.org ')
    await type(getByLabelText(root, 'Name (for a new account)'), 'Jonas')
    getByRole(root, 'button', 'Invite').click()
    await vi.waitFor(() => expect(changed).toHaveBeenCalled(), WAIT)
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit]
    expect(url).toBe('/api/rounds/4/panel/invitations')
    expect(init.method).toBe('POST')
    expect(JSON.parse(String(init.body))).toEqual({ email: 'jonas@example.org', displayName: 'Jonas' })
    expect(document.body.textContent).toContain('Invitation sent to jonas@example.org')
  })

  it('shows why the server refused an invitation under its field', async () => {
    signIn(['ORGANIZER'])
    fetchMock.mockResolvedValue(
      jsonResponse(400, {
        status: 400,
        title: 'Invalid request',
        detail: "No account uses new@example.org yet: give the new judge's name.",
        errors: [{ field: 'displayName', message: "No account uses new@example.org yet: give the new judge's name." }],
      }),
    )
    const { root } = await render()
    await type(getByLabelText(root, 'Judge’s email'), 'new@example.org')
    getByRole(root, 'button', 'Invite').click()
    await vi.waitFor(
      () => expect(fieldErrorText(root, 'Name (for a new account)')).toContain('give the new judge'),
      WAIT,
    )
  })

  it('offers organizers a search over the judge directory', async () => {
    signIn(['ORGANIZER'])
    const { root } = await render()
    expect(getByLabelText(root, 'Find a judge')).toBeTruthy()
  })

  it('offers administrators the search and the invitation too', async () => {
    signIn(['ORGANIZER', 'ADMIN'])
    const { root } = await render()
    expect(getByLabelText(root, 'Find a judge')).toBeTruthy()
    expect(getByLabelText(root, 'Judge’s email')).toBeTruthy()
  })

  it('lists the first eight judges of a large panel until asked for all', async () => {
    const panel = Array.from({ length: 40 }, (_, i) => ({ ...JIA, id: 100 + i, displayName: `Judge ${i + 1}` }))
    const mounted = mountComponent(RoundPanelEditor, { roundId: 4, judges: panel })
    wrapper = mounted.wrapper
    await flushPromises()
    const listed = () => mounted.root.querySelectorAll('.round-panel-editor__judge').length
    expect(listed()).toBe(8)
    const more = [...mounted.root.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Show all 40 judges'),
    )!
    more.click()
    await flushPromises()
    expect(listed()).toBe(40)
  })
})
