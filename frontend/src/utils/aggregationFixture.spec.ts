// The shared arithmetic cases, run against the client's port (the server runs the same file
// against Aggregation in AggregationFixtureTest): a drift fails one of the two builds.
import { describe, expect, it } from 'vitest'
import raw from '@/test/fixtures/aggregation-cases.json?raw'
import { round2, weightedTotal } from './scoring'

interface Criterion {
  id: number
  weight: number
  min: number
  max: number
}

interface Fixture {
  rounding: { cases: { value: number; expected: number; why: string }[]; everyThousandth: { from: number; to: number } }
  totals: {
    cases: { why: string; rubric: Criterion[]; values: Record<string, number>; expected: number; rounded: number }[]
  }
}

const fixture = JSON.parse(raw) as Fixture

describe('the shared rounding cases', () => {
  it.each(fixture.rounding.cases)('$value -> $expected ($why)', ({ value, expected }) => {
    expect(round2(value)).toBe(expected)
  })

  it('rounds every thousandth from 0 to 100 half up on its decimal text', () => {
    const { from, to } = fixture.rounding.everyThousandth
    const wrong: number[] = []
    for (let k = from; k <= to; k++) {
      if (round2(k / 1000) !== Math.floor((k + 5) / 10) / 100) wrong.push(k)
    }
    expect(wrong).toEqual([])
  })
})

describe('the shared weighted totals', () => {
  it.each(fixture.totals.cases)('$why', ({ rubric, values, expected, rounded }) => {
    const total = weightedTotal(rubric, values)
    expect(total).toBeCloseTo(expected, 9)
    expect(round2(total)).toBe(rounded)
  })
})
