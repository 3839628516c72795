import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import ProgramEditorHeader from './ProgramEditorHeader.vue'
import { mountComponent } from '@/test/mountComponent'
import { getByRole } from '@/test/dom'

describe('ProgramEditorHeader', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(props: Record<string, unknown> = {}) {
    const events: string[] = []
    const mounted = mountComponent(ProgramEditorHeader, {
      isNew: true,
      program: null,
      dirty: false,
      saving: false,
      publishing: false,
      unavailable: false,
      onSave: () => events.push('save'),
      onPublish: () => events.push('publish'),
      ...props,
    })
    wrapper = mounted.wrapper
    return { root: mounted.root, events }
  }

  it('titles a new program and passes Save and Publish up', () => {
    const { root, events } = render()
    expect(root.querySelector('h1')?.textContent).toBe('New program')
    expect(root.querySelector('.program-editor-view__subtitle')).not.toBeNull()

    getByRole(root, 'button', 'Publish').click()
    getByRole(root, 'button', 'Save').click()
    expect(events).toEqual(['publish', 'save'])
  })

  it('disables both buttons while the program is unavailable', () => {
    const { root } = render({ isNew: false, unavailable: true })
    expect(root.querySelector('h1')?.textContent).toBe('Edit program')
    expect(getByRole(root, 'button', 'Publish').hasAttribute('disabled')).toBe(true)
    expect(getByRole(root, 'button', 'Save').hasAttribute('disabled')).toBe(true)
  })
})
