import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import LiveScorecard from './LiveScorecard.vue'
import type { CriterionView, ScorecardView } from '@/api/judging'
import { mountComponent } from '@/test/mountComponent'
import { getByLabelText, getByRole, type } from '@/test/dom'

function criterion(id: number, name: string, weight: number, min: number, max: number, step = 1): CriterionView {
  return { id, name, description: null, weight, weightPercent: 0, min, max, step, tieBreakOrder: null }
}

// Innovation counts twice; Presentation is on a 1-5 scale.
const CRITERIA = [
  criterion(1, 'Innovation', 2, 0, 10),
  criterion(2, 'Feasibility', 1, 0, 10),
  criterion(3, 'Presentation', 1, 1, 5),
]

function total(root: ParentNode): string {
  return root.querySelector('[data-testid="live-total"]')?.textContent ?? ''
}

describe('LiveScorecard', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(props: Record<string, unknown>) {
    const mounted = mountComponent(LiveScorecard, { criteria: CRITERIA, scorecard: null, canScore: true, ...props })
    wrapper = mounted.wrapper
    // Element Plus gives the inputs their ids once mounted.
    await flushPromises()
    return mounted
  }

  it('shows the weighted total on 0-100 as the judge scores, and submits the values', async () => {
    const submit = vi.fn()
    const { root } = await render({ onSubmit: submit })
    expect(total(root)).toBe('0.00')
    expect((getByRole(root, 'button', 'Submit scores') as HTMLButtonElement).disabled).toBe(true)

    await type(getByLabelText(root, 'Innovation'), '9')
    // 100 × 2·9 / (2·10 + 1·10 + 1·4)
    expect(total(root)).toBe('52.94')
    await type(getByLabelText(root, 'Feasibility'), '6')
    expect(total(root)).toBe('70.59')
    await type(getByLabelText(root, 'Presentation'), '4')
    // 100 × (18 + 6 + (4 − 1)) / 34
    expect(total(root)).toBe('79.41')
    expect(root.textContent).toContain('3 of 3 scored')

    await type(getByLabelText(root, 'Private comment to organizers'), '  Strong team.  ')
    getByRole(root, 'button', 'Submit scores').click()
    await flushPromises()
    expect(submit).toHaveBeenCalledWith({ scores: { '1': 9, '2': 6, '3': 4 }, comment: 'Strong team.' }, 79.41)
  })

  it('keeps the scorecard locked until scoring opens', async () => {
    const { root } = await render({ canScore: false })
    expect(getByLabelText(root, 'Innovation').disabled).toBe(true)
    expect(root.textContent).not.toContain('Submit scores')
  })

  it('shows the submitted values, and lets the judge change them while scoring is open', async () => {
    const card: ScorecardView = {
      roundId: 4,
      entryId: 5,
      scores: { '1': 10, '2': 10, '3': 5 },
      comment: null,
      feedback: null,
      status: 'SUBMITTED',
      total: 100,
      submittedAt: '2025-01-01T10:00:00Z',
      updatedAt: '2025-01-01T10:00:00Z',
    }
    const { root } = await render({ scorecard: card })
    expect(root.textContent).toContain('Submitted')
    expect(root.querySelector('[data-testid="live-submitted-total"]')?.textContent).toBe('100.00')
    getByRole(root, 'button', 'Change my scores').click()
    await flushPromises()
    expect(getByLabelText(root, 'Innovation').value).toBe('10')
    expect(total(root)).toBe('100.00')
    expect(getByRole(root, 'button', 'Submit changes')).toBeTruthy()
  })
})
