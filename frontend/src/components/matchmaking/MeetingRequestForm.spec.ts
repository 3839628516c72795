import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import MeetingRequestForm from './MeetingRequestForm.vue'
import * as matchmaking from '@/api/matchmaking'
import { mountComponent } from '@/test/mountComponent'

const WAIT = { timeout: 5000 }

describe('MeetingRequestForm', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => vi.restoreAllMocks())

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render() {
    const mounted = mountComponent(MeetingRequestForm, { entryId: 12, timeZone: 'Asia/Shanghai' })
    wrapper = mounted.wrapper
    return mounted.root
  }

  async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
    input.value = value
    input.dispatchEvent(new Event('input'))
    input.dispatchEvent(new Event('change'))
    await flushPromises()
  }

  const submit = (root: Element) => (root.querySelector('[data-testid="meeting-send"]') as HTMLElement).click()

  it('asks for a time and a message before sending anything', async () => {
    const send = vi.spyOn(matchmaking, 'requestMeeting')
    const root = render()
    submit(root)
    await vi.waitFor(() => expect(root.textContent).toContain('Propose at least one time.'), WAIT)
    expect(root.textContent).toContain('Write a few words to the team.')
    expect(send).not.toHaveBeenCalled()
  })

  it('sends the times as the event’s clocks read them, whatever the browser’s zone', async () => {
    const send = vi.spyOn(matchmaking, 'requestMeeting').mockResolvedValue({} as matchmaking.Meeting)
    const root = render()
    expect(root.textContent).toContain('Times in Asia/Shanghai')
    await type(root.querySelector('input[placeholder="Time 1"]') as HTMLInputElement, '2027-01-15 10:00')
    await type(
      root.querySelector('[data-testid="meeting-message"] textarea, textarea') as HTMLTextAreaElement,
      'Coffee?',
    )
    submit(root)
    // 10:00 in Shanghai is 02:00 UTC.
    await vi.waitFor(
      () =>
        expect(send).toHaveBeenCalledWith(12, {
          proposedTimes: ['2027-01-15T02:00:00.000Z'],
          minutes: 30,
          message: 'Coffee?',
        }),
      WAIT,
    )
  })
})
