import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { computed, reactive } from 'vue'
import ProgramFieldBuilder from './ProgramFieldBuilder.vue'
import { ApiError } from '@/api/http'
import { useNestedServerErrors } from '@/composables/useNestedServerErrors'
import { mountComponent } from '@/test/mountComponent'
import { fieldErrorText, getByLabelText, getByRole, type } from '@/test/dom'
import { bilingual } from '@/utils/bilingual'
import { emptyField, type FieldRow } from '@/utils/programForm'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }

function row(key: string, label: string): FieldRow {
  return { ...emptyField(), key, label: bilingual(label, label) }
}

describe('ProgramFieldBuilder', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(rows: FieldRow[]) {
    const server = useNestedServerErrors((path) => /^formFields\.[^.]+(\.|$)/.test(path))
    const state = reactive({ rows })
    const errors = computed(() => server.errors.value)
    const mounted = mountComponent(
      ProgramFieldBuilder,
      {
        get modelValue() {
          return state.rows
        },
        'onUpdate:modelValue': (value: FieldRow[]) => {
          state.rows = value
        },
        get errors() {
          return errors.value
        },
        onClearError: (path: string) => server.clear(path),
      },
      { inForm: true },
    )
    wrapper = mounted.wrapper
    await flushPromises()
    return { ...mounted, state, server }
  }

  const group = (root: ParentNode, name: string) => getByRole(root, 'group', name)
  /** One language's input of a bilingual text ("Label", "English"). */
  const side = (root: ParentNode, text: string, language: '中文' | 'English') =>
    getByLabelText(group(root, text), language)
  /** The messages of the form item holding a bilingual text. */
  const bilingualError = (root: ParentNode, text: string) =>
    Array.from(group(root, text).closest('.el-form-item')?.querySelectorAll('[role="alert"]') ?? [])
      .map((el) => el.textContent?.trim())
      .join(' ')

  it('shows the server error "formFields[1].key" at the key of the second field', async () => {
    const { root, state, server } = await render([row('pitch', 'Pitch'), row('1bad', 'Deck'), row('site', 'Website')])
    server.apply(
      new ApiError({
        status: 400,
        detail: '2 fields are invalid',
        errors: [
          { field: 'formFields[1].key', message: 'must start with a letter and use letters, digits or _ (at most 40)' },
          { field: 'formFields[2].options', message: 'a SELECT field needs options' },
        ],
      }),
      { rows: { formFields: state.rows.map((r) => r.uid) } },
    )
    await flushPromises()

    const second = group(root, 'Field 2')
    await vi.waitFor(() => expect(fieldErrorText(second, 'Key')).toContain('must start with a letter'), WAIT)
    expect(bilingualError(second, 'Label')).toBe('')
    expect(fieldErrorText(group(root, 'Field 1'), 'Key')).toBe('')
    // An error for an input the row does not show (options of a text field) still appears in the row.
    expect(group(root, 'Field 3').textContent).toContain('a SELECT field needs options')
  })

  it('keeps an error with its row when rows are moved', async () => {
    const { root, state, server } = await render([row('pitch', 'Pitch'), row('1bad', 'Deck')])
    server.apply(new ApiError({ status: 400, errors: [{ field: 'formFields[1].key', message: 'bad key' }] }), {
      rows: { formFields: state.rows.map((r) => r.uid) },
    })
    await flushPromises()
    getByRole(root, 'button', 'Move field 2 up').click()
    await flushPromises()
    expect(state.rows.map((r) => r.key)).toEqual(['1bad', 'pitch'])
    await vi.waitFor(() => expect(fieldErrorText(group(root, 'Field 1'), 'Key')).toContain('bad key'), WAIT)
    expect(fieldErrorText(group(root, 'Field 2'), 'Key')).toBe('')

    // Fixing the key clears its message.
    await type(getByLabelText(group(root, 'Field 1'), 'Key'), 'deck')
    expect(server.at(`formFields.${state.rows[0]!.uid}.key`)).toBe('')
  })

  it('adds fields, derives keys from labels and offers options only for choice types', async () => {
    const { root, state } = await render([])
    expect(root.textContent).toContain('No extra questions yet.')
    getByRole(root, 'button', 'Add field').click()
    await flushPromises()
    expect(state.rows).toHaveLength(1)
    await type(side(group(root, 'Field 1'), 'Label', '中文'), '路演材料')
    expect(state.rows[0]!.key).toBe('field_1')
    await type(side(group(root, 'Field 1'), 'Label', 'English'), 'Pitch deck')
    expect(state.rows[0]!.label).toEqual({ 'zh-CN': '路演材料', en: 'Pitch deck' })
    expect(state.rows[0]!.key).toBe('pitch_deck')
    expect(group(root, 'Field 1').textContent).not.toContain('Options')
    state.rows = [{ ...state.rows[0]!, type: 'SELECT' }]
    await flushPromises()
    expect(group(root, 'Field 1').textContent).toContain('Options')
    expect(group(root, 'Field 1').textContent).not.toContain('Maximum length')

    getByRole(root, 'button', 'Add option').click()
    await flushPromises()
    await type(side(group(root, 'Field 1'), 'Option 1', '中文'), '样机')
    await type(side(group(root, 'Field 1'), 'Option 1', 'English'), 'Prototype')
    expect(state.rows[0]!.options).toEqual([{ 'zh-CN': '样机', en: 'Prototype' }])
    getByRole(root, 'button', 'Remove option 1').click()
    await flushPromises()
    expect(state.rows[0]!.options).toEqual([])

    getByRole(root, 'button', 'Remove field 1').click()
    await flushPromises()
    expect(state.rows).toHaveLength(0)
  })
})
