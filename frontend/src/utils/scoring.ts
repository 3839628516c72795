// Scorecard arithmetic and queue helpers shared by the judge's pages.
import type { CriterionView, QueueItem, QueueStatus, RoundStatus } from '@/api/judging'

export type ScoreValues = Record<string, number | null | undefined>

/**
 * The port of the server's arithmetic that a judge's scorecard needs to preview its total before
 * saving; everything else (results, ranks, the live board) is shown as the server computed it.
 * `src/test/fixtures/aggregation-cases.json` holds the cases both sides must agree on: JUnit runs
 * them against `Aggregation`, Vitest (`aggregationFixture.spec.ts`) against these functions.
 *
 * A scorecard's weighted total on the 0-100 scale, the way the server computes it:
 * 100 × Σ w·(v − min) / Σ w·(max − min). A criterion not scored yet counts as its minimum; a value
 * off the scale (which the server refuses) is held to it while the judge is still typing.
 */
export function weightedTotal(
  criteria: readonly Pick<CriterionView, 'id' | 'weight' | 'min' | 'max'>[],
  scores: ScoreValues,
): number {
  let sum = 0
  let span = 0
  for (const c of criteria) {
    const raw = scores[String(c.id)]
    const value = typeof raw === 'number' && Number.isFinite(raw) ? Math.min(c.max, Math.max(c.min, raw)) : c.min
    sum += c.weight * (value - c.min)
    span += c.weight * (c.max - c.min)
  }
  return span === 0 ? 0 : (100 * sum) / span
}

/**
 * Two decimals, half up on the number as it prints (4.015 -> 4.02, although the double is a hair
 * below), exactly as the server's `Aggregation.round(v, 2)`: the same arithmetic path, and within
 * a hair of a half the decimal text decides.
 */
export function round2(value: number): number {
  if (!Number.isFinite(value)) return value
  if (value >= 0) {
    const x = value * 100
    const frac = x - Math.floor(x)
    if (Math.abs(frac - 0.5) > 1e-7 && x < 1e15) return Math.floor(x + 0.5) / 100
  }
  return decimalHalfUp(value, 2)
}

/** Half up (away from zero) on the shortest decimal text of the number, like Java's `BigDecimal.valueOf(v).setScale(places, HALF_UP)`. */
function decimalHalfUp(value: number, places: number): number {
  const [mantissa = '0', exponent = '0'] = Math.abs(value).toString().split('e')
  const [whole = '0', fraction = ''] = mantissa.split('.')
  // value = digits × 10^-scale, exactly as printed
  const digits = BigInt(whole + fraction)
  const scale = fraction.length - Number(exponent)
  if (scale <= places) return value
  const unit = 10n ** BigInt(scale - places)
  let kept = digits / unit
  if ((digits % unit) * 2n >= unit) kept += 1n
  const text = kept.toString().padStart(places + 1, '0')
  const rounded = Number.parseFloat(`${text.slice(0, -places)}.${text.slice(-places)}`)
  return value < 0 && rounded !== 0 ? -rounded : rounded
}

/** How many criteria have a value. */
export function scoredCount(criteria: readonly Pick<CriterionView, 'id'>[], scores: ScoreValues): number {
  return criteria.filter((c) => typeof scores[String(c.id)] === 'number').length
}

/** True if the value lies on the criterion's scale and step. */
export function onScale(criterion: Pick<CriterionView, 'min' | 'max' | 'step'>, value: number): boolean {
  if (value < criterion.min - 1e-9 || value > criterion.max + 1e-9) return false
  const steps = (value - criterion.min) / criterion.step
  return Math.abs(steps - Math.round(steps)) < 1e-9
}

/** Decimals needed to show values of a step (1 -> 0, 0.5 -> 1, 0.25 -> 2). */
export function stepPrecision(step: number): number {
  const text = String(step)
  const dot = text.indexOf('.')
  return dot < 0 ? 0 : Math.min(4, text.length - dot - 1)
}

// Building an Intl.NumberFormat costs far more than formatting with one, and a results board
// formats hundreds of scores per render: one formatter per locale and precision, made once.
const formatters = new Map<string, Intl.NumberFormat>()

/** A score for people: two decimals, or a dash when there is none. */
/** A difference in points with its sign ("+4.44", "−4.44", "0.00"); a dash when there is none. */
export function formatSignedScore(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  const shown = formatScore(Math.abs(value), locale)
  return value > 0 ? `+${shown}` : value < 0 ? `−${shown}` : shown
}

export function formatScore(value: number | null | undefined, locale: string, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  const key = `${locale}|${digits}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })
    formatters.set(key, format)
  }
  return format.format(value)
}

export interface QueueGroup {
  roundId: number
  roundName: string
  roundStatus: RoundStatus
  programId: number
  programTitle: string
  items: QueueItem[]
  counts: Record<QueueStatus, number>
  /** Assignments not submitted yet that the judge may still score (the server's `canScore`). */
  missing: number
  /** The round's scoring deadline, null when it has none. */
  scoringClosesAt: string | null
  /** The server's word: scorecards in this round may still change. */
  canScore: boolean
}

const STATUS_ORDER: Record<QueueStatus, number> = { DRAFT: 0, NOT_STARTED: 1, SUBMITTED: 2 }
const ROUND_ORDER: Record<RoundStatus, number> = { OPEN: 0, CLOSED: 1, FINALIZED: 2, DRAFT: 3 }

/**
 * The judge's queue by round: open rounds first, then by round id; within a round, drafts to
 * finish first, then entries not started, then submitted ones, each by entry id.
 */
export function groupQueue(items: readonly QueueItem[]): QueueGroup[] {
  const groups = new Map<number, QueueGroup>()
  for (const item of items) {
    let group = groups.get(item.roundId)
    if (!group) {
      group = {
        roundId: item.roundId,
        roundName: item.roundName,
        roundStatus: item.roundStatus,
        programId: item.programId,
        programTitle: item.programTitle,
        items: [],
        counts: { NOT_STARTED: 0, DRAFT: 0, SUBMITTED: 0 },
        missing: 0,
        scoringClosesAt: item.scoringClosesAt,
        canScore: item.canScore,
      }
      groups.set(item.roundId, group)
    }
    group.items.push(item)
    group.counts[item.scorecardStatus] += 1
    if (item.canScore && item.scorecardStatus !== 'SUBMITTED') group.missing += 1
  }
  for (const group of groups.values()) {
    group.items.sort(
      (a, b) => STATUS_ORDER[a.scorecardStatus] - STATUS_ORDER[b.scorecardStatus] || a.entryId - b.entryId,
    )
  }
  return [...groups.values()].sort(
    (a, b) => ROUND_ORDER[a.roundStatus] - ROUND_ORDER[b.roundStatus] || a.roundId - b.roundId,
  )
}

/** The entries of one round in a stable order (by entry id), for previous/next navigation while scoring. */
export function roundSequence(items: readonly QueueItem[], roundId: number): QueueItem[] {
  return items.filter((i) => i.roundId === roundId).sort((a, b) => a.entryId - b.entryId)
}
