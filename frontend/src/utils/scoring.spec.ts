import { describe, expect, it } from 'vitest'
import type { QueueItem } from '@/api/judging'
import { groupQueue, onScale, round2, roundSequence, scoredCount, stepPrecision, weightedTotal } from './scoring'

const rubric = [
  { id: 1, weight: 2, min: 0, max: 10 },
  { id: 2, weight: 1, min: 0, max: 10 },
]

describe('weightedTotal', () => {
  it('is 100 × Σ w·(v − min) / Σ w·(max − min)', () => {
    // (2·8 + 1·6) / (2·10 + 1·10) = 22 / 30
    expect(round2(weightedTotal(rubric, { '1': 8, '2': 6 }))).toBe(73.33)
    expect(weightedTotal(rubric, { '1': 10, '2': 10 })).toBe(100)
    expect(weightedTotal(rubric, { '1': 0, '2': 0 })).toBe(0)
  })

  it('counts a criterion without a value as its minimum, as the server does', () => {
    expect(round2(weightedTotal(rubric, { '1': 8 }))).toBe(53.33)
    expect(weightedTotal(rubric, { '1': null, '2': undefined })).toBe(0)
    expect(scoredCount(rubric, { '1': 8, '2': null })).toBe(1)
  })

  it('respects each criterion’s own scale', () => {
    const scaled = [
      { id: 1, weight: 1, min: 1, max: 5 },
      { id: 2, weight: 1, min: 0, max: 100 },
    ]
    // (1·(3 − 1) + 1·50) / (1·4 + 1·100) = 52 / 104
    expect(weightedTotal(scaled, { '1': 3, '2': 50 })).toBe(50)
  })
})

describe('scales and steps', () => {
  it('knows values on the scale and the decimals a step needs', () => {
    const c = { min: 0, max: 10, step: 0.5 }
    expect(onScale(c, 7.5)).toBe(true)
    expect(onScale(c, 7.25)).toBe(false)
    expect(onScale(c, 11)).toBe(false)
    expect(stepPrecision(1)).toBe(0)
    expect(stepPrecision(0.5)).toBe(1)
    expect(stepPrecision(0.25)).toBe(2)
  })
})

function item(
  roundId: number,
  entryId: number,
  scorecardStatus: QueueItem['scorecardStatus'],
  roundStatus: QueueItem['roundStatus'] = 'OPEN',
): QueueItem {
  return {
    roundId,
    roundName: `Round ${roundId}`,
    roundStatus,
    programId: 1,
    programTitle: 'Startup Cup',
    entryId,
    entryTitle: `Entry ${entryId}`,
    scorecardStatus,
    scoringClosesAt: null,
    canScore: roundStatus === 'OPEN',
  }
}

describe('groupQueue', () => {
  const queue = [
    item(9, 30, 'SUBMITTED', 'CLOSED'),
    item(4, 12, 'SUBMITTED'),
    item(4, 10, 'NOT_STARTED'),
    item(4, 11, 'DRAFT'),
    item(9, 31, 'DRAFT', 'CLOSED'),
  ]

  it('groups by round, open rounds first, drafts before new entries before submitted ones', () => {
    const groups = groupQueue(queue)
    expect(groups.map((g) => g.roundId)).toEqual([4, 9])
    expect(groups[0]!.items.map((i) => i.entryId)).toEqual([11, 10, 12])
    expect(groups[0]!.counts).toEqual({ NOT_STARTED: 1, DRAFT: 1, SUBMITTED: 1 })
    expect(groups[0]!.missing).toBe(2)
    // Unfinished scorecards of a closed round can no longer be finished: no reminder for them.
    expect(groups[1]!.missing).toBe(0)
    expect(groups[1]!.roundStatus).toBe('CLOSED')
  })

  it('keeps a stable order by entry for previous/next', () => {
    expect(roundSequence(queue, 4).map((i) => i.entryId)).toEqual([10, 11, 12])
    expect(roundSequence(queue, 99)).toEqual([])
  })
})
