import { describe, expect, it } from 'vitest'
import type { AnnouncementView, Candidate, Proposal, TierProposal } from '@/api/awards'
import {
  departsFromProposal,
  isDeparture,
  openPlaces,
  orderedTiers,
  overfilledTiers,
  proposedSelection,
  publishedSelection,
  publishProblems,
  sameSelection,
  shortHash,
  takenElsewhere,
  tierDeparture,
  toWinners,
  winnerErrorsByTier,
} from './winners'

const c = (entryId: number, rank: number, score: number, categoryId: number | null = 1): Candidate => ({
  entryId,
  title: `Entry ${entryId}`,
  organization: null,
  categoryId,
  rank,
  score,
})

// Ranking of one category: 11 first, 12 and 13 tied for second, 14 fourth.
const RANKING = [c(11, 1, 90), c(12, 2, 80), c(13, 2, 80), c(14, 4, 70)]

function tier(
  tierId: number,
  tierRank: number,
  count: number,
  proposed: Candidate[],
  tied: Candidate[] = [],
): TierProposal {
  return {
    tierId,
    name: `Tier ${tierId}`,
    tierRank,
    count,
    categoryId: null,
    categoryName: null,
    proposed,
    tiedAtBoundary: tied,
    candidates: RANKING,
  }
}

// Gold (1 place): 11. Silver (1 place): 12, with 12 and 13 tied at its last place.
const PROPOSAL: Pick<Proposal, 'tiers' | 'ranking'> = {
  ranking: RANKING,
  tiers: [tier(2, 2, 1, [RANKING[1]!], [RANKING[1]!, RANKING[2]!]), tier(1, 1, 1, [RANKING[0]!])],
}

describe('departure from the ranking', () => {
  it('is no departure when the choice is the proposal', () => {
    expect(departsFromProposal(PROPOSAL, proposedSelection(PROPOSAL))).toBe(false)
    expect(departsFromProposal(PROPOSAL, { 2: [12], 1: [11] })).toBe(false)
  })

  it('is a departure to choose another entry, even one from a tie', () => {
    expect(departsFromProposal(PROPOSAL, { 1: [11], 2: [13] })).toBe(true)
    expect(departsFromProposal(PROPOSAL, { 1: [11], 2: [14] })).toBe(true)
  })

  it('is a departure to move an entry to another tier, or to leave a place empty', () => {
    expect(departsFromProposal(PROPOSAL, { 1: [12], 2: [11] })).toBe(true)
    expect(departsFromProposal(PROPOSAL, { 1: [11], 2: [] })).toBe(true)
    expect(departsFromProposal(PROPOSAL, {})).toBe(true)
  })

  it('says per tier what was added, removed and left empty', () => {
    const swapped = tierDeparture(PROPOSAL.tiers[0]!, [13])
    expect(swapped).toEqual({ tierId: 2, added: [13], removed: [12], emptyPlaces: 0 })
    expect(isDeparture(swapped)).toBe(true)
    const empty = tierDeparture(PROPOSAL.tiers[0]!, [])
    expect(empty).toEqual({ tierId: 2, added: [], removed: [12], emptyPlaces: 1 })
    expect(isDeparture(tierDeparture(PROPOSAL.tiers[0]!, [12]))).toBe(false)
  })
})

describe('what publishing still needs', () => {
  it('requires a reason only when the choice departs from the ranking', () => {
    expect(publishProblems({ departs: false, correction: false, reason: '', note: '' })).toEqual({})
    expect(publishProblems({ departs: true, correction: false, reason: '  ', note: '' })).toEqual({
      reason: 'required',
    })
    expect(publishProblems({ departs: true, correction: false, reason: 'Chair decided', note: '' })).toEqual({})
  })

  it('requires a note for a correction (any version after the first)', () => {
    expect(publishProblems({ departs: false, correction: true, reason: '', note: '' })).toEqual({ note: 'required' })
    expect(publishProblems({ departs: false, correction: true, reason: '', note: 'Silver fixed' })).toEqual({})
    expect(publishProblems({ departs: true, correction: true, reason: '', note: '' })).toEqual({
      reason: 'required',
      note: 'required',
    })
  })
})

describe('tier counts', () => {
  it('finds tiers given more winners than places, and the places still open', () => {
    const tiers = [tier(1, 1, 1, []), tier(2, 2, 2, [])]
    expect(overfilledTiers(tiers, { 1: [11], 2: [12, 13] })).toEqual([])
    expect(overfilledTiers(tiers, { 1: [11, 14], 2: [12] })).toEqual([{ tierId: 1, count: 1, chosen: 2 }])
    expect(openPlaces(tiers[1]!, [12])).toBe(1)
    expect(openPlaces(tiers[1]!, [12, 13])).toBe(0)
  })

  it('keeps an entry to one tier', () => {
    expect([...takenElsewhere({ 1: [11], 2: [12, 13] }, 2)]).toEqual([11])
  })
})

describe('the request and its errors', () => {
  it('sends winners tier by tier, top tier first', () => {
    expect(orderedTiers(PROPOSAL.tiers).map((t) => t.tierId)).toEqual([1, 2])
    expect(toWinners(PROPOSAL.tiers, { 2: [12], 1: [11] })).toEqual([
      { entryId: 11, prizeTierId: 1 },
      { entryId: 12, prizeTierId: 2 },
    ])
  })

  it('maps "winners[i]" errors back to the tier of the i-th winner sent', () => {
    const sent = [
      { entryId: 11, prizeTierId: 1 },
      { entryId: 12, prizeTierId: 2 },
    ]
    const mapped = winnerErrorsByTier(
      [
        { field: 'winners[1].prizeTierId', message: 'Silver is for another category' },
        { field: 'winners', message: 'Gold has 1 place; 2 winners given' },
        { field: 'note', message: 'needed' },
      ],
      sent,
    )
    expect(mapped.byTier).toEqual({ 2: ['Silver is for another category'] })
    expect(mapped.general).toEqual(['Gold has 1 place; 2 winners given'])
  })

  it('starts a correction from the published winners', () => {
    const published = {
      tiers: [
        {
          tierId: 2,
          name: 'Tier 2',
          tierRank: 2,
          categoryId: null,
          categoryName: null,
          winners: [{ entryId: 13, title: 'x', organization: null, rank: null, score: null }],
        },
      ],
    } as Pick<AnnouncementView, 'tiers'>
    const selection = publishedSelection(PROPOSAL, published)
    expect(selection).toEqual({ 1: [], 2: [13] })
    expect(sameSelection(selection, { 2: [13], 1: [] })).toBe(true)
    expect(sameSelection(selection, proposedSelection(PROPOSAL))).toBe(false)
  })

  it('shortens a fingerprint for people', () => {
    expect(shortHash('b4a4f9f782e80ba7ee13bcf2d7944d1285dc0ebbb8f6a18c3b23ad3402cddeb0')).toBe('b4a4f9f7…ddeb0')
  })
})
