import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { reactive } from 'vue'
import ProgramEditorPreview from './ProgramEditorPreview.vue'
import { mountComponent } from '@/test/mountComponent'
import { emptyField, emptyProgramForm } from '@/utils/programForm'

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

    form.title = { 'zh-CN': '', en: '  Dev Cup  ' }
    await flushPromises()
    expect(title()).toBe('Dev Cup')
  })

  it('shows the texts in the UI language, the other one where that is empty, and follows a switch', async () => {
    const form = reactive(emptyProgramForm())
    form.title = { 'zh-CN': '开发者大赛', en: 'Dev Cup' }
    form.categories = [{ uid: 'c1', name: { 'zh-CN': '', en: 'Open source' } }]
    form.formFields = [{ ...emptyField(), key: 'repo', label: { 'zh-CN': '代码仓库', en: 'Repository' } }]
    const mounted = mountComponent(ProgramEditorPreview, { form }, { locale: 'zh-CN' })
    wrapper = mounted.wrapper
    await flushPromises()
    const title = () => mounted.root.querySelector('.program-editor-view__preview-title')?.textContent
    expect(title()).toBe('开发者大赛')
    expect(mounted.root.textContent).toContain('代码仓库')

    mounted.i18n.global.locale.value = 'en'
    await flushPromises()
    expect(title()).toBe('Dev Cup')
    expect(mounted.root.textContent).toContain('Repository')
    expect(mounted.root.textContent).not.toContain('代码仓库')
  })
})
