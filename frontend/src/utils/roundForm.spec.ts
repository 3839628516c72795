import { describe, expect, it } from 'vitest'
import type { RoundView } from '@/api/judging'
import {
  emptyCriterion,
  emptyRoundForm,
  formToSaveRound,
  roundRowKeys,
  roundToForm,
  stepDividesRange,
  weightPercents,
  type CriterionRow,
} from './roundForm'

function row(weight: number | null, min: number | null, max: number | null): CriterionRow {
  return { ...emptyCriterion(), weight, min, max }
}

describe('weightPercents', () => {
  it('gives each criterion its share of the total: weight × range over the sum', () => {
    const a = row(2, 0, 10)
    const b = row(1, 0, 10)
    expect(weightPercents([a, b])).toEqual({ [a.uid]: 66.7, [b.uid]: 33.3 })
  })

  it('counts the range, not only the weight', () => {
    const a = row(1, 0, 10)
    const b = row(1, 0, 30)
    expect(weightPercents([a, b])).toEqual({ [a.uid]: 25, [b.uid]: 75 })
  })

  it('leaves incomplete rows out instead of guessing', () => {
    const a = row(1, 0, 10)
    const b = row(null, 0, 10)
    const c = row(1, 5, 5)
    expect(weightPercents([a, b, c])).toEqual({ [a.uid]: 100, [b.uid]: null, [c.uid]: null })
    expect(weightPercents([b])).toEqual({ [b.uid]: null })
  })
})

describe('stepDividesRange', () => {
  it('accepts steps that divide max − min, allowing for floating point', () => {
    expect(stepDividesRange(0, 10, 0.5)).toBe(true)
    expect(stepDividesRange(0, 1, 0.1)).toBe(true)
    expect(stepDividesRange(0, 10, 3)).toBe(false)
    expect(stepDividesRange(10, 0, 1)).toBe(false)
  })
})

describe('round form', () => {
  it('sends trimmed values, keeps criterion ids and leaves empty optionals out', () => {
    const form = emptyRoundForm()
    form.name = { 'zh-CN': ' 线上初赛 ', en: '  Online preliminary ' }
    form.criteria = [{ ...row(2, 0, 10), id: 7, name: ' Innovation ', description: '  ', tieBreakOrder: 1 }]
    const body = formToSaveRound(form)
    expect(body).toMatchObject({
      name: { 'zh-CN': '线上初赛', en: 'Online preliminary' },
      mode: 'ONLINE',
      aggregation: 'MEAN',
      judgesPerEntry: 3,
      criteria: [{ id: 7, name: 'Innovation', weight: 2, min: 0, max: 10, step: 1, tieBreakOrder: 1 }],
    })
    expect(body.advanceCount).toBeUndefined()
    expect(body.disputeThreshold).toBeUndefined()
    expect(body.criteria[0]!.description).toBeUndefined()
  })

  it('reads a round back, and names rows in the order they are sent', () => {
    const round: RoundView = {
      id: 3,
      programId: 1,
      name: 'Final',
      position: 2,
      mode: 'LIVE',
      aggregation: 'TRIMMED_MEAN',
      trimCount: 1,
      blind: true,
      judgesPerEntry: 5,
      advanceCount: null,
      disputeThreshold: 20,
      scoringClosesAt: null,
      status: 'DRAFT',
      criteria: [
        {
          id: 11,
          name: 'Pitch',
          description: null,
          weight: 1,
          weightPercent: 50,
          min: 0,
          max: 10,
          step: 1,
          tieBreakOrder: null,
        },
        {
          id: 12,
          name: 'Q&A',
          description: 'Answers',
          weight: 1,
          weightPercent: 50,
          min: 0,
          max: 10,
          step: 0.5,
          tieBreakOrder: 1,
        },
      ],
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      i18n: { name: { 'zh-CN': '决赛', en: 'Final' } },
    }
    const form = roundToForm(round)
    expect(form.name).toEqual({ 'zh-CN': '决赛', en: 'Final' })
    expect(form).toMatchObject({ mode: 'LIVE', blind: true, disputeThreshold: 20, advanceCount: null })
    expect(form.criteria.map((c) => [c.id, c.description, c.step])).toEqual([
      [11, '', 1],
      [12, 'Answers', 0.5],
    ])
    expect(roundRowKeys(form)).toEqual({ criteria: form.criteria.map((c) => c.uid) })
  })

  it('sends a pairwise round without a rubric, and keeps a criterion to start from should the mode change', () => {
    const form = emptyRoundForm()
    form.name = { 'zh-CN': '展区', en: 'Expo' }
    form.mode = 'PAIRWISE'
    expect(formToSaveRound(form)).toMatchObject({ mode: 'PAIRWISE', criteria: [] })
    form.mode = 'ONLINE'
    expect(formToSaveRound(form).criteria).toHaveLength(1)

    const round = roundToForm({
      id: 4,
      programId: 1,
      name: 'Expo',
      position: 1,
      mode: 'PAIRWISE',
      aggregation: 'MEAN',
      trimCount: 1,
      blind: false,
      judgesPerEntry: 3,
      advanceCount: null,
      disputeThreshold: null,
      scoringClosesAt: null,
      status: 'DRAFT',
      criteria: [],
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      i18n: { name: { 'zh-CN': '展区', en: 'Expo' } },
    })
    expect(round.mode).toBe('PAIRWISE')
    expect(round.criteria).toHaveLength(1)
    expect(formToSaveRound(round).criteria).toEqual([])
  })
})
