import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import LiveScheduleBuilder from './LiveScheduleBuilder.vue'
import type { LiveSlot, ScheduleRequest } from '@/api/live'
import { mountComponent } from '@/test/mountComponent'
import { getAllByRole, getByRole } from '@/test/dom'

const ENTRIES = [
  { entryId: 11, title: 'Alpha' },
  { entryId: 12, title: 'Beta' },
  { entryId: 13, title: 'Gamma' },
]

function slot(entryId: number, title: string, order: number, state: LiveSlot['state'] = 'WAITING'): LiveSlot {
  return {
    id: order,
    entryId,
    title,
    organization: null,
    order,
    plannedStart: order === 1 ? '2025-05-01T09:00:00Z' : null,
    pitchMinutes: 8,
    qaMinutes: 7,
    state,
    scoringClosed: false,
    acceptsScores: false,
    removable: state === 'WAITING' || state === 'SKIPPED',
  }
}

function rowTitles(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-testid="schedule-row"]')).map(
    (li) => li.querySelector('strong')?.textContent ?? '',
  )
}

describe('LiveScheduleBuilder', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(props: Record<string, unknown>) {
    const mounted = mountComponent(LiveScheduleBuilder, { entries: ENTRIES, ...props })
    wrapper = mounted.wrapper
    return mounted
  }

  it('reorders with the up and down buttons and saves the new orders', async () => {
    const save = vi.fn<(request: ScheduleRequest) => void>()
    const { root } = render({
      slots: [slot(11, 'Alpha', 1), slot(12, 'Beta', 2), slot(13, 'Gamma', 3)],
      showJudgeNames: true,
      onSave: save,
    })
    expect(rowTitles(root)).toEqual(['Alpha', 'Beta', 'Gamma'])
    expect((getByRole(root, 'button', 'Move Alpha up') as HTMLButtonElement).disabled).toBe(true)
    expect((getByRole(root, 'button', 'Move Gamma down') as HTMLButtonElement).disabled).toBe(true)

    getByRole(root, 'button', 'Move Gamma up').click()
    await flushPromises()
    getByRole(root, 'button', 'Move Alpha down').click()
    await flushPromises()
    expect(rowTitles(root)).toEqual(['Gamma', 'Alpha', 'Beta'])
    expect(root.textContent).toContain('Unsaved changes')

    getByRole(root, 'button', 'Save schedule').click()
    await flushPromises()
    expect(save).toHaveBeenCalledTimes(1)
    expect(save.mock.calls[0]![0]).toEqual({
      slots: [
        { entryId: 13, order: 1, plannedStart: null, pitchMinutes: 8, qaMinutes: 7 },
        { entryId: 11, order: 2, plannedStart: '2025-05-01T09:00:00.000Z', pitchMinutes: 8, qaMinutes: 7 },
        { entryId: 12, order: 3, plannedStart: null, pitchMinutes: 8, qaMinutes: 7 },
      ],
      showJudgeNames: true,
    })
  })

  it('adds every unscheduled entry with the default timings and removes one again', async () => {
    const save = vi.fn<(request: ScheduleRequest) => void>()
    const { root } = render({ onSave: save })
    expect(root.textContent).toContain('No pitches scheduled yet')
    getByRole(root, 'button', 'Add all (3)').click()
    await flushPromises()
    expect(rowTitles(root)).toEqual(['Alpha', 'Beta', 'Gamma'])
    getByRole(root, 'button', 'Remove Beta').click()
    await flushPromises()
    getByRole(root, 'button', 'Save schedule').click()
    await flushPromises()
    expect(save.mock.calls[0]![0]).toEqual({
      slots: [
        { entryId: 11, order: 1, plannedStart: null, pitchMinutes: 8, qaMinutes: 7 },
        { entryId: 13, order: 2, plannedStart: null, pitchMinutes: 8, qaMinutes: 7 },
      ],
      showJudgeNames: false,
    })
  })

  it('keeps a pitch that has started in the schedule and shows the server’s message on its row', () => {
    const { root } = render({
      slots: [slot(11, 'Alpha', 1, 'DONE'), slot(12, 'Beta', 2)],
      rowErrors: { 1: 'entry 12 is not in this round' },
    })
    expect((getByRole(root, 'button', 'Remove Alpha') as HTMLButtonElement).disabled).toBe(true)
    expect((getByRole(root, 'button', 'Remove Beta') as HTMLButtonElement).disabled).toBe(false)
    expect(getAllByRole(root, 'alert').map((a) => a.textContent)).toEqual(['entry 12 is not in this round'])
  })
})
