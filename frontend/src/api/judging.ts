import type { Narrowed, Page, Schema } from './contract'
import { http, httpBlob, type DownloadedFile } from './http'

// ---- rounds and rubrics -----------------------------------------------------------------------

export const ROUND_MODES = ['ONLINE', 'LIVE', 'PAIRWISE'] as const satisfies readonly Schema<'RoundMode'>[]
export type RoundMode = Schema<'RoundMode'>

export const AGGREGATION_METHODS = [
  'MEAN',
  'TRIMMED_MEAN',
  'MEDIAN',
  'ZSCORE',
] as const satisfies readonly Schema<'AggregationMethod'>[]
export type AggregationMethod = Schema<'AggregationMethod'>

export const ROUND_STATUSES = [
  'DRAFT',
  'OPEN',
  'CLOSED',
  'FINALIZED',
] as const satisfies readonly Schema<'RoundStatus'>[]
export type RoundStatus = Schema<'RoundStatus'>

/** `weightPercent`: the criterion's share of the 0-100 total, weight × (max − min) over the sum of those. */
export type CriterionView = Schema<'RoundView.CriterionView'>

/** `position` is 1-based; `advanceCount` null for a final round; `disputeThreshold` null: never disputed. */
export type RoundView = Schema<'RoundView'>

// The round editor's form: weight, min and max stay empty (null) until typed in (the server
// refuses a round sent so, 400); every other member is the request schema's.
type CriterionInput = Narrowed<
  Schema<'SaveRoundRequest.CriterionInput'>,
  { id?: number; description?: string; step?: number; tieBreakOrder?: number }
>
export type SaveCriterion = Omit<CriterionInput, 'weight' | 'min' | 'max'> & {
  weight: number | null
  min: number | null
  max: number | null
}

export type SaveRound = Omit<
  Narrowed<
    Schema<'SaveRoundRequest'>,
    { trimCount?: number; judgesPerEntry?: number; advanceCount?: number; disputeThreshold?: number }
  >,
  'criteria'
> & { criteria: SaveCriterion[] }

// ---- panel and assignments --------------------------------------------------------------------

/** `load`: entries assigned to the judge in this round. */
export type JudgeSummary = Schema<'JudgingViews.JudgeSummary'>

export type PanelView = Schema<'JudgingViews.PanelView'>

export type ConflictSource = 'DETECTED' | 'DECLARED' | 'ORGANIZER'

export type ConflictView = Narrowed<Schema<'JudgingViews.ConflictView'>, { source: ConflictSource }>

/** `missing`: judges still needed to reach judgesPerEntry. */
export type MatrixEntry = Narrowed<Schema<'JudgingViews.EntryRow'>, { conflicts: ConflictView[] }>

export type AssignmentMatrix = Narrowed<Schema<'JudgingViews.AssignmentMatrix'>, { entries: MatrixEntry[] }>

/**
 * One page of the matrix's entry rows (`items`, `total` matching the filters) with every judge of
 * the panel and round-wide gaps: `entriesMissing` entries lack `judgesMissing` judges in all.
 */
export type AssignmentPage = Narrowed<Schema<'JudgingViews.AssignmentPage'>, { items: MatrixEntry[] }>

export type AssignmentSort = 'entry' | 'title' | '-title' | 'missing'

export interface AssignmentQuery {
  page?: number
  size?: number
  q?: string
  categoryId?: number | null
  missing?: boolean
  judgeId?: number | null
  sort?: AssignmentSort
}

/** `shortfalls`: entryId -> judges that could not be found for it. */
export type AutoAssignResult = Narrowed<Schema<'JudgingViews.AutoAssignResult'>, { matrix: AssignmentMatrix }>

// ---- results ----------------------------------------------------------------------------------

export type ResultFlag = 'DISPUTED' | 'INCOMPLETE'

/** `rank` within the category, shared by ties; `rank` and `score` (0-100) null when unscored. */
export type ResultItem = Narrowed<Schema<'JudgingViews.ResultItem'>, { flags: ResultFlag[] }>

export type ResultsView = Narrowed<Schema<'JudgingViews.ResultsView'>, { items: ResultItem[] }>

export type ComparisonItem = Schema<'JudgingViews.ComparisonItem'>

export type ComparisonView = Schema<'JudgingViews.ComparisonView'>

export type JudgeProgress = Schema<'JudgingViews.JudgeProgress'>

export type EntryProgress = Schema<'JudgingViews.EntryProgress'>

/** The progress figures alone: the head of the progress tab. */
export type ProgressSummary = Schema<'JudgingViews.ProgressSummary'>

/** `missing` / `complete`: entries of the whole round; `total`: entries matching the filters. */
export type EntryProgressPage = Schema<'JudgingViews.EntryProgressPage'>

export type EntryProgressStatus = 'ALL' | 'MISSING' | 'COMPLETE'
export type EntryProgressSort = 'entry' | 'title' | '-title' | 'missing' | 'submitted' | '-submitted'

export interface EntryProgressQuery {
  page?: number
  size?: number
  q?: string
  status?: EntryProgressStatus
  judgeId?: number | null
  categoryId?: number | null
  sort?: EntryProgressSort
}

export type JudgeProgressStatus = 'ALL' | 'BEHIND' | 'DONE'
export type JudgeProgressSort = 'name' | '-name' | 'left' | 'assigned' | 'submitted'

export interface JudgeProgressQuery {
  page?: number
  size?: number
  q?: string
  status?: JudgeProgressStatus
  sort?: JudgeProgressSort
}

/** `canRemind`: the server allows reminders now (the round is open). */
export type ProgressView = Schema<'JudgingViews.ProgressView'>

/** `reminded`: judge ids told by email and in the app; `skipped`: named judges with nothing left to submit. */
export type RemindedView = Schema<'JudgingViews.RemindedView'>

/** `advanced`: ids of the entries that advanced. */
export type SnapshotView = Narrowed<Schema<'JudgingViews.SnapshotView'>, { items: ResultItem[] }>

/** `actorName`: the actor's display name, when the actor is a person. */
export type AuditItem = Schema<'AuditTrail.Item'>

// ---- the judge's side -------------------------------------------------------------------------

export const SCORECARD_STATUSES = ['NOT_STARTED', 'DRAFT', 'SUBMITTED'] as const
export type QueueStatus = (typeof SCORECARD_STATUSES)[number]

export type QueueItem = Narrowed<
  Schema<'JudgingViews.QueueItem'>,
  { roundStatus: RoundStatus; scorecardStatus: QueueStatus }
>

export type LabelledAnswer = Narrowed<
  Schema<'JudgeEntryView.LabelledAnswer'>,
  { value: string | number | boolean | string[] | null }
>

/** `organization` and `team` are null in blind rounds. */
export type JudgeEntryView = Narrowed<Schema<'JudgeEntryView'>, { answers: LabelledAnswer[] }>

/** `scores`: criterionId -> value. */
export type ScorecardView = Narrowed<Schema<'JudgingViews.ScorecardView'>, { status: 'DRAFT' | 'SUBMITTED' }>

export type JudgeEntry = Narrowed<
  Schema<'JudgingViews.JudgeEntry'>,
  { entry: JudgeEntryView; scorecard: ScorecardView | null }
>

export type SaveScorecard = Schema<'JudgingViews.SaveScorecardRequest'>

/** The totals each judge gave in the round: severe and lenient judges side by side. */
export type JudgeDistribution = Schema<'JudgingViews.JudgeDistribution'>
export type MethodStatement = Schema<'MethodStatement'>
export type MethodWorked = Schema<'MethodStatement.Worked'>
export type AnomalyView = Schema<'AnomalyView'>
export type AnomalyItem = Schema<'AnomalyView.Item'>
export type OwnCalibration = Schema<'OwnCalibration.View'>
export type StabilityView = Schema<'StabilityView'>
export type StabilityItem = Schema<'StabilityView.Item'>

const id = (value: number | string) => encodeURIComponent(String(value))

// Rounds (organizers of the program).

export function listRounds(programId: number): Promise<Page<RoundView>> {
  return http<Page<RoundView>>(`/programs/${id(programId)}/rounds`)
}

export function getRound(roundId: number): Promise<RoundView> {
  return http<RoundView>(`/rounds/${id(roundId)}`)
}

export function createRound(programId: number, body: SaveRound): Promise<RoundView> {
  return http<RoundView>(`/programs/${id(programId)}/rounds`, { method: 'POST', body })
}

export function updateRound(roundId: number, body: SaveRound): Promise<RoundView> {
  return http<RoundView>(`/rounds/${id(roundId)}`, { method: 'PUT', body })
}

/** Opens a draft round, or reopens a closed one (which needs a reason). */
export function openRound(roundId: number, reason?: string): Promise<RoundView> {
  return http<RoundView>(`/rounds/${id(roundId)}/open`, {
    method: 'POST',
    body: (reason?.trim() ? { reason: reason.trim() } : {}) satisfies Schema<'JudgingViews.OpenRequest'>,
  })
}

export function closeRound(roundId: number): Promise<RoundView> {
  return http<RoundView>(`/rounds/${id(roundId)}/close`, { method: 'POST' })
}

export function finalizeRound(roundId: number): Promise<SnapshotView> {
  return http<SnapshotView>(`/rounds/${id(roundId)}/finalize`, { method: 'POST' })
}

export function getSnapshot(roundId: number): Promise<SnapshotView> {
  return http<SnapshotView>(`/rounds/${id(roundId)}/snapshot`)
}

// Panel and assignments.

export function getPanel(roundId: number): Promise<PanelView> {
  return http<PanelView>(`/rounds/${id(roundId)}/panel`)
}

export function setPanel(roundId: number, judgeIds: number[]): Promise<PanelView> {
  return http<PanelView>(`/rounds/${id(roundId)}/panel`, {
    method: 'PUT',
    body: { judgeIds } satisfies Schema<'JudgingViews.SetPanelRequest'>,
  })
}

export type InviteJudgeRequest = Schema<'JudgingViews.InviteJudgeRequest'>
export type PanelInvitation = Schema<'JudgingViews.PanelInvitation'>

/** Invites a judge by email onto the round's panel (creating the account, or adding the JUDGE role). */
export function inviteJudge(roundId: number, request: InviteJudgeRequest): Promise<PanelInvitation> {
  const organization = request.organization?.trim()
  return http<PanelInvitation>(`/rounds/${id(roundId)}/panel/invitations`, {
    method: 'POST',
    body: { ...request, email: request.email.trim(), organization: organization ? organization : undefined },
  })
}

export function getAssignments(roundId: number): Promise<AssignmentMatrix> {
  return http<AssignmentMatrix>(`/rounds/${id(roundId)}/assignments`)
}

/** One page of the assignment matrix's entry rows. */
export function getAssignmentPage(roundId: number, query: AssignmentQuery = {}): Promise<AssignmentPage> {
  return http<AssignmentPage>(`/rounds/${id(roundId)}/assignments/entries`, {
    query: {
      page: query.page,
      size: query.size,
      q: query.q?.trim() || undefined,
      categoryId: query.categoryId ?? undefined,
      missing: query.missing ? true : undefined,
      judgeId: query.judgeId ?? undefined,
      sort: query.sort,
    },
  })
}

/**
 * Fills every entry up to judgesPerEntry (by expertise when bids, topics or profiles are known).
 * `replace`: first drop the automatic assignments nobody has scored yet; hand-made ones stay.
 */
export function autoAssign(roundId: number, options: { replace?: boolean } = {}): Promise<AutoAssignResult> {
  return http<AutoAssignResult>(`/rounds/${id(roundId)}/assignments/auto`, {
    method: 'POST',
    query: { replace: options.replace ? true : undefined },
  })
}

export function assign(roundId: number, entryId: number, judgeId: number): Promise<AssignmentMatrix> {
  return http<AssignmentMatrix>(`/rounds/${id(roundId)}/assignments`, {
    method: 'POST',
    body: { entryId, judgeId } satisfies Schema<'JudgingViews.AssignRequest'>,
  })
}

export function unassign(roundId: number, entryId: number, judgeId: number): Promise<AssignmentMatrix> {
  return http<AssignmentMatrix>(`/rounds/${id(roundId)}/assignments/${id(entryId)}/${id(judgeId)}`, {
    method: 'DELETE',
  })
}

export function recordConflict(
  roundId: number,
  entryId: number,
  judgeId: number,
  reason: string,
): Promise<AssignmentMatrix> {
  return http<AssignmentMatrix>(`/rounds/${id(roundId)}/conflicts`, {
    method: 'POST',
    body: { entryId, judgeId, reason: reason.trim() } satisfies Schema<'JudgingViews.ConflictRequest'>,
  })
}

// Results, progress and audit.

export function getResults(roundId: number, method?: AggregationMethod | null): Promise<ResultsView> {
  return http<ResultsView>(`/rounds/${id(roundId)}/results`, { query: { method: method ?? undefined } })
}

export function getJudgeDistributions(roundId: number): Promise<Page<JudgeDistribution>> {
  return http<Page<JudgeDistribution>>(`/rounds/${id(roundId)}/results/judges`)
}

/** A finalized round's verification bundle, for `java -jar laurel.jar verify FILE` (the server's Verifier). */
export function downloadBundle(roundId: number): Promise<DownloadedFile> {
  return httpBlob(`/rounds/${id(roundId)}/snapshot/bundle`)
}

/** A finalized round's method in numbers, each category winner worked out (the server's MethodStatements). */
export function getMethodStatement(roundId: number): Promise<MethodStatement> {
  return http<MethodStatement>(`/rounds/${id(roundId)}/method-statement`)
}

/** Scorecard patterns worth a second look (the server's Anomalies); none changes a result. */
export function getAnomalies(roundId: number): Promise<AnomalyView> {
  return http<AnomalyView>(`/rounds/${id(roundId)}/results/anomalies`)
}

/** After a round closes: how I scored against the rest of its panel (about me only). */
export function getOwnCalibration(roundId: number): Promise<OwnCalibration> {
  return http<OwnCalibration>(`/rounds/${id(roundId)}/calibration/me`)
}

/** Rank intervals and pivotal judges under the round's own method (the server's Stability). */
export function getStability(roundId: number): Promise<StabilityView> {
  return http<StabilityView>(`/rounds/${id(roundId)}/results/stability`)
}

export function compareResults(roundId: number): Promise<ComparisonView> {
  return http<ComparisonView>(`/rounds/${id(roundId)}/results/compare`)
}

export function getProgress(roundId: number): Promise<ProgressView> {
  return http<ProgressView>(`/rounds/${id(roundId)}/progress`)
}

export function getProgressSummary(roundId: number): Promise<ProgressSummary> {
  return http<ProgressSummary>(`/rounds/${id(roundId)}/progress/summary`)
}

export function getEntryProgress(roundId: number, query: EntryProgressQuery = {}): Promise<EntryProgressPage> {
  return http<EntryProgressPage>(`/rounds/${id(roundId)}/progress/entries`, {
    query: {
      page: query.page,
      size: query.size,
      q: query.q?.trim() || undefined,
      status: query.status && query.status !== 'ALL' ? query.status : undefined,
      judgeId: query.judgeId ?? undefined,
      categoryId: query.categoryId ?? undefined,
      sort: query.sort,
    },
  })
}

export function getJudgeProgress(roundId: number, query: JudgeProgressQuery = {}): Promise<Page<JudgeProgress>> {
  return http<Page<JudgeProgress>>(`/rounds/${id(roundId)}/progress/judges`, {
    query: {
      page: query.page,
      size: query.size,
      q: query.q?.trim() || undefined,
      status: query.status && query.status !== 'ALL' ? query.status : undefined,
      sort: query.sort,
    },
  })
}

/** Reminds the given judges, or without ids every judge with scorecards left (202). */
export function remindJudges(roundId: number, judgeIds?: number[]): Promise<RemindedView> {
  return http<RemindedView>(`/rounds/${id(roundId)}/reminders`, {
    method: 'POST',
    body: judgeIds && judgeIds.length > 0 ? { judgeIds } : {},
  })
}

export function getRoundAudit(roundId: number): Promise<Page<AuditItem>> {
  return http<Page<AuditItem>>(`/rounds/${id(roundId)}/audit`)
}

// The judge's side.

export function getQueue(): Promise<Page<QueueItem>> {
  return http<Page<QueueItem>>('/judging/queue')
}

export function getJudgeEntry(roundId: number, entryId: number): Promise<JudgeEntry> {
  return http<JudgeEntry>(`/rounds/${id(roundId)}/entries/${id(entryId)}`)
}

export function saveScorecard(roundId: number, entryId: number, body: SaveScorecard): Promise<ScorecardView> {
  return http<ScorecardView>(`/rounds/${id(roundId)}/entries/${id(entryId)}/scorecard`, { method: 'PUT', body })
}

export function declareConflict(roundId: number, entryId: number, reason: string): Promise<void> {
  return http<void>(`/rounds/${id(roundId)}/entries/${id(entryId)}/conflict`, {
    method: 'POST',
    body: { reason: reason.trim() } satisfies Schema<'JudgingViews.DeclareConflictRequest'>,
  })
}
