import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import JudgingDeadline from './JudgingDeadline.vue'
import { mountComponent } from '@/test/mountComponent'

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString()

describe('JudgingDeadline', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(props: Record<string, unknown>, locale: 'en' | 'zh-CN' = 'en') {
    const mounted = mountComponent(JudgingDeadline, props, { locale })
    wrapper = mounted.wrapper
    return mounted.root.querySelector('[data-testid="judging-deadline"]') as HTMLElement
  }

  it('gives the deadline in the judge’s own time zone and how far away it is', () => {
    const el = render({ closesAt: inHours(50), canScore: true })
    expect(text(el)).toMatch(/^Scoring deadline: .+ \(.+\)\. Due in 2 days\.$/)
    expect(el.classList.contains('is-urgent')).toBe(false)
  })

  it('warns when less than a day is left, in Chinese too', () => {
    const el = render({ closesAt: inHours(5), canScore: true }, 'zh-CN')
    expect(text(el)).toContain('5小时后截止。')
    expect(el.classList.contains('is-urgent')).toBe(true)
  })

  it('counts down on the scorecard', () => {
    const el = render({ closesAt: inHours(26), canScore: true, countdown: true })
    expect(text(el.querySelector('[role="timer"]'))).toMatch(/^Time left to score: 1 day \d\d:\d\d:\d\d\.$/)
  })

  it('says the deadline has passed when the server no longer accepts scores', () => {
    const el = render({ closesAt: inHours(1), canScore: false, countdown: true })
    expect(text(el)).toContain('The deadline has passed: scorecards can no longer change.')
    expect(el.classList.contains('is-passed')).toBe(true)
  })
})
