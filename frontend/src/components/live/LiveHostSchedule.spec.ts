import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import LiveHostSchedule from './LiveHostSchedule.vue'
import type { LiveSlot, SlotActions } from '@/api/live'
import { mountComponent } from '@/test/mountComponent'
import { getByRole } from '@/test/dom'

function slot(id: number, state: LiveSlot['state']): LiveSlot {
  return {
    id,
    entryId: 100 + id,
    title: `Team ${id}`,
    organization: null,
    order: id,
    plannedStart: null,
    pitchMinutes: 8,
    qaMinutes: 7,
    state,
    scoringClosed: false,
    acceptsScores: false,
    removable: state === 'WAITING' || state === 'SKIPPED',
  }
}

describe('LiveHostSchedule', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(slotActions: SlotActions[], onAct = vi.fn()) {
    const slots = [slot(1, 'DONE'), slot(2, 'PITCH'), slot(3, 'WAITING'), slot(4, 'SKIPPED')]
    const mounted = mountComponent(LiveHostSchedule, { slots, currentSlotId: 2, slotActions, busy: false, onAct })
    wrapper = mounted.wrapper
    await flushPromises()
    return mounted.root
  }

  const menuItems = (root: ParentNode) =>
    Array.from(root.querySelectorAll('[role="menuitem"]')).map((i) => (i.textContent ?? '').trim())

  it('marks the current slot and offers a menu only where the server allows something', async () => {
    const root = await render([
      { slotId: 1, allowedActions: [] },
      { slotId: 2, allowedActions: ['START_QA', 'OPEN_SCORING'] },
      { slotId: 3, allowedActions: ['SKIP'] },
      { slotId: 4, allowedActions: [] },
    ])
    const rows = Array.from(root.querySelectorAll('[data-testid="host-slot"]'))
    expect(rows.map((r) => r.getAttribute('aria-current'))).toEqual([null, 'step', null, null])
    expect(root.querySelectorAll('button[aria-label^="Actions for"]')).toHaveLength(1)
    expect(() => getByRole(root, 'button', 'Actions for Team 3')).not.toThrow()
    // While another pitch runs, a waiting team can be skipped but not started.
    expect(menuItems(root)).toEqual(['Skip'])
  })

  it('names the slot of the menu entry the host chooses', async () => {
    const onAct = vi.fn()
    const root = await render(
      [
        { slotId: 1, allowedActions: ['REOPEN_SCORING'] },
        { slotId: 3, allowedActions: ['START_PITCH', 'SKIP'] },
      ],
      onAct,
    )
    expect(menuItems(root)).toEqual(['Reopen scoring', 'Start this pitch now', 'Skip'])
    const start = Array.from(root.querySelectorAll<HTMLElement>('[role="menuitem"]')).find((i) =>
      i.textContent?.includes('Start this pitch'),
    )
    start!.click()
    await flushPromises()
    expect(onAct).toHaveBeenCalledWith('START_PITCH', expect.objectContaining({ id: 3 }))
  })
})
