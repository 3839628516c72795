import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import EntryShowcaseCard from './EntryShowcaseCard.vue'
import * as entries from '@/api/entries'
import { mountComponent } from '@/test/mountComponent'

const WAIT = { timeout: 5000 }

describe('EntryShowcaseCard', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => vi.restoreAllMocks())

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render() {
    const mounted = mountComponent(EntryShowcaseCard, { entryId: 5, programSlug: 'expo-startups' })
    wrapper = mounted.wrapper
    await flushPromises()
    return mounted.root
  }

  it('lets the owner opt in, then links to the public page', async () => {
    vi.spyOn(entries, 'getEntryVisibility').mockResolvedValue({ entryId: 5, showcase: false, canChange: true })
    const put = vi
      .spyOn(entries, 'setEntryVisibility')
      .mockImplementation(async (entryId, showcase) => ({ entryId, showcase, canChange: true }))
    const root = await render()
    await vi.waitFor(() => expect(root.textContent).toContain('Not shown in the public showcase.'), WAIT)
    ;(root.querySelector('[data-testid="showcase-switch"]') as HTMLElement).click()
    await vi.waitFor(() => expect(put).toHaveBeenCalledWith(5, true), WAIT)
    await vi.waitFor(() => expect(root.textContent).toContain('Shown in the program’s public showcase'), WAIT)
    expect(root.textContent).toContain('See it as the public does')
  })

  it('shows a member the owner’s choice without letting them change it', async () => {
    vi.spyOn(entries, 'getEntryVisibility').mockResolvedValue({ entryId: 5, showcase: true, canChange: false })
    const put = vi.spyOn(entries, 'setEntryVisibility')
    const root = await render()
    await vi.waitFor(() => expect(root.textContent).toContain('Only the team’s owner can change this.'), WAIT)
    const input = root.querySelector('[data-testid="showcase-switch"] input') as HTMLInputElement
    expect(input.disabled).toBe(true)
    expect(put).not.toHaveBeenCalled()
  })
})
