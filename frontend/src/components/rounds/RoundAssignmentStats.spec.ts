import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import RoundAssignmentStats from './RoundAssignmentStats.vue'
import type { AssignmentMatrix, AssignmentPage } from '@/api/judging'
import { mountComponent } from '@/test/mountComponent'

const MATRIX: AssignmentMatrix = {
  roundId: 4,
  judgesPerEntry: 2,
  judges: [{ id: 5, displayName: 'Bo', email: 'bo@x.example', organization: null, load: 1 }],
  entries: [
    { entryId: 11, title: 'Solar paint', categoryId: null, judgeIds: [5], conflicts: [], missing: 1 },
    { entryId: 12, title: 'Tidal kite', categoryId: null, judgeIds: [], conflicts: [], missing: 2 },
  ],
  minLoad: 1,
  maxLoad: 1,
}

describe('RoundAssignmentStats', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function items(page: AssignmentPage | null): { text: string; cls: string }[] {
    const mounted = mountComponent(RoundAssignmentStats, { matrix: MATRIX, page })
    wrapper = mounted.wrapper
    return [...mounted.root.querySelectorAll('li')].map((li) => ({ text: li.textContent!.trim(), cls: li.className }))
  }

  it('counts entries needing judges from the matrix until the page loads', () => {
    const shown = items(null)
    expect(shown).toHaveLength(3)
    expect(shown[2]!.cls).toBe('is-warning')
    expect(shown[2]!.text).toBe('2 entries still need judges (0 missing).')
  })

  it('takes the round-wide figures from the server page once it is there', () => {
    const page: AssignmentPage = {
      roundId: 4,
      judgesPerEntry: 2,
      judges: MATRIX.judges,
      items: [],
      total: 2,
      minLoad: 1,
      maxLoad: 1,
      entries: 2,
      entriesMissing: 0,
      judgesMissing: 0,
    }
    expect(items(page)[2]).toEqual({ text: 'Every entry has its judges.', cls: 'is-ok' })
  })
})
