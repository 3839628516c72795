import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { computed, reactive } from 'vue'
import RoundRubricBuilder from './RoundRubricBuilder.vue'
import { ApiError } from '@/api/http'
import { useNestedServerErrors } from '@/composables/useNestedServerErrors'
import { mountComponent } from '@/test/mountComponent'
import { fieldErrorText, getByLabelText, getByRole, type } from '@/test/dom'
import { emptyCriterion, type CriterionRow } from '@/utils/roundForm'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }

function criterion(name: string, weight: number, min = 0, max = 10): CriterionRow {
  return { ...emptyCriterion(), name, weight, min, max }
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('RoundRubricBuilder', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(rows: CriterionRow[], locked = false) {
    const server = useNestedServerErrors((path) => /^criteria\.[^.]+(\.|$)/.test(path))
    const state = reactive({ rows })
    const errors = computed(() => server.errors.value)
    const mounted = mountComponent(
      RoundRubricBuilder,
      {
        get modelValue() {
          return state.rows
        },
        'onUpdate:modelValue': (value: CriterionRow[]) => {
          state.rows = value
        },
        get errors() {
          return errors.value
        },
        onClearError: (path: string) => server.clear(path),
        locked,
      },
      { inForm: true },
    )
    wrapper = mounted.wrapper
    await flushPromises()
    return { ...mounted, state, server }
  }

  const group = (root: ParentNode, name: string) => getByRole(root, 'group', name)
  const share = (root: ParentNode, name: string) => text(group(root, name).querySelector('[data-testid="share"]')!)

  it('shows each criterion’s share of the total and follows weight changes live', async () => {
    const { root, state } = await render([criterion('Innovation', 2), criterion('Feasibility', 1)])
    expect(share(root, 'Criterion 1')).toBe('66.7% of the total')
    expect(share(root, 'Criterion 2')).toBe('33.3% of the total')

    await type(getByLabelText(group(root, 'Criterion 2'), 'Weight'), '2')
    await vi.waitFor(() => expect(state.rows[1]!.weight).toBe(2), WAIT)
    expect(share(root, 'Criterion 1')).toBe('50% of the total')
    expect(share(root, 'Criterion 2')).toBe('50% of the total')

    // A wider range weighs more: 1 × (0–30) against 2 × (0–10).
    state.rows = [state.rows[0]!, { ...state.rows[1]!, weight: 1, max: 30 }]
    await flushPromises()
    expect(share(root, 'Criterion 1')).toBe('40% of the total')
    expect(share(root, 'Criterion 2')).toBe('60% of the total')

    getByRole(root, 'button', 'Add criterion').click()
    await flushPromises()
    expect(state.rows).toHaveLength(3)
    expect(share(root, 'Criterion 3')).toBe('16.7% of the total')
  })

  it('shows the server error "criteria[1].max" at the maximum of the second criterion', async () => {
    const { root, state, server } = await render([
      criterion('Innovation', 2),
      criterion('Feasibility', 1, 10, 5),
      criterion('Impact', 1),
    ])
    server.apply(
      new ApiError({
        status: 400,
        detail: '2 fields are invalid',
        errors: [
          { field: 'criteria[1].max', message: 'must be greater than min' },
          { field: 'criteria[2].id', message: 'is not a criterion of this round' },
        ],
      }),
      { rows: { criteria: state.rows.map((r) => r.uid) } },
    )
    await flushPromises()

    const second = group(root, 'Criterion 2')
    await vi.waitFor(() => expect(fieldErrorText(second, 'Max')).toContain('must be greater than min'), WAIT)
    expect(fieldErrorText(second, 'Min')).toBe('')
    expect(fieldErrorText(group(root, 'Criterion 1'), 'Max')).toBe('')
    // Nothing to show it at: the message still appears on its row.
    expect(group(root, 'Criterion 3').textContent).toContain('id: is not a criterion of this round')
    // The incomplete row gets no share.
    expect(share(root, 'Criterion 2')).toBe('Share not known yet')
  })

  it('keeps an error with its criterion when criteria are moved, and clears it on change', async () => {
    const { root, state, server } = await render([criterion('Innovation', 2), criterion('Feasibility', 1)])
    server.apply(
      new ApiError({ status: 400, errors: [{ field: 'criteria[1].step', message: 'must divide the range' }] }),
      {
        rows: { criteria: state.rows.map((r) => r.uid) },
      },
    )
    await flushPromises()
    getByRole(root, 'button', 'Move criterion 2 up').click()
    await flushPromises()
    expect(state.rows.map((r) => r.name)).toEqual(['Feasibility', 'Innovation'])
    await vi.waitFor(
      () => expect(fieldErrorText(group(root, 'Criterion 1'), 'Step')).toContain('must divide the range'),
      WAIT,
    )
    expect(fieldErrorText(group(root, 'Criterion 2'), 'Step')).toBe('')

    await type(getByLabelText(group(root, 'Criterion 1'), 'Step'), '2')
    expect(server.at(`criteria.${state.rows[0]!.uid}.step`)).toBe('')
  })

  it('shows a locked rubric read-only', async () => {
    const { root } = await render([criterion('Innovation', 2)], true)
    expect(getByLabelText(group(root, 'Criterion 1'), 'Name').disabled).toBe(true)
    expect(() => getByRole(root, 'button', 'Add criterion')).toThrow()
  })
})
