import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import MeetingCard from './MeetingCard.vue'
import type { Meeting } from '@/api/matchmaking'
import { mountComponent } from '@/test/mountComponent'

function meeting(patch: Partial<Meeting> = {}): Meeting {
  return {
    id: 7,
    programId: 3,
    timeZone: 'Asia/Shanghai',
    entryId: 12,
    entryTitle: 'CarbonTrace',
    investorId: 40,
    investorName: 'Iris Investor',
    firm: 'Harbour Ventures',
    status: 'REQUESTED',
    proposedTimes: ['2026-12-08T02:00:00Z', '2026-12-08T06:30:00Z'],
    minutes: 30,
    message: 'Could we meet at the expo?',
    startsAt: null,
    location: null,
    reply: null,
    createdAt: '2026-12-06T10:00:00Z',
    decidedAt: null,
    allowedActions: [],
    ...patch,
  }
}

describe('MeetingCard', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(props: Record<string, unknown>) {
    const acts: unknown[][] = []
    const mounted = mountComponent(MeetingCard, {
      onAct: (...args: unknown[]) => acts.push(args),
      ...props,
    })
    wrapper = mounted.wrapper
    return { root: mounted.root, acts }
  }

  const buttons = (root: Element) => [...root.querySelectorAll('button')].map((b) => b.textContent?.trim())

  it('offers the team exactly the steps the server allows, and shows the times in the event’s zone', () => {
    const m = meeting({ allowedActions: ['DECLINE', 'ACCEPT'] })
    const { root, acts } = render({ meeting: m, side: 'team' })
    expect(root.textContent).toContain('Iris Investor, Harbour Ventures')
    expect(root.textContent).toContain('Waiting for the team')
    // 02:00 and 06:30 UTC are 10:00 and 14:30 in Shanghai.
    expect(root.textContent).toContain('10:00')
    expect(root.textContent).toContain('14:30')
    expect(root.textContent).toContain('Proposed times (Asia/Shanghai)')
    expect(buttons(root)).toEqual(['Accept', 'Decline'])
    ;(root.querySelector('[data-testid="meeting-accept"]') as HTMLElement).click()
    expect(acts).toEqual([['ACCEPT', m]])
  })

  it('lets the investor withdraw a waiting request and call off an agreed one', () => {
    const { root } = render({ meeting: meeting({ allowedActions: ['CANCEL'] }), side: 'investor' })
    expect(root.textContent).toContain('CarbonTrace')
    expect(buttons(root)).toEqual(['Withdraw'])
    wrapper?.unmount()
    document.body.innerHTML = ''
    const agreed = render({
      meeting: meeting({
        status: 'ACCEPTED',
        startsAt: '2026-12-08T06:30:00Z',
        location: 'Hall A, room 3',
        allowedActions: ['CANCEL'],
      }),
      side: 'investor',
    })
    expect(agreed.root.textContent).toContain('Meeting set')
    expect(agreed.root.textContent).toContain('Meeting on')
    expect(agreed.root.textContent).toContain('14:30')
    expect(agreed.root.textContent).toContain('Hall A, room 3')
    expect(agreed.root.textContent).not.toContain('Proposed times')
    expect(buttons(agreed.root)).toEqual(['Call off'])
  })

  it('shows no buttons once the meeting is closed', () => {
    const { root } = render({
      meeting: meeting({ status: 'DECLINED', reply: 'Not raising now.', allowedActions: [] }),
      side: 'investor',
    })
    expect(root.textContent).toContain('Declined')
    expect(root.textContent).toContain('Not raising now.')
    expect(root.querySelectorAll('button')).toHaveLength(0)
  })
})
