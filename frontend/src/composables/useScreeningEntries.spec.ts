import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { useScreeningEntries } from './useScreeningEntries'

const listProgramEntries = vi.fn()
const getScreeningCounts = vi.fn()
vi.mock('@/api/screening', () => ({
  listProgramEntries: (...args: unknown[]) => listProgramEntries(...args),
  getScreeningCounts: (...args: unknown[]) => getScreeningCounts(...args),
}))

describe('useScreeningEntries', () => {
  const scope = effectScope()

  beforeEach(() => {
    vi.useFakeTimers()
    listProgramEntries.mockReset()
    listProgramEntries.mockResolvedValue({ items: [], total: 0 })
    getScreeningCounts.mockReset()
    getScreeningCounts.mockResolvedValue({ items: [], total: 0 })
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  function setup() {
    return scope.run(() => useScreeningEntries(ref(5)))!
  }

  const lastQuery = () => listProgramEntries.mock.calls.at(-1)![1]

  it('sends the sort and goes back to the first page when the sort changes', async () => {
    const list = setup()
    list.onPageChange(3)
    await flushPromises()
    expect(lastQuery()).toMatchObject({ page: 2, size: 20, sort: 'submittedAt,desc' })

    list.onSortChange({ prop: 'title', order: 'ascending' })
    await flushPromises()
    expect(list.page.value).toBe(1)
    expect(lastQuery()).toMatchObject({ page: 0, sort: 'title,asc' })

    list.onSortChange({ prop: null, order: null })
    await flushPromises()
    expect(lastQuery()).toMatchObject({ sort: 'submittedAt,desc' })
  })

  it('searches after a pause in typing', async () => {
    const list = setup()
    list.filters.q = 'solar'
    await nextTick()
    expect(listProgramEntries).not.toHaveBeenCalled()
    vi.advanceTimersByTime(350)
    await flushPromises()
    expect(lastQuery()).toMatchObject({ q: 'solar', page: 0 })
  })

  it('keeps only the answer to the latest request', async () => {
    let answerFirst: (value: unknown) => void = () => {}
    listProgramEntries.mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve)))
    listProgramEntries.mockResolvedValueOnce({ items: [{ id: 2 }], total: 1 })
    const list = setup()
    void list.load()
    await list.load()
    answerFirst({ items: [{ id: 1 }], total: 9 })
    await flushPromises()
    expect(list.total.value).toBe(1)
    expect(list.loading.value).toBe(false)
  })

  it('loads the per-status counts with the same filters as the rows', async () => {
    getScreeningCounts.mockResolvedValue({ items: [{ status: 'SUBMITTED', count: 412 }], total: 412 })
    const list = setup()
    list.filters.categoryId = 7
    list.filters.q = 'solar'
    list.searchNow()
    await flushPromises()
    expect(getScreeningCounts.mock.calls.at(-1)![0]).toBe(5)
    expect(getScreeningCounts.mock.calls.at(-1)![1]).toMatchObject({ categoryId: 7, q: 'solar' })
    expect(list.counts.value?.total).toBe(412)
  })

  it('turns the page and resolves once the new rows are in', async () => {
    listProgramEntries.mockResolvedValue({ items: [{ id: 21 }], total: 40 })
    const list = setup()
    await list.onPageChange(2)
    expect(list.page.value).toBe(2)
    expect(list.rows.value[0]?.id).toBe(21)
  })
})
