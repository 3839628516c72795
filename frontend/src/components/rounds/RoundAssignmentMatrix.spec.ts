import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ElMessageBox } from 'element-plus'
import RoundAssignmentMatrix from './RoundAssignmentMatrix.vue'
import type { AssignmentMatrix, AssignmentPage, JudgeSummary, MatrixEntry } from '@/api/judging'
import { useAuthStore } from '@/stores/auth'
import { mountComponent } from '@/test/mountComponent'
import { getByRole, jsonResponse } from '@/test/dom'

const WAIT = { timeout: 5000 }

const JUDGES: JudgeSummary[] = [
  { id: 3, displayName: 'Jia', email: 'jia@x.example', organization: null, load: 2 },
  { id: 5, displayName: 'Bo', email: 'bo@x.example', organization: null, load: 1 },
]

const ROWS: MatrixEntry[] = [
  { entryId: 11, title: 'Solar paint', categoryId: 7, judgeIds: [3, 5], conflicts: [], missing: 0 },
  {
    entryId: 12,
    title: 'Tidal kite',
    categoryId: 8,
    judgeIds: [3],
    conflicts: [{ judgeId: 5, reason: 'Mentor', source: 'ORGANIZER' }],
    missing: 1,
  },
]

const MATRIX: AssignmentMatrix = {
  roundId: 4,
  judgesPerEntry: 2,
  judges: JUDGES,
  entries: ROWS,
  minLoad: 1,
  maxLoad: 2,
}

const PAGE: AssignmentPage = {
  roundId: 4,
  judgesPerEntry: 2,
  judges: JUDGES,
  items: ROWS,
  total: 600,
  minLoad: 1,
  maxLoad: 2,
  entries: 600,
  entriesMissing: 40,
  judgesMissing: 55,
}

describe('RoundAssignmentMatrix', () => {
  let wrapper: VueWrapper | undefined
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    useAuthStore().setTokens('a', 'r')
    fetchMock = vi.fn(async (url: string) => {
      if (url.startsWith('/api/rounds/4/assignments/entries')) return jsonResponse(200, PAGE)
      if (url === '/api/rounds/4/bidding')
        return jsonResponse(200, { roundId: 4, open: true, bids: 9, judgesBidding: 2 })
      if (url.startsWith('/api/rounds/4/assignments/auto')) {
        return jsonResponse(200, { added: 3, shortfalls: {}, matrix: MATRIX })
      }
      if (url === '/api/rounds/4/assignments/12/affinity') {
        return jsonResponse(200, { entryId: 12, title: 'Tidal kite', topics: [], judges: [] })
      }
      return jsonResponse(200, MATRIX)
    })
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  const pageUrls = () =>
    fetchMock.mock.calls.map((call) => String(call[0])).filter((u) => u.includes('/assignments/entries'))

  async function render(onUpdate = vi.fn()) {
    const mounted = mountComponent(RoundAssignmentMatrix, {
      roundId: 4,
      matrix: MATRIX,
      categoryNames: { 7: 'Energy', 8: 'Water' },
      'onUpdate:matrix': onUpdate,
    })
    wrapper = mounted.wrapper
    await vi.waitFor(() => expect(mounted.root.textContent).toContain('Tidal kite'), WAIT)
    return mounted.root
  }

  it('shows one server page of rows with judge counts and round-wide gaps', async () => {
    const root = await render()
    expect(pageUrls()[0]).toBe('/api/rounds/4/assignments/entries?page=0&size=25&sort=entry')
    expect(root.textContent).toContain('40 entries still need judges (55 missing).')
    expect(getByRole(root, 'button', 'Jia · Tidal kite: assigned').getAttribute('aria-pressed')).toBe('true')
    expect(root.querySelector('[aria-label="1 of 2 judges"]')?.textContent).toBe('1 / 2')
    expect(root.querySelector('.el-pagination')?.textContent).toContain('600')
  })

  it('asks the server for entries missing judges only', async () => {
    const root = await render()
    const missing = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((box) =>
      box.closest('label')?.textContent?.includes('Missing judges only'),
    )
    missing!.click()
    await vi.waitFor(() => expect(pageUrls().at(-1)).toContain('missing=true'), WAIT)
  })

  it('narrows the columns to the judges picked in the load summary', async () => {
    const root = await render()
    expect(root.querySelectorAll('thead th')).toHaveLength(4)
    const chip = [...root.querySelectorAll<HTMLButtonElement>('button[aria-pressed]')].find((b) =>
      b.textContent?.includes('Bo'),
    )!
    chip.click()
    await vi.waitFor(() => expect(root.querySelectorAll('thead th')).toHaveLength(3), WAIT)
    expect(root.querySelector('thead')?.textContent).not.toContain('Jia')
  })

  it('assigns by clicking a cell and hands the new matrix up', async () => {
    const onUpdate = vi.fn()
    const root = await render(onUpdate)
    getByRole(root, 'button', 'Bo · Solar paint: assigned').click()
    await vi.waitFor(() => expect(onUpdate).toHaveBeenCalledWith(MATRIX), WAIT)
    const call = fetchMock.mock.calls.find((c) => String(c[0]) === '/api/rounds/4/assignments/11/5')
    expect((call?.[1] as RequestInit).method).toBe('DELETE')
  })

  it('shows the bidding switch with its counts', async () => {
    const root = await render()
    await vi.waitFor(
      () => expect(root.querySelector('[data-testid="bidding-counts"]')?.textContent).toContain('Bids: 9'),
      WAIT,
    )
    expect(root.textContent).toContain('Bidding open')
  })

  it('assigns by expertise after a yes, replacing unscored automatic assignments', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    const onUpdate = vi.fn()
    const root = await render(onUpdate)
    getByRole(root, 'button', 'Assign by expertise').click()
    await vi.waitFor(() => expect(onUpdate).toHaveBeenCalledWith(MATRIX), WAIT)
    expect(String(confirm.mock.calls[0]![0])).toContain('made by hand')
    const call = fetchMock.mock.calls.find((c) => String(c[0]).startsWith('/api/rounds/4/assignments/auto'))
    expect(String(call?.[0])).toBe('/api/rounds/4/assignments/auto?replace=true')
    expect((call?.[1] as RequestInit).method).toBe('POST')
  })

  it('changes nothing when the organizer does not confirm assigning by expertise', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    const root = await render()
    getByRole(root, 'button', 'Assign by expertise').click()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(fetchMock.mock.calls.some((c) => String(c[0]).includes('/assignments/auto'))).toBe(false)
  })

  it('explains an entry’s judges in a drawer', async () => {
    const root = await render()
    getByRole(root, 'button', 'Why these judges for Tidal kite?').click()
    await vi.waitFor(
      () =>
        expect(fetchMock.mock.calls.some((c) => String(c[0]) === '/api/rounds/4/assignments/12/affinity')).toBe(true),
      WAIT,
    )
    await vi.waitFor(() => expect(document.body.textContent).toContain('Why these judges? Tidal kite'), WAIT)
  })

  it('lists entries as cards on a phone, with their judges and conflicts', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({ matches: true, media: query, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList,
    )
    const root = await render()
    expect(root.querySelector('table')).toBeNull()
    const card = [...root.querySelectorAll('li')].find((li) => li.textContent?.includes('Tidal kite'))!
    expect(card.textContent).toContain('Jia')
    expect(card.textContent).toContain('Bo')
    expect(card.querySelector('input[aria-label="Add a judge to Tidal kite"]')).toBeNull()
    expect(root.querySelector('input[aria-label="Add a judge to Solar paint"]')).toBeNull()
  })
})
