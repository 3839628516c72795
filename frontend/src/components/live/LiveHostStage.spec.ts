import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import LiveHostStage from './LiveHostStage.vue'
import type { LiveSlot, Reveal } from '@/api/live'
import { mountComponent } from '@/test/mountComponent'

function slot(state: LiveSlot['state'], extra: Partial<LiveSlot> = {}): LiveSlot {
  return {
    id: 2,
    entryId: 102,
    title: 'Tidal turbines',
    organization: 'Blue Harbour Bio',
    order: 2,
    plannedStart: null,
    pitchMinutes: 8,
    qaMinutes: 7,
    state,
    scoringClosed: false,
    acceptsScores: state === 'SCORING',
    removable: state === 'WAITING',
    ...extra,
  }
}

const REVEAL: Reveal = {
  slotId: 2,
  entryId: 102,
  title: 'Tidal turbines',
  method: 'TRIMMED_MEAN',
  scores: [],
  finalScore: 91,
}

describe('LiveHostStage', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(props: Record<string, unknown>): ParentNode {
    const mounted = mountComponent(LiveHostStage, {
      current: null,
      slotCount: 3,
      remaining: null,
      paused: false,
      submitted: 0,
      expected: 0,
      reveal: null,
      ended: false,
      ...props,
    })
    wrapper = mounted.wrapper
    return mounted.root
  }

  const text = (root: ParentNode) => (root.textContent ?? '').replace(/\s+/g, ' ')

  it('shows the team waiting to go on, with its timings', () => {
    const root = render({ current: slot('WAITING') })
    expect(text(root)).toContain('Up next')
    expect(text(root)).toContain('Pitch 2 of 3')
    expect(root.querySelector('[data-testid="host-current"]')?.textContent).toBe('Tidal turbines')
  })

  it('shows the clock during the pitch, the count while scoring and the final after the reveal', () => {
    expect(
      render({ current: slot('PITCH'), remaining: 75 }).querySelector('[data-testid="host-timer"]')?.textContent,
    ).toContain('1:15')
    wrapper?.unmount()
    const scoring = render({ current: slot('SCORING', { scoringClosed: true }), submitted: 2, expected: 3 })
    expect(text(scoring)).toContain('2 / 3')
    expect(text(scoring)).toContain('Scoring closed')
    wrapper?.unmount()
    expect(
      render({ current: slot('REVEALED'), reveal: REVEAL }).querySelector('[data-testid="host-final"]')?.textContent,
    ).toBe('91.00')
  })

  it('says when nothing is waiting and when the session is over', () => {
    expect(text(render({}))).toContain('No pitch is waiting')
    wrapper?.unmount()
    expect(text(render({ ended: true }))).toContain('The session has ended')
  })
})
