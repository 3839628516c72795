import { computed, ref, type Ref } from 'vue'
import type { ScreeningRow } from '@/api/screening'

/**
 * The entry drawer over the screening list: which entry is open, where it stands in the whole
 * filtered list, and stepping to the previous or next entry, turning the page at its edge.
 */
export function useScreeningDrawer(list: {
  rows: Ref<ScreeningRow[]>
  page: Ref<number>
  pageSize: Ref<number>
  total: Ref<number>
  onPageChange: (page: number) => Promise<void>
}) {
  const { rows, page, pageSize, total } = list
  const open = ref(false)
  const entryId = ref<number | null>(null)

  /** Where the open entry stands in the whole filtered, sorted list (across pages). */
  const position = computed(() => {
    const i = rows.value.findIndex((r) => r.id === entryId.value)
    return i < 0 ? null : { index: (page.value - 1) * pageSize.value + i + 1, total: total.value }
  })

  function openEntry(row: ScreeningRow): void {
    entryId.value = row.id
    open.value = true
  }

  async function step(by: 1 | -1): Promise<void> {
    const i = rows.value.findIndex((r) => r.id === entryId.value)
    if (i < 0) return
    const next = rows.value[i + by]
    if (next) {
      entryId.value = next.id
      return
    }
    // Past the page's edge: the table turns the page with the drawer.
    const target = page.value + by
    if (target < 1 || (page.value - 1 + by) * pageSize.value >= total.value) return
    await list.onPageChange(target)
    const row = by === 1 ? rows.value[0] : rows.value[rows.value.length - 1]
    if (row) entryId.value = row.id
  }

  return { open, entryId, position, openEntry, step }
}
