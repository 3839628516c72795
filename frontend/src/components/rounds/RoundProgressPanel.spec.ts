import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { ElMessage, ElMessageBox } from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import RoundProgressPanel from './RoundProgressPanel.vue'
import type { EntryProgressPage, JudgeProgress, ProgressSummary } from '@/api/judging'
import { useAuthStore } from '@/stores/auth'
import { mountComponent } from '@/test/mountComponent'
import { getByRole, jsonResponse } from '@/test/dom'

const WAIT = { timeout: 5000 }

const SUMMARY: ProgressSummary = {
  roundId: 4,
  assigned: 9,
  drafted: 1,
  submitted: 5,
  judges: 3,
  judgesBehind: 2,
  entries: 120,
  entriesMissing: 60,
  scoringClosesAt: '2030-06-25T01:00:00Z',
  canRemind: true,
}

const JUDGES: JudgeProgress[] = [
  { judgeId: 3, displayName: 'Jia', assigned: 4, drafted: 1, submitted: 2 },
  { judgeId: 5, displayName: 'Bo', assigned: 3, drafted: 0, submitted: 3 },
  { judgeId: 6, displayName: 'Cy', assigned: 2, drafted: 0, submitted: 0 },
]

const ENTRIES: EntryProgressPage = {
  items: [
    { entryId: 11, title: 'Solar paint', assigned: 2, submitted: 1, categoryId: 7, pendingJudgeIds: [6] },
    { entryId: 12, title: 'Tidal kite', assigned: 0, submitted: 0, categoryId: null, pendingJudgeIds: [] },
  ],
  total: 60,
  missing: 60,
  complete: 60,
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
    fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
      if (url.startsWith('/api/rounds/4/progress/summary')) return jsonResponse(200, SUMMARY)
      if (url.startsWith('/api/rounds/4/progress/judges')) return jsonResponse(200, { items: JUDGES, total: 3 })
      if (url.startsWith('/api/rounds/4/progress/entries')) return jsonResponse(200, ENTRIES)
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
    vi.useRealTimers()
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  const urls = () => fetchMock.mock.calls.map((call) => String(call[0]))
  const entryUrls = () => urls().filter((u) => u.includes('/progress/entries'))

  async function render(summary: ProgressSummary = SUMMARY) {
    fetchMock.mockImplementationOnce(async () => jsonResponse(200, summary))
    const mounted = mountComponent(RoundProgressPanel, { roundId: 4, categoryNames: { 7: 'Energy' } })
    wrapper = mounted.wrapper
    await vi.waitFor(() => expect(mounted.root.textContent).toContain('Solar paint'), WAIT)
    return mounted.root
  }

  it('asks the server for one page of entries still missing scores, most missing first', async () => {
    const root = await render()
    expect(root.textContent).toContain('5 of 9 scorecards submitted')
    expect(root.textContent).toContain('2 of 3 judges behind · 60 of 120 entries missing scores')
    expect(root.textContent).toContain('Scoring deadline:')
    expect(entryUrls()[0]).toBe('/api/rounds/4/progress/entries?page=0&size=25&status=MISSING&sort=missing')
    // Who is still awaited, by name; an entry without judges says so; categories under titles.
    expect(root.textContent).toContain('Cy')
    expect(root.textContent).toContain('No judge assigned')
    expect(root.textContent).toContain('Energy')
    expect(root.textContent).toContain('Missing scores (60)')
    expect(root.querySelector('.el-pagination')?.textContent).toContain('60')
  })

  it('filters by status and goes to the next page on the server', async () => {
    const root = await render()
    const all = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((radio) =>
      radio.closest('label')?.textContent?.trim().startsWith('All'),
    )
    all?.click()
    await vi.waitFor(
      () => expect(entryUrls().at(-1)).toBe('/api/rounds/4/progress/entries?page=0&size=25&sort=missing'),
      WAIT,
    )
    const next = root.querySelector<HTMLButtonElement>('.el-pagination .btn-next')
    next?.click()
    await vi.waitFor(() => expect(entryUrls().at(-1)).toContain('page=1&size=25'), WAIT)
  })

  it('searches entries after a pause in typing', async () => {
    const root = await render()
    const search = root.querySelector<HTMLInputElement>('input[aria-label="Search entries"]')!
    search.value = 'kite'
    search.dispatchEvent(new Event('input'))
    await vi.waitFor(() => expect(entryUrls().at(-1)).toContain('q=kite'), WAIT)
  })

  it('reminds one late judge after confirming, and all of them at once', async () => {
    const onReminded = vi.fn()
    fetchMock.mockImplementationOnce(async () => jsonResponse(200, SUMMARY))
    const mounted = mountComponent(RoundProgressPanel, { roundId: 4, onReminded })
    wrapper = mounted.wrapper
    const root = mounted.root
    await vi.waitFor(() => expect(root.textContent).toContain('Jia'), WAIT)
    // Bo has submitted everything: no button for Bo.
    expect(() => getByRole(root, 'button', 'Remind Bo')).toThrow()
    getByRole(root, 'button', 'Remind Jia').click()
    await vi.waitFor(() => expect(urls().some((u) => u.endsWith('/reminders'))).toBe(true), WAIT)
    expect(confirm.mock.calls[0]?.[0]).toContain('Jia will get an email and an in-app notification')
    const call = fetchMock.mock.calls.find((c) => String(c[0]).endsWith('/reminders')) as [string, RequestInit]
    expect(JSON.parse(String(call[1].body))).toEqual({ judgeIds: [3] })
    await vi.waitFor(() => expect(success).toHaveBeenCalledWith('Jia has been reminded.'), WAIT)
    expect(onReminded).toHaveBeenCalled()

    getByRole(root, 'button', 'Remind all late judges').click()
    await vi.waitFor(() => expect(success).toHaveBeenCalledWith('2 judges have been reminded.'), WAIT)
    expect(confirm.mock.calls[1]?.[0]).toContain('All 2 judges with scorecards still to submit')
  })

  it('offers no reminders when the server does not allow them', async () => {
    const root = await render({ ...SUMMARY, canRemind: false, scoringClosesAt: null })
    await flushPromises()
    expect(root.textContent).toContain('Jia')
    expect(root.textContent).not.toContain('Remind all late judges')
    expect(() => getByRole(root, 'button', 'Remind Jia')).toThrow()
    expect(root.textContent).not.toContain('Scoring deadline:')
  })
})
