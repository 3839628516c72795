// The organizer's choice of winners, as pure functions: what the ranking proposes, who may go in
// which tier, whether the choice departs from the ranking, and what publishing still needs.
import type { AnnouncementView, Proposal, TierProposal, WinnerInput } from '@/api/awards'

/** tierId -> the chosen entries, in the order shown. */
export type Selection = Record<number, number[]>

/** Tiers in the order the server fills them: by rank, program-wide before category tiers, then by id. */
export function orderedTiers<T extends { tierId: number; tierRank: number; categoryId: number | null }>(
  tiers: readonly T[],
): T[] {
  return [...tiers].sort(
    (a, b) => a.tierRank - b.tierRank || (a.categoryId ?? 0) - (b.categoryId ?? 0) || a.tierId - b.tierId,
  )
}

/** What the ranking proposes. */
export function proposedSelection(proposal: Pick<Proposal, 'tiers'>): Selection {
  const out: Selection = {}
  for (const tier of proposal.tiers) out[tier.tierId] = tier.proposed.map((c) => c.entryId)
  return out
}

/** What a published version named, for the tiers the proposal still has (a starting point for a correction). */
export function publishedSelection(
  proposal: Pick<Proposal, 'tiers'>,
  announcement: Pick<AnnouncementView, 'tiers'>,
): Selection {
  const out: Selection = {}
  for (const tier of proposal.tiers) out[tier.tierId] = []
  for (const tier of announcement.tiers) {
    if (out[tier.tierId]) out[tier.tierId] = tier.winners.map((w) => w.entryId)
  }
  return out
}

/** Entries chosen for any tier but this one (an entry wins at most one tier). */
export function takenElsewhere(selection: Selection, tierId: number): Set<number> {
  const taken = new Set<number>()
  for (const [key, ids] of Object.entries(selection)) {
    if (Number(key) !== tierId) ids.forEach((id) => taken.add(id))
  }
  return taken
}

/** The request's winners, tier by tier in display order. */
export function toWinners(
  tiers: readonly Pick<TierProposal, 'tierId' | 'tierRank' | 'categoryId'>[],
  selection: Selection,
): WinnerInput[] {
  return orderedTiers(tiers).flatMap((tier) =>
    (selection[tier.tierId] ?? []).map((entryId) => ({ entryId, prizeTierId: tier.tierId })),
  )
}

export interface TierDeparture {
  tierId: number
  /** Chosen although the ranking did not propose them for this tier. */
  added: number[]
  /** Proposed by the ranking for this tier but not chosen. */
  removed: number[]
  /** Places left empty that the ranking would have filled. */
  emptyPlaces: number
}

/** How one tier's choice differs from the proposal (nothing differs: empty lists and 0). */
export function tierDeparture(
  tier: Pick<TierProposal, 'tierId' | 'proposed'>,
  chosen: readonly number[],
): TierDeparture {
  const proposed = tier.proposed.map((c) => c.entryId)
  return {
    tierId: tier.tierId,
    added: chosen.filter((id) => !proposed.includes(id)),
    removed: proposed.filter((id) => !chosen.includes(id)),
    emptyPlaces: Math.max(0, proposed.length - chosen.length),
  }
}

export function isDeparture(d: TierDeparture): boolean {
  return d.added.length > 0 || d.removed.length > 0 || d.emptyPlaces > 0
}

/**
 * Whether the choice departs from the ranking's proposal the way the server judges it: the set
 * of (entry, tier) pairs differs: another entry, another tier, or a place left empty.
 */
export function departsFromProposal(proposal: Pick<Proposal, 'tiers'>, selection: Selection): boolean {
  const pairs = (entries: [number, number[]][]) =>
    new Set(entries.flatMap(([tier, ids]) => ids.map((id) => `${id}:${tier}`)))
  const proposed = pairs(proposal.tiers.map((t) => [t.tierId, t.proposed.map((c) => c.entryId)]))
  const chosen = pairs(Object.entries(selection).map(([tier, ids]) => [Number(tier), ids]))
  if (proposed.size !== chosen.size) return true
  for (const pair of proposed) if (!chosen.has(pair)) return true
  return false
}

export interface TierCountProblem {
  tierId: number
  count: number
  chosen: number
}

/** Tiers given more winners than they have places. */
export function overfilledTiers(
  tiers: readonly Pick<TierProposal, 'tierId' | 'count'>[],
  selection: Selection,
): TierCountProblem[] {
  return tiers
    .map((t) => ({ tierId: t.tierId, count: t.count, chosen: (selection[t.tierId] ?? []).length }))
    .filter((p) => p.chosen > p.count)
}

/** Places still open in each tier. */
export function openPlaces(tier: Pick<TierProposal, 'count'>, chosen: readonly number[]): number {
  return Math.max(0, tier.count - chosen.length)
}

export interface PublishChecks {
  departs: boolean
  /** A version has been published before: this one is a correction. */
  correction: boolean
  reason: string
  note: string
}

/** What still keeps the organizer from publishing: a reason for a departure, a note for a correction. */
export function publishProblems(checks: PublishChecks): { reason?: 'required'; note?: 'required' } {
  const out: { reason?: 'required'; note?: 'required' } = {}
  if (checks.departs && !checks.reason.trim()) out.reason = 'required'
  if (checks.correction && !checks.note.trim()) out.note = 'required'
  return out
}

/** Whether two selections name the same winners in the same tiers. */
export function sameSelection(a: Selection, b: Selection): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) {
    const left = [...(a[Number(key)] ?? [])].sort((x, y) => x - y)
    const right = [...(b[Number(key)] ?? [])].sort((x, y) => x - y)
    if (left.length !== right.length || left.some((id, i) => id !== right[i])) return false
  }
  return true
}

/**
 * Maps the server's "winners[i].entryId" / "winners[i].prizeTierId" errors back to the tier of
 * the i-th winner sent; anything else (e.g. "winners" for an overfilled tier) is returned as general.
 */
export function winnerErrorsByTier(
  errors: readonly { field: string; message: string }[],
  sent: readonly WinnerInput[],
): { byTier: Record<number, string[]>; general: string[] } {
  const byTier: Record<number, string[]> = {}
  const general: string[] = []
  for (const { field, message } of errors) {
    const match = /^winners\[(\d+)\]/.exec(field)
    const winner = match ? sent[Number(match[1])] : undefined
    if (winner) (byTier[winner.prizeTierId] ??= []).push(message)
    else if (field === 'winners' || field.startsWith('winners')) general.push(message)
  }
  return { byTier, general }
}

/** A fingerprint short enough to read aloud, e.g. "b4a4f9f7…ddeb0". */
export function shortHash(sha256: string): string {
  return sha256.length > 16 ? `${sha256.slice(0, 8)}…${sha256.slice(-5)}` : sha256
}
