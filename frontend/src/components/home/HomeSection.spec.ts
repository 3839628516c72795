import { afterEach, describe, expect, it } from 'vitest'
import { h } from 'vue'
import type { VueWrapper } from '@vue/test-utils'
import HomeSection from './HomeSection.vue'
import { mountComponent } from '@/test/mountComponent'

describe('HomeSection', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  it('labels the band by its heading and renders its content below', () => {
    const mounted = mountComponent(
      HomeSection,
      { titleId: 'home-x-title', eyebrow: 'Eyebrow', title: 'Heading', subtitle: 'More' },
      { slots: { default: () => h('p', { class: 'content' }, 'Body') } },
    )
    wrapper = mounted.wrapper
    const section = mounted.root.querySelector('section')!
    expect(section.getAttribute('aria-labelledby')).toBe('home-x-title')
    expect(section.querySelector('#home-x-title')?.textContent).toBe('Heading')
    expect(section.textContent).toContain('More')
    expect(section.querySelector('.content')?.textContent).toBe('Body')
    expect(section.querySelector('.home-section__inner')).toBeNull()
  })

  it('keeps a tinted band content within the page width and leaves out a missing subtitle', () => {
    const mounted = mountComponent(
      HomeSection,
      { titleId: 'home-y-title', eyebrow: 'Eyebrow', title: 'Heading', tinted: true },
      { slots: { default: () => h('p', { class: 'content' }, 'Body') } },
    )
    wrapper = mounted.wrapper
    const inner = mounted.root.querySelector('section.home-section--tinted > .home-section__inner')!
    expect(inner.querySelector('.content')).not.toBeNull()
    expect(inner.querySelector('.home-section__subtitle')).toBeNull()
  })
})
