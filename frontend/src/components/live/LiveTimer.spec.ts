import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import LiveTimer from './LiveTimer.vue'
import { mountComponent } from '@/test/mountComponent'
import { getByRole } from '@/test/dom'

describe('LiveTimer', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(seconds: number | null, paused = false, locale: 'en' | 'zh-CN' = 'en') {
    const mounted = mountComponent(LiveTimer, { seconds, paused }, { locale })
    wrapper = mounted.wrapper
    return getByRole(mounted.root, 'timer')
  }

  it('shows time left in the normal colour while more than a minute is left', () => {
    const timer = render(125)
    expect(timer.textContent).toContain('2:05')
    expect(timer.dataset.tone).toBe('normal')
    expect(timer.getAttribute('aria-label')).toBe('2:05 left')
  })

  it('turns amber in the last minute', () => {
    const timer = render(42)
    expect(timer.textContent).toContain('0:42')
    expect(timer.dataset.tone).toBe('warning')
  })

  it('turns red at zero', () => {
    expect(render(0).dataset.tone).toBe('danger')
  })

  it('shows overtime as +m:ss in red, and says so', () => {
    const timer = render(-83)
    expect(timer.textContent).toContain('+1:23')
    expect(timer.textContent).toContain('Over time')
    expect(timer.dataset.tone).toBe('danger')
    expect(timer.getAttribute('aria-label')).toBe('1:23 over time')
  })

  it('marks a paused clock, in Chinese too', () => {
    const timer = render(300, true, 'zh-CN')
    expect(timer.textContent).toContain('5:00')
    expect(timer.textContent).toContain('已暂停')
  })
})
