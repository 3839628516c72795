import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { ElMessage, ElMessageBox } from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import RoundProgressPanel from './RoundProgressPanel.vue'
import type { ProgressView } from '@/api/judging'
import { useAuthStore } from '@/stores/auth'
import { mountComponent } from '@/test/mountComponent'
import { getByRole, jsonResponse } from '@/test/dom'

const WAIT = { timeout: 5000 }

const PROGRESS: ProgressView = {
  roundId: 4,
  judges: [
    { judgeId: 3, displayName: 'Jia', assigned: 4, drafted: 1, submitted: 2 },
    { judgeId: 5, displayName: 'Bo', assigned: 3, drafted: 0, submitted: 3 },
    { judgeId: 6, displayName: 'Cy', assigned: 2, drafted: 0, submitted: 0 },
  ],
  entries: [],
  scoringClosesAt: '2030-06-25T01:00:00Z',
  canRemind: true,
}

describe('RoundProgressPanel', () => {
  let wrapper: VueWrapper | undefined
  let fetchMock: ReturnType<typeof vi.fn>
  let confirm: ReturnType<typeof vi.spyOn>
  let success: ReturnType<typeof vi.spyOn>

  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    useAuthStore().setTokens('a', 'r')
    fetchMock = vi.fn(async (_url: string, init: RequestInit = {}) => {
      const body = JSON.parse(String(init.body ?? '{}')) as { judgeIds?: number[] }
      return jsonResponse(202, { roundId: 4, reminded: body.judgeIds ?? [3, 6], skipped: [] })
    })
    vi.stubGlobal('fetch', fetchMock)
    confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    success = vi.spyOn(ElMessage, 'success').mockImplementation((() => undefined) as never)
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  function render(progress: ProgressView = PROGRESS, onReminded = vi.fn()) {
    const mounted = mountComponent(RoundProgressPanel, { progress, onReminded })
    wrapper = mounted.wrapper
    return { root: mounted.root, onReminded }
  }

  it('lists late judges with the deadline and reminds one after confirming', async () => {
    const { root, onReminded } = render()
    expect(root.textContent).toContain('Jia: 2 still to submit')
    expect(root.textContent).toContain('Cy: 2 still to submit')
    expect(root.textContent).not.toContain('Bo: 0')
    expect(root.textContent).toContain('Scoring deadline:')

    getByRole(root, 'button', 'Remind Jia').click()
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled(), WAIT)
    expect(confirm.mock.calls[0]?.[0]).toContain('Jia will get an email and an in-app notification')
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit]
    expect(url).toBe('/api/rounds/4/reminders')
    expect(init.method).toBe('POST')
    expect(JSON.parse(String(init.body))).toEqual({ judgeIds: [3] })
    await vi.waitFor(() => expect(success).toHaveBeenCalledWith('Jia has been reminded.'), WAIT)
    expect(onReminded).toHaveBeenCalled()
  })

  it('reminds all late judges at once', async () => {
    const { root } = render()
    getByRole(root, 'button', 'Remind all late judges').click()
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled(), WAIT)
    expect(confirm.mock.calls[0]?.[0]).toContain('All 2 judges with scorecards still to submit')
    expect(JSON.parse(String((fetchMock.mock.calls[0] as [string, RequestInit])[1].body))).toEqual({})
    await vi.waitFor(() => expect(success).toHaveBeenCalledWith('2 judges have been reminded.'), WAIT)
  })

  it('sends nothing when the organizer cancels', async () => {
    confirm.mockRejectedValue('cancel')
    const { root } = render()
    getByRole(root, 'button', 'Remind Cy').click()
    await flushPromises()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('offers no reminders when the server does not allow them', () => {
    const { root } = render({ ...PROGRESS, canRemind: false, scoringClosesAt: null })
    expect(root.textContent).toContain('Jia: 2 still to submit')
    expect(root.querySelector('button')).toBeNull()
    expect(root.textContent).not.toContain('Scoring deadline:')
  })
})
