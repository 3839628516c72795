import type { ProgramSummary, SubmissionState } from '@/api/programs'

const ORDER: Record<SubmissionState, number> = { OPEN: 0, UPCOMING: 1, CLOSED: 2 }

/**
 * Published programs in the order a visitor wants them: open calls first (closing soonest
 * first), then upcoming ones (opening soonest first), then closed ones (most recent first).
 */
export function publishedInVisitorOrder(programs: readonly ProgramSummary[]): ProgramSummary[] {
  return programs
    .filter((p) => p.status !== 'DRAFT')
    .sort(
      (a, b) =>
        ORDER[a.submissionState] - ORDER[b.submissionState] ||
        (a.submissionState === 'CLOSED'
          ? b.submissionClosesAt.localeCompare(a.submissionClosesAt)
          : a.submissionClosesAt.localeCompare(b.submissionClosesAt)),
    )
}
