import { afterEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import LiveHostControls from './LiveHostControls.vue'
import type { LiveAction } from '@/api/live'
import { mountComponent } from '@/test/mountComponent'
import { getAllByRole, getByRole } from '@/test/dom'

describe('LiveHostControls', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(
    props: { allowed: LiveAction[]; nextStep?: LiveAction | null; busy?: LiveAction | null; paused?: boolean },
    onAct = vi.fn(),
  ) {
    const mounted = mountComponent(LiveHostControls, { nextStep: null, busy: null, paused: false, ...props, onAct })
    wrapper = mounted.wrapper
    return mounted.root
  }

  const button = (root: ParentNode, name: string) => getByRole(root, 'button', name) as HTMLButtonElement
  const enabled = (root: ParentNode) =>
    getAllByRole(root, 'button')
      .filter((b) => !(b as HTMLButtonElement).disabled)
      .map((b) => (b.textContent ?? '').trim())

  it('enables exactly the actions the server allows and highlights its next step', () => {
    const root = render({ allowed: ['START_QA', 'OPEN_SCORING', 'PAUSE'], nextStep: 'START_QA' })
    expect(enabled(root)).toEqual(['Start Q&A', 'Open scoring', 'Pause'])
    expect(button(root, 'Start Q&A').classList.contains('el-button--primary')).toBe(true)
    expect(button(root, 'Open scoring').classList.contains('el-button--primary')).toBe(false)
    // The flow's buttons form the labelled group the journeys look for.
    expect(getByRole(root, 'group', 'Session controls').textContent).toContain('Start pitch')
  })

  it('sends the action the host clicks', () => {
    const onAct = vi.fn()
    const root = render({ allowed: ['REVEAL', 'CLOSE_SCORING', 'PAUSE', 'END'] }, onAct)
    button(root, 'Reveal').click()
    button(root, 'End session').click()
    expect(onAct.mock.calls).toEqual([['REVEAL'], ['END']])
  })

  it('waits while an action is on its way, and offers Resume while paused', () => {
    expect(enabled(render({ allowed: ['START_PITCH', 'PAUSE'], busy: 'START_PITCH' }))).toEqual([])
    wrapper?.unmount()
    document.body.innerHTML = ''
    const root = render({ allowed: ['RESUME', 'SKIP', 'END'], paused: true })
    expect(enabled(root)).toEqual(['Resume', 'Skip', 'End session'])
    expect(root.textContent).not.toContain('Pause')
  })
})
