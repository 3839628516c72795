import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import RoundAssignmentConflictDialog from './RoundAssignmentConflictDialog.vue'
import type { AssignmentMatrix } from '@/api/judging'
import { useAuthStore } from '@/stores/auth'
import { mountComponent } from '@/test/mountComponent'
import { getByRole, jsonResponse, type } from '@/test/dom'

/** Opens an Element Plus select and clicks the option with that text. */
async function pick(root: HTMLElement, selector: string, option: string): Promise<void> {
  root
    .querySelector<HTMLElement>(selector)!
    .closest<HTMLElement>('.el-select')!
    .querySelector<HTMLElement>('.el-select__wrapper')!
    .click()
  await flushPromises()
  const item = [...root.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find(
    (li) => li.textContent?.trim() === option,
  )
  item!.click()
  await flushPromises()
}

const MATRIX: AssignmentMatrix = {
  roundId: 4,
  judgesPerEntry: 2,
  judges: [{ id: 5, displayName: 'Bo', email: 'bo@x.example', organization: null, load: 1 }],
  entries: [{ entryId: 12, title: 'Tidal kite', categoryId: null, judgeIds: [], conflicts: [], missing: 2 }],
  minLoad: 0,
  maxLoad: 1,
}

describe('RoundAssignmentConflictDialog', () => {
  let wrapper: VueWrapper | undefined
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    useAuthStore().setTokens('a', 'r')
    fetchMock = vi.fn(async () => jsonResponse(200, MATRIX))
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('refuses to save without an entry, a judge and a reason', async () => {
    const mounted = mountComponent(RoundAssignmentConflictDialog, { modelValue: true, roundId: 4, matrix: MATRIX })
    wrapper = mounted.wrapper
    await flushPromises()
    getByRole(mounted.root, 'button', 'Record conflict').click()
    await vi.waitFor(() => expect(mounted.root.querySelector('.el-form-item__error')?.textContent).toBeTruthy())
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('records the conflict, hands the new matrix up and closes', async () => {
    const onRecorded = vi.fn()
    const onOpen = vi.fn()
    const mounted = mountComponent(RoundAssignmentConflictDialog, {
      modelValue: true,
      roundId: 4,
      matrix: MATRIX,
      onRecorded,
      'onUpdate:modelValue': onOpen,
    })
    wrapper = mounted.wrapper
    await flushPromises()
    await pick(mounted.root, '#conflict-entry', 'Tidal kite')
    await pick(mounted.root, '#conflict-judge', 'Bo')
    await type(mounted.root.querySelector<HTMLInputElement>('#conflict-reason')!, ' Former student ')
    getByRole(mounted.root, 'button', 'Record conflict').click()
    await vi.waitFor(() => expect(onRecorded).toHaveBeenCalledWith(MATRIX))
    expect(onOpen).toHaveBeenCalledWith(false)
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit]
    expect(url).toBe('/api/rounds/4/conflicts')
    expect(JSON.parse(String(init.body))).toEqual({ entryId: 12, judgeId: 5, reason: 'Former student' })
  })
})
