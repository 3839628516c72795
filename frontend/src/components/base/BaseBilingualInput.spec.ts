import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { reactive } from 'vue'
import BaseBilingualInput from './BaseBilingualInput.vue'
import { mountComponent } from '@/test/mountComponent'
import { getByLabelText, getByRole, type } from '@/test/dom'
import { bilingual, fromI18n, inLocale, isBlank, type Bilingual } from '@/utils/bilingual'

describe('BaseBilingualInput', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(value: Bilingual, extra: Record<string, unknown> = {}, locale: 'en' | 'zh-CN' = 'en') {
    const state = reactive({ value, inputs: 0 })
    const mounted = mountComponent(
      BaseBilingualInput,
      {
        get modelValue() {
          return state.value
        },
        'onUpdate:modelValue': (next: Bilingual) => {
          state.value = next
        },
        onInput: () => {
          state.inputs++
        },
        label: 'Title',
        ...extra,
      },
      { locale },
    )
    wrapper = mounted.wrapper
    return { ...mounted, state }
  }

  it('edits Chinese and English side by side, each input labelled with its language', async () => {
    const { root, state } = render(bilingual('金奖', ''))
    await flushPromises()
    const group = getByRole(root, 'group', 'Title')
    const zh = getByLabelText(group, '中文')
    const en = getByLabelText(group, 'English')
    expect(zh.value).toBe('金奖')
    expect(en.value).toBe('')
    expect(zh.getAttribute('aria-label')).toBe('Title, 中文')
    expect(en.getAttribute('aria-label')).toBe('Title, English')
    expect(zh.getAttribute('lang')).toBe('zh-CN')

    await type(en, 'Gold')
    expect(state.value).toEqual({ 'zh-CN': '金奖', en: 'Gold' })
    await type(zh, '')
    expect(state.value).toEqual({ 'zh-CN': '', en: 'Gold' })
    expect(state.inputs).toBe(2)
  })

  it('follows a new value from outside and names the inputs in the UI language', async () => {
    const { root, state } = render(bilingual(), {}, 'zh-CN')
    state.value = bilingual('线上评审', 'Online review')
    await flushPromises()
    const en = getByLabelText(getByRole(root, 'group', 'Title'), 'English')
    expect(en.value).toBe('Online review')
    expect(en.getAttribute('aria-label')).toBe('Title（English）')
  })

  it('offers text areas and can be disabled', async () => {
    const { root } = render(bilingual('说明', 'About'), { type: 'textarea', disabled: true })
    await flushPromises()
    const zh = getByLabelText(root, '中文')
    expect(zh.tagName).toBe('TEXTAREA')
    expect(zh.disabled).toBe(true)
  })
})

describe('bilingual texts', () => {
  it('fall back to the other language when one is empty, as the server does', () => {
    expect(inLocale(bilingual('金奖', 'Gold'), 'en')).toBe('Gold')
    expect(inLocale(bilingual('金奖', ' '), 'en')).toBe('金奖')
    expect(inLocale(bilingual('', 'Gold'), 'zh-CN')).toBe('Gold')
    expect(isBlank(bilingual(' ', ''))).toBe(true)
    expect(fromI18n(undefined, 'Gold')).toEqual(bilingual('Gold', 'Gold'))
    expect(fromI18n({ 'zh-CN': '金奖', en: '' }, 'x')).toEqual(bilingual('金奖', ''))
  })
})
