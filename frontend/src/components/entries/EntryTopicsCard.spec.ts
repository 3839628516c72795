import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import EntryTopicsCard from './EntryTopicsCard.vue'
import * as entries from '@/api/entries'
import * as programs from '@/api/programs'
import { mountComponent } from '@/test/mountComponent'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }

const TOPICS = [
  { id: 1, name: 'Energy' },
  { id: 2, name: 'Health' },
]

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('EntryTopicsCard', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    vi.restoreAllMocks()
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render() {
    const mounted = mountComponent(EntryTopicsCard, { entryId: 5, programId: 1 })
    wrapper = mounted.wrapper
    await flushPromises()
    return mounted.root
  }

  const checkbox = (root: Element, name: string) =>
    Array.from(root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')).find(
      (input) => text(input.closest('label')) === name,
    )!

  it('offers the program’s topics and saves each choice at once', async () => {
    vi.spyOn(programs, 'getProgramTopics').mockResolvedValue({ items: TOPICS, total: 2 })
    vi.spyOn(entries, 'getEntryTopics').mockResolvedValue({ entryId: 5, topics: [TOPICS[0]!] })
    const put = vi
      .spyOn(entries, 'setEntryTopics')
      .mockImplementation(async (entryId, ids) => ({ entryId, topics: TOPICS.filter((t) => ids.includes(t.id)) }))
    const root = await render()
    await vi.waitFor(() => expect(checkbox(root, 'Energy')?.checked).toBe(true), WAIT)
    expect(checkbox(root, 'Health').checked).toBe(false)

    checkbox(root, 'Health').click()
    await vi.waitFor(() => expect(put).toHaveBeenCalledWith(5, [1, 2]), WAIT)
    await vi.waitFor(() => expect(root.textContent).toContain('Topics saved.'), WAIT)
  })

  it('stays away when the program has no topics', async () => {
    vi.spyOn(programs, 'getProgramTopics').mockResolvedValue({ items: [], total: 0 })
    vi.spyOn(entries, 'getEntryTopics').mockResolvedValue({ entryId: 5, topics: [] })
    const root = await render()
    expect(root.querySelector('section')).toBeNull()
  })
})
