import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import ScreeningEntryDrawer from './ScreeningEntryDrawer.vue'
import { mountComponent } from '@/test/mountComponent'

const getEntry = vi.fn()
vi.mock('@/api/entries', async (original) => ({
  ...(await original<typeof import('@/api/entries')>()),
  getEntry: (...args: unknown[]) => getEntry(...args),
}))

describe('ScreeningEntryDrawer', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    getEntry.mockReset()
    getEntry.mockImplementation(async (id: number) => ({
      id,
      title: `Entry ${id}`,
      status: 'SUBMITTED',
      answers: {},
      team: [],
      attachments: [],
      timeline: [],
      summary: '',
      organization: null,
      categoryId: null,
      eligibilityReason: null,
      submittedAt: '2026-06-01T09:00:00Z',
      applicant: { id: 3, displayName: 'Wang Wei', email: 'wei@example.com' },
    }))
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(position: { index: number; total: number }) {
    const moves: string[] = []
    const mounted = mountComponent(ScreeningEntryDrawer, {
      modelValue: true,
      entryId: 21,
      program: null,
      position,
      onPrevious: () => moves.push('previous'),
      onNext: () => moves.push('next'),
    })
    wrapper = mounted.wrapper
    await flushPromises()
    return { root: mounted.root, moves }
  }

  const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key }))

  it('says where the entry stands in the whole list and steps with buttons and arrow keys', async () => {
    const { root, moves } = await render({ index: 21, total: 412 })
    expect(root.textContent).toContain('Entry 21 of 412')

    ;(root.querySelector('[aria-label="Next entry"]') as HTMLElement).click()
    ;(root.querySelector('[aria-label="Previous entry"]') as HTMLElement).click()
    press('ArrowRight')
    press('ArrowLeft')
    expect(moves).toEqual(['next', 'previous', 'next', 'previous'])
  })

  it('does not step past either end of the list', async () => {
    const { root, moves } = await render({ index: 1, total: 1 })
    expect((root.querySelector('[aria-label="Previous entry"]') as HTMLButtonElement).disabled).toBe(true)
    expect((root.querySelector('[aria-label="Next entry"]') as HTMLButtonElement).disabled).toBe(true)
    press('ArrowRight')
    press('ArrowLeft')
    expect(moves).toEqual([])
  })
})
