import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import RoundAffinityDrawer from './RoundAffinityDrawer.vue'
import * as expertise from '@/api/expertise'
import type { EntryAffinity } from '@/api/expertise'
import { mountComponent } from '@/test/mountComponent'
import { getByRole } from '@/test/dom'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }

const AFFINITY: EntryAffinity = {
  entryId: 11,
  title: 'Solar tiles',
  topics: ['Energy', 'Materials'],
  judges: [
    {
      judgeId: 3,
      judgeName: 'Bo Chen',
      score: 2.75,
      bid: 'EAGER',
      sharedTopics: ['Energy'],
      similarity: 0.42,
      assigned: true,
      forbidden: false,
      conflicted: false,
    },
    {
      judgeId: 4,
      judgeName: 'Cy Wu',
      score: -1,
      bid: 'CONFLICT',
      sharedTopics: [],
      similarity: 0.05,
      assigned: false,
      forbidden: true,
      conflicted: true,
    },
  ],
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('RoundAffinityDrawer', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    vi.restoreAllMocks()
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(props: Record<string, unknown> = {}) {
    const mounted = mountComponent(RoundAffinityDrawer, {
      modelValue: true,
      roundId: 7,
      entry: { entryId: 11, title: 'Solar tiles' },
      ...props,
    })
    wrapper = mounted.wrapper
    await flushPromises()
    return mounted
  }

  /** The body row of the judge table that names this judge. */
  const row = (root: Element, judge: string) =>
    Array.from(root.querySelectorAll('.el-table__body tr')).find((tr) => text(tr).includes(judge))

  it('shows each judge’s score, bid, shared topics, similarity and state for the entry', async () => {
    const get = vi.spyOn(expertise, 'getAffinity').mockResolvedValue(AFFINITY)
    const { root } = await render()
    await vi.waitFor(() => expect(row(root, 'Bo Chen')).toBeTruthy(), WAIT)

    expect(get).toHaveBeenCalledWith(7, 11)
    expect(text(root.querySelector('.el-drawer__header'))).toContain('Solar tiles')
    const topics = text(root.querySelector('.round-affinity-drawer__topics'))
    expect(topics).toContain('Energy')
    expect(topics).toContain('Materials')

    const bo = text(row(root, 'Bo Chen'))
    expect(bo).toContain('Assigned')
    expect(bo).toContain('2.75')
    expect(bo).toContain('Eager')
    expect(bo).toContain('Energy')
    expect(bo).toContain('42%')
    expect(bo).toContain('Forbid')

    const cy = text(row(root, 'Cy Wu'))
    expect(cy).toContain('Conflict')
    expect(cy).toContain('Forbidden')
    expect(cy).toContain('5%')
    expect(cy).toContain('Allow')
  })

  it('forbids a pair with PUT and shows what the server answers', async () => {
    vi.spyOn(expertise, 'getAffinity').mockResolvedValue(AFFINITY)
    const forbid = vi.spyOn(expertise, 'setPairForbidden').mockResolvedValue({
      ...AFFINITY,
      judges: AFFINITY.judges.map((j) => (j.judgeId === 3 ? { ...j, forbidden: true } : j)),
    })
    const { root } = await render()
    await vi.waitFor(() => expect(row(root, 'Bo Chen')).toBeTruthy(), WAIT)

    getByRole(root, 'button', 'Forbid automatic assignment of Bo Chen to Solar tiles').click()
    await flushPromises()

    expect(forbid).toHaveBeenCalledWith(7, 11, 3, true)
    await vi.waitFor(
      () =>
        expect(getByRole(root, 'button', 'Allow automatic assignment of Bo Chen to Solar tiles again')).toBeTruthy(),
      WAIT,
    )
    expect(text(row(root, 'Bo Chen'))).toContain('Forbidden')
  })

  it('allows a forbidden pair again', async () => {
    vi.spyOn(expertise, 'getAffinity').mockResolvedValue(AFFINITY)
    const allow = vi.spyOn(expertise, 'setPairForbidden').mockResolvedValue(AFFINITY)
    const { root } = await render()
    await vi.waitFor(() => expect(row(root, 'Cy Wu')).toBeTruthy(), WAIT)

    getByRole(root, 'button', 'Allow automatic assignment of Cy Wu to Solar tiles again').click()
    await flushPromises()
    expect(allow).toHaveBeenCalledWith(7, 11, 4, false)
  })

  it('offers no forbid or allow once the round is finalized', async () => {
    vi.spyOn(expertise, 'getAffinity').mockResolvedValue(AFFINITY)
    const { root } = await render({ frozen: true })
    await vi.waitFor(() => expect(row(root, 'Bo Chen')).toBeTruthy(), WAIT)
    const buttons = Array.from(root.querySelectorAll('.el-table button')).map(text)
    expect(buttons.filter((b) => b === 'Forbid' || b === 'Allow')).toEqual([])
  })
})
