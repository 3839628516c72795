import { beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, reactive, ref } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { ApiError } from '@/api/http'
import type { ScreeningRow } from '@/api/screening'
import { useBulkEligibility } from './useBulkEligibility'

const previewEligibilityMatching = vi.fn()
const setEligibilityMatching = vi.fn()
const setEligibilityBulk = vi.fn()
vi.mock('@/api/screening', () => ({
  previewEligibilityMatching: (...args: unknown[]) => previewEligibilityMatching(...args),
  setEligibilityMatching: (...args: unknown[]) => setEligibilityMatching(...args),
  setEligibilityBulk: (...args: unknown[]) => setEligibilityBulk(...args),
}))

const { confirm, message } = vi.hoisted(() => ({
  confirm: vi.fn(),
  message: { info: vi.fn(), warning: vi.fn(), error: vi.fn() },
}))
vi.mock('element-plus', () => ({ ElMessageBox: { confirm }, ElMessage: message }))

vi.mock('vue-i18n', () => ({ useI18n: () => ({ t: (key: string) => key }) }))

const PREVIEW = { matching: 2, changed: 2, unchanged: 0, refused: 0, selection: 'abc123', items: [] }
const REPORT = {
  ...PREVIEW,
  items: [
    { entryId: 1, title: 'Solar paint', outcome: 'CHANGED' },
    { entryId: 2, title: null, outcome: 'CHANGED' },
  ],
}

describe('useBulkEligibility', () => {
  const reload = vi.fn(async () => {})
  const clearSelection = vi.fn()
  const filters = reactive({ status: null, categoryId: 7, q: 'kite' })

  beforeEach(() => {
    vi.clearAllMocks()
    previewEligibilityMatching.mockResolvedValue(PREVIEW)
    setEligibilityMatching.mockResolvedValue(REPORT)
    setEligibilityBulk.mockResolvedValue(REPORT)
    confirm.mockResolvedValue('confirm')
  })

  function setup(selection: ScreeningRow[] = []) {
    return effectScope().run(() =>
      useBulkEligibility(ref(5), filters, { selection: ref(selection), clearSelection, reload }),
    )!
  }

  it('decides everything matching with the selection it previewed, then reports and reloads', async () => {
    const bulk = setup()
    bulk.askMatching(true)
    expect(bulk.busy.value).toBe('eligible')
    await flushPromises()
    expect(previewEligibilityMatching).toHaveBeenCalledWith(5, filters, true, undefined)
    expect(confirm).toHaveBeenCalledOnce()
    expect(setEligibilityMatching).toHaveBeenCalledWith(5, filters, true, PREVIEW, undefined)
    expect(bulk.outcomeTitles.value).toEqual({ 1: 'Solar paint', 2: '#2' })
    expect(bulk.outcomesOpen.value).toBe(true)
    expect(reload).toHaveBeenCalledOnce()
    expect(bulk.busy.value).toBeNull()
  })

  it('asks for a reason before deciding the matching entries ineligible', async () => {
    const bulk = setup()
    bulk.askMatching(false)
    expect(bulk.reasonOpen.value).toBe(true)
    expect(previewEligibilityMatching).not.toHaveBeenCalled()
    bulk.onReason('Late')
    await flushPromises()
    expect(setEligibilityMatching).toHaveBeenCalledWith(5, filters, false, PREVIEW, 'Late')
    expect(bulk.reasonOpen.value).toBe(false)
    expect(bulk.matchingPending.value).toBe(false)
  })

  it('changes nothing when the organizer declines or nothing matches', async () => {
    confirm.mockRejectedValueOnce('cancel')
    const bulk = setup()
    bulk.askMatching(true)
    await flushPromises()
    previewEligibilityMatching.mockResolvedValueOnce({ ...PREVIEW, matching: 0 })
    bulk.askMatching(true)
    await flushPromises()
    expect(message.info).toHaveBeenCalledWith('screening.matchingNone')
    expect(setEligibilityMatching).not.toHaveBeenCalled()
  })

  it('warns and reloads when the matching entries changed since the preview', async () => {
    setEligibilityMatching.mockRejectedValueOnce(
      new ApiError({ status: 409, type: 'https://laurel.example/problems/selection-changed', title: 'Changed' }),
    )
    const bulk = setup()
    bulk.askMatching(true)
    await flushPromises()
    expect(message.warning).toHaveBeenCalledWith('screening.matchingChanged')
    expect(reload).toHaveBeenCalledOnce()
    expect(bulk.outcomesOpen.value).toBe(false)
  })

  it('decides the ticked rows, clears them and reloads', async () => {
    const bulk = setup([{ id: 1, title: 'Solar paint' } as ScreeningRow])
    await bulk.bulk(true)
    expect(setEligibilityBulk).toHaveBeenCalledWith(5, [1], true, undefined)
    expect(clearSelection).toHaveBeenCalledOnce()
    expect(reload).toHaveBeenCalledOnce()
  })
})
