import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import type { ScreeningRow } from '@/api/screening'
import { useScreeningDrawer } from './useScreeningDrawer'

const row = (id: number) => ({ id, title: `Entry ${id}` }) as ScreeningRow

describe('useScreeningDrawer', () => {
  function setup() {
    const rows = ref([row(1), row(2)])
    const page = ref(1)
    const onPageChange = vi.fn(async (next: number) => {
      page.value = next
      rows.value = next === 2 ? [row(3)] : [row(1), row(2)]
    })
    const drawer = useScreeningDrawer({ rows, page, pageSize: ref(2), total: ref(3), onPageChange })
    return { drawer, onPageChange }
  }

  it('opens an entry and places it in the whole list', () => {
    const { drawer } = setup()
    drawer.openEntry(row(2))
    expect(drawer.open.value).toBe(true)
    expect(drawer.position.value).toEqual({ index: 2, total: 3 })
  })

  it('turns the page past its last row, and stops at the end of the list', async () => {
    const { drawer, onPageChange } = setup()
    drawer.openEntry(row(2))
    await drawer.step(1)
    expect(onPageChange).toHaveBeenCalledWith(2)
    expect(drawer.entryId.value).toBe(3)
    expect(drawer.position.value).toEqual({ index: 3, total: 3 })
    await drawer.step(1)
    expect(onPageChange).toHaveBeenCalledOnce()
    await drawer.step(-1)
    expect(drawer.entryId.value).toBe(2)
  })
})
