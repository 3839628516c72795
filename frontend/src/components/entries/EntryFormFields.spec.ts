import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { h, nextTick, reactive } from 'vue'
import EntryFormFields, { type AnswerDraft } from './EntryFormFields.vue'
import type { FieldType, FormField } from '@/api/programs'
import { mountComponent } from '@/test/mountComponent'
import { fieldErrorText, getByLabelText, type } from '@/test/dom'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }

function field(key: string, label: string, fieldType: FieldType, extra: Partial<FormField> = {}): FormField {
  return {
    id: 0,
    key,
    label,
    type: fieldType,
    required: false,
    options: [],
    maxLength: null,
    helpText: null,
    identifying: false,
    ...extra,
    optionLabels: extra.optionLabels ?? extra.options ?? [],
    i18n: extra.i18n ?? {
      label: { 'zh-CN': label, en: label },
      helpText: { 'zh-CN': '', en: '' },
      options: { 'zh-CN': extra.options ?? [], en: extra.options ?? [] },
    },
  }
}

const FIELDS: FormField[] = [
  field('pitch', 'One-line pitch', 'TEXT', { required: true, maxLength: 140, helpText: 'What does it do?' }),
  field('story', 'Story', 'LONG_TEXT'),
  field('size', 'Team size', 'NUMBER'),
  field('stage', 'Stage', 'SELECT', { options: ['Idea', 'Prototype'] }),
  field('markets', 'Markets', 'MULTI_SELECT', { options: ['China', 'Europe'], optionLabels: ['中国', 'Europe'] }),
  field('site', 'Website', 'URL'),
  field('contact', 'Contact email', 'EMAIL'),
  field('founded', 'Founded on', 'DATE'),
  field('deck', 'Pitch deck', 'FILE', { required: true }),
]

describe('EntryFormFields', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(
    answers: AnswerDraft,
    errors: Record<string, string> = {},
    slots: Record<string, unknown> = {},
  ) {
    const state = reactive({ answers, errors })
    const onClear = vi.fn()
    const mounted = mountComponent(
      EntryFormFields,
      {
        get modelValue() {
          return state.answers
        },
        'onUpdate:modelValue': (value: AnswerDraft) => {
          state.answers = value
        },
        get errors() {
          return state.errors
        },
        fields: FIELDS,
        onClearError: onClear,
      },
      { inForm: true, slots },
    )
    wrapper = mounted.wrapper
    // Element Plus wires label and control ids after mounting.
    await flushPromises()
    return { ...mounted, state, onClear }
  }

  it('renders a fitting control for each field type, labelled by the field label', async () => {
    const { root } = await render({ pitch: 'Hello', markets: ['Europe'], size: 6, founded: '2024-03-15' })
    expect(getByLabelText(root, 'One-line pitch').tagName).toBe('INPUT')
    expect(getByLabelText(root, 'One-line pitch').value).toBe('Hello')
    expect(getByLabelText(root, 'One-line pitch').getAttribute('maxlength')).toBe('140')
    expect(getByLabelText(root, 'Story').tagName).toBe('TEXTAREA')
    expect(getByLabelText(root, 'Team size').value).toBe('6')
    expect(getByLabelText(root, 'Website').type).toBe('url')
    expect(getByLabelText(root, 'Contact email').type).toBe('email')
    expect(getByLabelText(root, 'Founded on').value).toBe('2024-03-15')
    expect(root.querySelector('.entry-form-fields__item--select .el-select')).toBeTruthy()

    const checkboxes = [
      ...root.querySelectorAll<HTMLInputElement>('.entry-form-fields__item--multi_select input[type="checkbox"]'),
    ]
    expect(checkboxes.map((c) => c.value)).toEqual(['China', 'Europe'])
    // Choices show in the reader's language; the values answers store stay the same.
    expect(checkboxes.map((c) => c.closest('label')?.textContent?.trim())).toEqual(['中国', 'Europe'])
    expect(checkboxes.map((c) => c.checked)).toEqual([false, true])

    const file = root.querySelector('[data-field-key="deck"]')
    expect(file?.getAttribute('role')).toBe('group')
    const labelledBy = file?.getAttribute('aria-labelledby') ?? ''
    expect(document.getElementById(labelledBy)?.textContent).toBe('Pitch deck')
    expect(file?.textContent).toContain('Drop a file here or click to upload')
  })

  it('counts characters of text answers against the maximum and shows help text', async () => {
    const { root } = await render({ pitch: 'Hello' })
    const item = root.querySelector('[data-field-key="pitch"]') as HTMLElement
    expect(item.textContent).toContain('5 / 140')
    expect(item.textContent).toContain('What does it do?')
    const story = root.querySelector('[data-field-key="story"]') as HTMLElement
    expect(story.textContent).toContain('0 characters')
  })

  it('marks required fields', async () => {
    const { root } = await render({})
    const required = [...root.querySelectorAll('.el-form-item.is-required')].map((el) =>
      el.getAttribute('data-field-key'),
    )
    expect(required).toEqual(['pitch', 'deck'])
  })

  it('updates answers through v-model', async () => {
    const { root, state } = await render({})
    await type(getByLabelText(root, 'One-line pitch'), 'Flood forecasts')
    expect(state.answers.pitch).toBe('Flood forecasts')
    const europe = root.querySelector<HTMLInputElement>('.entry-form-fields__item--multi_select input[value="Europe"]')!
    europe.click()
    await flushPromises()
    expect(state.answers.markets).toEqual(['Europe'])
  })

  it('shows a server error under the field it belongs to, and only there', async () => {
    const { root, state, onClear } = await render(
      { pitch: '' },
      { pitch: 'is required', deck: 'needs an attached file', site: 'must be a valid URL' },
    )
    // Element Plus renders each item's message on its own tick: wait for all of them.
    await vi.waitFor(() => {
      expect(fieldErrorText(root, 'One-line pitch')).toContain('is required')
      expect(fieldErrorText(root, 'Website')).toContain('must be a valid URL')
    }, WAIT)
    expect(fieldErrorText(root, 'Story')).toBe('')
    expect(fieldErrorText(root, 'Contact email')).toBe('')
    const deck = root.querySelector('[data-field-key="deck"]') as HTMLElement
    expect(deck.querySelector('[role="alert"]')?.textContent).toContain('needs an attached file')

    // Typing into the field asks the parent to clear its message.
    await type(getByLabelText(root, 'One-line pitch'), 'x')
    expect(onClear).toHaveBeenCalledWith('pitch')
    state.errors = {}
    await nextTick()
    await vi.waitFor(() => expect(fieldErrorText(root, 'One-line pitch')).toBe(''), WAIT)
  })

  it('renders the file slot for FILE fields with the field', async () => {
    const { root } = await render(
      {},
      {},
      {
        file: ({ field: f }: { field: FormField }) => h('button', { type: 'button' }, `Upload for ${f.key}`),
      },
    )
    const group = root.querySelector('[data-field-key="deck"]')
    expect(group?.querySelector('button')?.textContent).toBe('Upload for deck')
  })
})
