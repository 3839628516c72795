import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import LiveJudgeHeader from './LiveJudgeHeader.vue'
import { mountComponent } from '@/test/mountComponent'

describe('LiveJudgeHeader', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(connected: boolean) {
    const mounted = mountComponent(LiveJudgeHeader, {
      programTitle: 'Startup Cup',
      roundName: 'Final roadshow',
      connected,
      judgeNumber: 3,
    })
    wrapper = mounted.wrapper
    return mounted.root
  }

  it('names the program and round and shows the judge number', () => {
    const root = render(true)
    expect(root.textContent).toContain('Startup Cup')
    expect(root.textContent).toContain('Final roadshow')
    expect(root.querySelector('[data-testid="judge-number"]')?.textContent).toContain('3')
  })

  it('says whether the tablet follows the host live', () => {
    const on = render(true).querySelector('.live-judge-view__conn')
    expect(on?.classList.contains('is-on')).toBe(true)
    wrapper?.unmount()
    const off = render(false).querySelector('.live-judge-view__conn')
    expect(off?.classList.contains('is-on')).toBe(false)
  })
})
