import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { reactive } from 'vue'
import ProgramEditorPreview from './ProgramEditorPreview.vue'
import { mountComponent } from '@/test/mountComponent'
import { emptyProgramForm } from '@/utils/programForm'

describe('ProgramEditorPreview', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  it('follows the program title as it is typed, with a placeholder while there is none', async () => {
    const form = reactive(emptyProgramForm())
    const mounted = mountComponent(ProgramEditorPreview, { form })
    wrapper = mounted.wrapper
    const title = () => mounted.root.querySelector('.program-editor-view__preview-title')?.textContent
    expect(title()).toBe('Untitled program')

    form.title = '  Dev Cup  '
    await flushPromises()
    expect(title()).toBe('Dev Cup')
  })
})
