import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import EntryInvestorShareCard from './EntryInvestorShareCard.vue'
import * as matchmaking from '@/api/matchmaking'
import type { Attachment } from '@/api/entries'
import { mountComponent } from '@/test/mountComponent'

const WAIT = { timeout: 5000 }
const deck: Attachment = {
  id: 11,
  fieldKey: null,
  fileName: 'deck.pdf',
  contentType: 'application/pdf',
  size: 1200,
  sha256: 'x',
  createdAt: '2026-11-01T00:00:00Z',
}

describe('EntryInvestorShareCard', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => vi.restoreAllMocks())

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render() {
    const mounted = mountComponent(EntryInvestorShareCard, { entryId: 5, attachments: [deck] })
    wrapper = mounted.wrapper
    await flushPromises()
    return mounted.root
  }

  const click = (root: Element, selector: string) => (root.querySelector(selector) as HTMLElement).click()

  it('lets the owner share the summary and one chosen file, and saves exactly that', async () => {
    vi.spyOn(matchmaking, 'getInvestorShare').mockResolvedValue({
      entryId: 5,
      shared: false,
      fields: [],
      fileIds: [],
      canChange: true,
    })
    const save = vi
      .spyOn(matchmaking, 'saveInvestorShare')
      .mockImplementation(async (entryId, body) => ({ entryId, ...body, canChange: true }))
    const root = await render()
    await vi.waitFor(() => expect(root.textContent).toContain('Investors do not see this project.'), WAIT)
    click(root, '[data-testid="investor-share-switch"]')
    await vi.waitFor(() => expect(root.textContent).toContain('Also show'), WAIT)
    click(root, '[data-testid="investor-share-SUMMARY"] input')
    await flushPromises()
    click(root, '[data-testid="investor-share-FILES"] input')
    await vi.waitFor(() => expect(root.textContent).toContain('deck.pdf'), WAIT)
    const file = [...root.querySelectorAll('label')].find((l) => l.textContent?.includes('deck.pdf'))
    ;(file?.querySelector('input') as HTMLElement).click()
    await flushPromises()
    click(root, '[data-testid="investor-share-save"]')
    await vi.waitFor(
      () => expect(save).toHaveBeenCalledWith(5, { shared: true, fields: ['SUMMARY', 'FILES'], fileIds: [11] }),
      WAIT,
    )
  })

  it('sends no files when files are not among the shared parts', async () => {
    vi.spyOn(matchmaking, 'getInvestorShare').mockResolvedValue({
      entryId: 5,
      shared: true,
      fields: ['FILES', 'TEAM'],
      fileIds: [11],
      canChange: true,
    })
    const save = vi
      .spyOn(matchmaking, 'saveInvestorShare')
      .mockImplementation(async (entryId, body) => ({ entryId, ...body, canChange: true }))
    const root = await render()
    await vi.waitFor(() => expect(root.textContent).toContain('deck.pdf'), WAIT)
    click(root, '[data-testid="investor-share-FILES"] input')
    await flushPromises()
    click(root, '[data-testid="investor-share-save"]')
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith(5, { shared: true, fields: ['TEAM'], fileIds: [] }), WAIT)
  })

  it('shows a member the owner’s choice without letting them change it', async () => {
    vi.spyOn(matchmaking, 'getInvestorShare').mockResolvedValue({
      entryId: 5,
      shared: true,
      fields: ['SUMMARY'],
      fileIds: [],
      canChange: false,
    })
    const save = vi.spyOn(matchmaking, 'saveInvestorShare')
    const root = await render()
    await vi.waitFor(() => expect(root.textContent).toContain('Only the entry’s owner changes this.'), WAIT)
    expect((root.querySelector('[data-testid="investor-share-switch"] input') as HTMLInputElement).disabled).toBe(true)
    expect(root.querySelector('[data-testid="investor-share-save"]')).toBeNull()
    expect(save).not.toHaveBeenCalled()
  })
})
