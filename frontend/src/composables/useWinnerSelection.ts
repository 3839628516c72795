import { computed, ref, type Ref } from 'vue'
import type { AnnouncementView, Proposal } from '@/api/awards'
import type { PublishSummaryTier } from '@/components/winners/WinnersPublishDialog.vue'
import {
  departsFromProposal,
  orderedTiers,
  overfilledTiers,
  proposedSelection,
  publishedSelection,
  publishProblems,
  sameSelection,
  type Selection,
} from '@/utils/winners'

/**
 * The organizer's choice on the winners page: who is chosen for each tier, the reason for a
 * departure from the ranking, the publishing options, and what follows from them (a correction,
 * its version, a departure, overfilled tiers). The rules themselves are in `utils/winners`.
 */
export function useWinnerSelection(proposal: Ref<Proposal | null>, announcements: Ref<AnnouncementView[]>) {
  const selection = ref<Selection>({})
  const reason = ref('')
  const reasonTouched = ref(false)
  /** The server asked for a reason (or a note) the page did not expect, e.g. someone else published meanwhile. */
  const reasonAsked = ref(false)
  const noteAsked = ref(false)
  const publishScores = ref(false)
  const releaseFeedback = ref(false)

  const latest = computed(() => announcements.value[0] ?? null)
  const tiers = computed(() => (proposal.value ? orderedTiers(proposal.value.tiers) : []))
  const correction = computed(() => !!latest.value || (proposal.value?.publishedVersion ?? null) !== null)
  const nextVersion = computed(() => (latest.value?.version ?? proposal.value?.publishedVersion ?? 0) + 1)
  const departs = computed(() => !!proposal.value && departsFromProposal(proposal.value, selection.value))
  const needsReason = computed(() => departs.value || reasonAsked.value)
  const reasonMissing = computed(
    () => !!publishProblems({ departs: needsReason.value, correction: false, reason: reason.value, note: '' }).reason,
  )
  const overfilled = computed(() => (proposal.value ? overfilledTiers(proposal.value.tiers, selection.value) : []))
  const asProposed = computed(
    () => !!proposal.value && sameSelection(selection.value, proposedSelection(proposal.value)),
  )
  const asPublished = computed(
    () =>
      !!proposal.value &&
      !!latest.value &&
      sameSelection(selection.value, publishedSelection(proposal.value, latest.value)),
  )
  /** A correction that would republish exactly what is public now. */
  const unchanged = computed(
    () =>
      asPublished.value &&
      !!latest.value &&
      latest.value.publishScores === publishScores.value &&
      latest.value.releaseFeedback === releaseFeedback.value,
  )
  const entryTitles = computed(() =>
    Object.fromEntries((proposal.value?.ranking ?? []).map((c) => [c.entryId, c.title])),
  )

  /** entryId -> name of the tier it is chosen for, for every tier but the given one. */
  function takenFor(tierId: number): Record<number, string> {
    const out: Record<number, string> = {}
    for (const tier of tiers.value) {
      if (tier.tierId === tierId) continue
      for (const id of selection.value[tier.tierId] ?? []) out[id] = tier.name
    }
    return out
  }

  const summary = computed<PublishSummaryTier[]>(() =>
    tiers.value.map((tier) => ({
      tierId: tier.tierId,
      name: tier.name,
      categoryName: tier.categoryName,
      winners: (selection.value[tier.tierId] ?? []).map((id) => entryTitles.value[id] ?? `#${id}`),
    })),
  )

  /** A correction starts from the published version and its options; before the first, from the proposal. */
  function startFromLatest(): void {
    const p = proposal.value
    if (!p) return
    if (latest.value) {
      selection.value = publishedSelection(p, latest.value)
      reason.value = latest.value.departureReason ?? ''
      publishScores.value = latest.value.publishScores
      releaseFeedback.value = latest.value.releaseFeedback
    } else {
      selection.value = proposedSelection(p)
      reason.value = ''
    }
    reasonTouched.value = false
    reasonAsked.value = false
    noteAsked.value = false
  }

  function resetToProposal(): void {
    if (proposal.value) selection.value = proposedSelection(proposal.value)
  }

  function resetToPublished(): void {
    if (proposal.value && latest.value) selection.value = publishedSelection(proposal.value, latest.value)
  }

  return {
    selection,
    reason,
    reasonTouched,
    reasonAsked,
    noteAsked,
    publishScores,
    releaseFeedback,
    latest,
    tiers,
    correction,
    nextVersion,
    needsReason,
    reasonMissing,
    overfilled,
    asProposed,
    asPublished,
    unchanged,
    entryTitles,
    summary,
    takenFor,
    startFromLatest,
    resetToProposal,
    resetToPublished,
  }
}
