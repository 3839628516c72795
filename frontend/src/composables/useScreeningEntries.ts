import { onBeforeUnmount, reactive, ref, watch, type Ref } from 'vue'
import { isApiError } from '@/api/http'
import type { EntryStatus } from '@/api/entries'
import { getScreeningCounts, listProgramEntries, type ScreeningCounts, type ScreeningRow } from '@/api/screening'

export type SortChange = { prop: string | null; order: 'ascending' | 'descending' | null }

const DEFAULT_SORT = 'submittedAt,desc'

/**
 * The screening list of one program: filters, sort and page, and the rows the server returned for
 * them. The search box waits for a pause in typing; an answer to an older request is dropped.
 */
export function useScreeningEntries(programId: Ref<number>) {
  const filters = reactive({ status: null as EntryStatus | null, categoryId: null as number | null, q: '' })
  const sort = ref(DEFAULT_SORT)
  const page = ref(1)
  const pageSize = ref(20)
  const rows = ref<ScreeningRow[]>([])
  const total = ref(0)
  /** Per status, for the same category and text filters: the tabs' numbers. */
  const counts = ref<ScreeningCounts | null>(null)
  const loading = ref(false)
  const loadError = ref<string | null>(null)

  let seq = 0
  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    loadError.value = null
    try {
      const [result, perStatus] = await Promise.all([
        listProgramEntries(programId.value, {
          ...filters,
          sort: sort.value,
          page: page.value - 1,
          size: pageSize.value,
        }),
        getScreeningCounts(programId.value, filters),
      ])
      if (mine !== seq) return
      rows.value = result.items
      total.value = result.total
      counts.value = perStatus
    } catch (error) {
      if (mine !== seq) return
      loadError.value = isApiError(error) ? error.detail : String(error)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function refilter(): void {
    page.value = 1
    void load()
  }

  let searchTimer: ReturnType<typeof setTimeout> | undefined
  watch(
    () => filters.q,
    () => {
      clearTimeout(searchTimer)
      searchTimer = setTimeout(refilter, 350)
    },
  )
  onBeforeUnmount(() => clearTimeout(searchTimer))

  function searchNow(): void {
    clearTimeout(searchTimer)
    refilter()
  }

  function onSortChange({ prop, order }: SortChange): void {
    sort.value = prop && order ? `${prop},${order === 'ascending' ? 'asc' : 'desc'}` : DEFAULT_SORT
    refilter()
  }

  function onPageChange(next: number): Promise<void> {
    page.value = next
    return load()
  }

  function onSizeChange(next: number): void {
    pageSize.value = next
    refilter()
  }

  return {
    filters,
    page,
    pageSize,
    rows,
    total,
    counts,
    loading,
    loadError,
    load,
    refilter,
    searchNow,
    onSortChange,
    onPageChange,
    onSizeChange,
  }
}
