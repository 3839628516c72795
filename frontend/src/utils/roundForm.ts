// The round editor's working copy of a round: criteria rows carry a local key (uid) so they keep
// their identity (and their server errors) while being added, moved and removed; saved criteria
// also keep their server id so a PUT updates them instead of replacing them.
import type { AggregationMethod, RoundMode, RoundView, SaveRound } from '@/api/judging'
import { bilingual, fromI18n, trimmedText, type Bilingual } from './bilingual'
import { newUid } from './programForm'

export interface CriterionRow {
  uid: string
  id?: number
  name: string
  description: string
  weight: number | null
  min: number | null
  max: number | null
  step: number | null
  tieBreakOrder: number | null
}

export interface RoundForm {
  name: Bilingual
  mode: RoundMode
  aggregation: AggregationMethod
  trimCount: number
  blind: boolean
  judgesPerEntry: number
  advanceCount: number | null
  disputeThreshold: number | null
  /** The scoring deadline as an ISO instant, null for none (the editor shows it in the program's zone). */
  scoringClosesAt: string | null
  criteria: CriterionRow[]
}

export function emptyCriterion(): CriterionRow {
  return { uid: newUid('k'), name: '', description: '', weight: 1, min: 0, max: 10, step: 1, tieBreakOrder: null }
}

/** A new round: online, mean of three judges, one criterion on 0-10 to start from. */
export function emptyRoundForm(): RoundForm {
  return {
    name: bilingual(),
    mode: 'ONLINE',
    aggregation: 'MEAN',
    trimCount: 1,
    blind: false,
    judgesPerEntry: 3,
    advanceCount: null,
    disputeThreshold: null,
    scoringClosesAt: null,
    criteria: [emptyCriterion()],
  }
}

/** A pairwise round ranks by comparing tables: it has no rubric, judges per entry or aggregation method. */
export function isPairwise(form: Pick<RoundForm, 'mode'>): boolean {
  return form.mode === 'PAIRWISE'
}

export function roundToForm(round: RoundView): RoundForm {
  return {
    name: fromI18n(round.i18n?.name, round.name),
    mode: round.mode,
    aggregation: round.aggregation,
    trimCount: round.trimCount,
    blind: round.blind,
    judgesPerEntry: round.judgesPerEntry,
    advanceCount: round.advanceCount,
    disputeThreshold: round.disputeThreshold,
    scoringClosesAt: round.scoringClosesAt,
    // A pairwise round has none: a criterion to start from, should the organizer pick a scored mode.
    criteria:
      round.criteria.length === 0
        ? [emptyCriterion()]
        : round.criteria.map((c) => ({
            uid: newUid('k'),
            id: c.id,
            name: c.name,
            description: c.description ?? '',
            weight: c.weight,
            min: c.min,
            max: c.max,
            step: c.step,
            tieBreakOrder: c.tieBreakOrder,
          })),
  }
}

const orUndefined = (value: number | null | undefined) => (value === null || value === undefined ? undefined : value)

/**
 * The request body for POST/PUT of a round. Empty numbers stay null so the server names the field.
 * A pairwise round is sent without criteria (the rows stay in the form should the mode change back).
 */
export function formToSaveRound(form: RoundForm): SaveRound {
  return {
    name: trimmedText(form.name),
    mode: form.mode,
    aggregation: form.aggregation,
    trimCount: form.trimCount,
    blind: form.blind,
    judgesPerEntry: form.judgesPerEntry,
    advanceCount: orUndefined(form.advanceCount),
    disputeThreshold: orUndefined(form.disputeThreshold),
    scoringClosesAt: form.scoringClosesAt ?? undefined,
    criteria: isPairwise(form)
      ? []
      : form.criteria.map((c) => ({
          id: c.id,
          name: c.name.trim(),
          description: c.description.trim() || undefined,
          weight: c.weight,
          min: c.min,
          max: c.max,
          step: orUndefined(c.step),
          tieBreakOrder: orUndefined(c.tieBreakOrder),
        })),
  }
}

/** The uids of the criteria in the order they are sent, for placing "criteria[1].max" on its row. */
export function roundRowKeys(form: RoundForm): Record<string, string[]> {
  return { criteria: form.criteria.map((c) => c.uid) }
}

/** How many points of the 0-100 total a criterion can move: weight × (max − min); null if the row is incomplete. */
function span(row: Pick<CriterionRow, 'weight' | 'min' | 'max'>): number | null {
  const { weight, min, max } = row
  if (weight === null || min === null || max === null) return null
  if (!(weight > 0) || !(max > min)) return null
  return weight * (max - min)
}

/**
 * Each criterion's share of the total in percent, as the server computes weightPercent (one
 * decimal): weight × (max − min) over the sum of those. Incomplete rows get null and count for nothing.
 */
export function weightPercents(
  rows: readonly Pick<CriterionRow, 'uid' | 'weight' | 'min' | 'max'>[],
): Record<string, number | null> {
  const spans = rows.map((r) => span(r))
  const total = spans.reduce<number>((sum, s) => sum + (s ?? 0), 0)
  const out: Record<string, number | null> = {}
  rows.forEach((row, i) => {
    const s = spans[i]
    out[row.uid] = s === null || s === undefined || total === 0 ? null : Math.round((1000 * s) / total) / 10
  })
  return out
}

/** True if `step` divides max − min (what the server demands), allowing for floating-point noise. */
export function stepDividesRange(min: number, max: number, step: number): boolean {
  if (!(step > 0) || !(max > min)) return false
  const steps = (max - min) / step
  return Math.abs(steps - Math.round(steps)) < 1e-9
}
