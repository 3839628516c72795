import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import LiveScreenHeader from './LiveScreenHeader.vue'
import { mountComponent } from '@/test/mountComponent'

describe('LiveScreenHeader', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(props: Record<string, unknown> = {}) {
    const mounted = mountComponent(LiveScreenHeader, {
      programTitle: 'Startup Roadshow',
      roundName: 'Final',
      paused: false,
      ended: false,
      connected: true,
      ...props,
    })
    wrapper = mounted.wrapper
    return mounted.root
  }

  it('shows the program’s logo from the address the server gives, next to its name', () => {
    const root = render({ logoUrl: '/api/programs/2/logo?v=9d76428f' })
    expect(root.querySelector('img.live-screen-header__logo')?.getAttribute('src')).toBe(
      '/api/programs/2/logo?v=9d76428f',
    )
    expect(root.textContent).toContain('Startup Roadshow')
  })

  it('shows no image when the program has no logo', () => {
    expect(render({ logoUrl: null }).querySelector('img')).toBeNull()
  })

  it('wears the program’s accent with the text colour the server chose, and the stage’s own colours without one', () => {
    const header = render({ accent: { accentColor: '#FFD400', accentText: '#111111' } }).querySelector('header')
    expect(header?.classList.contains('has-program-accent')).toBe(true)
    expect(header?.style.getPropertyValue('--program-accent')).toBe('#FFD400')
    expect(header?.style.getPropertyValue('--program-accent-text')).toBe('#111111')

    wrapper?.unmount()
    const plain = render({ accent: { accentColor: null, accentText: null } }).querySelector('header')
    expect(plain?.classList.contains('has-program-accent')).toBe(false)
  })
})
