import { http } from './http'
import type { Attachment, TeamMember } from './entries'
import type { Page } from './identity'

// ---- rounds and rubrics -----------------------------------------------------------------------

export const ROUND_MODES = ['ONLINE', 'LIVE'] as const
export type RoundMode = (typeof ROUND_MODES)[number]

export const AGGREGATION_METHODS = ['MEAN', 'TRIMMED_MEAN', 'MEDIAN', 'ZSCORE'] as const
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number]

export const ROUND_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'FINALIZED'] as const
export type RoundStatus = (typeof ROUND_STATUSES)[number]

export interface CriterionView {
  id: number
  name: string
  description: string | null
  weight: number
  /** The criterion's share of the 0-100 total: weight × (max − min) over the sum of those. */
  weightPercent: number
  min: number
  max: number
  step: number
  tieBreakOrder: number | null
}

export interface RoundView {
  id: number
  programId: number
  name: string
  /** 1-based order within the program. */
  position: number
  mode: RoundMode
  aggregation: AggregationMethod
  trimCount: number
  blind: boolean
  judgesPerEntry: number
  /** Top N per category that advance; null for a final round. */
  advanceCount: number | null
  /** A spread of totals above this flags an entry DISPUTED; null: never. */
  disputeThreshold: number | null
  status: RoundStatus
  criteria: CriterionView[]
  createdAt: string
  updatedAt: string
}

export interface SaveCriterion {
  id?: number
  name: string
  description?: string
  weight: number | null
  min: number | null
  max: number | null
  step?: number
  tieBreakOrder?: number
}

export interface SaveRound {
  name: string
  mode: RoundMode
  criteria: SaveCriterion[]
  aggregation: AggregationMethod
  trimCount?: number
  blind: boolean
  judgesPerEntry?: number
  advanceCount?: number
  disputeThreshold?: number
}

// ---- panel and assignments --------------------------------------------------------------------

export interface JudgeSummary {
  id: number
  displayName: string
  email: string
  organization: string | null
  /** Entries assigned to the judge in this round. */
  load: number
}

export interface PanelView {
  roundId: number
  judges: JudgeSummary[]
}

export type ConflictSource = 'DETECTED' | 'DECLARED' | 'ORGANIZER'

export interface ConflictView {
  judgeId: number
  reason: string
  source: ConflictSource
}

export interface MatrixEntry {
  entryId: number
  title: string
  categoryId: number | null
  judgeIds: number[]
  conflicts: ConflictView[]
  /** Judges still needed to reach judgesPerEntry. */
  missing: number
}

export interface AssignmentMatrix {
  roundId: number
  judgesPerEntry: number
  judges: JudgeSummary[]
  entries: MatrixEntry[]
  minLoad: number
  maxLoad: number
}

export interface AutoAssignResult {
  added: number
  /** entryId -> judges that could not be found for it. */
  shortfalls: Record<string, number>
  matrix: AssignmentMatrix
}

// ---- results ----------------------------------------------------------------------------------

export type ResultFlag = 'DISPUTED' | 'INCOMPLETE'

export interface ResultItem {
  entryId: number
  title: string
  categoryId: number | null
  /** Within the category; null when unscored; ties share a rank. */
  rank: number | null
  /** 0-100; null when unscored. */
  score: number | null
  judgeCount: number
  spread: number | null
  stdDev: number | null
  flags: ResultFlag[]
  /** criterionId -> mean value. */
  perCriterion: Record<string, number | null>
}

export interface ResultsView {
  roundId: number
  method: AggregationMethod
  items: ResultItem[]
}

export interface ComparisonItem {
  entryId: number
  title: string
  categoryId: number | null
  ranks: Partial<Record<AggregationMethod, number | null>>
  scores: Partial<Record<AggregationMethod, number | null>>
  rankChanges: boolean
}

export interface ComparisonView {
  roundId: number
  current: AggregationMethod
  items: ComparisonItem[]
  changed: number
}

export interface JudgeProgress {
  judgeId: number
  displayName: string
  assigned: number
  drafted: number
  submitted: number
}

export interface EntryProgress {
  entryId: number
  title: string
  assigned: number
  submitted: number
}

export interface ProgressView {
  roundId: number
  judges: JudgeProgress[]
  entries: EntryProgress[]
}

export interface SnapshotView {
  roundId: number
  version: number
  method: AggregationMethod
  sha256: string
  createdAt: string
  items: ResultItem[]
  /** Ids of the entries that advanced. */
  advanced: number[]
}

export interface AuditItem {
  id: number
  at: string
  actorId: number | null
  /** The actor's display name, when the actor is a person. */
  actorName: string | null
  roundId: number | null
  entryId: number | null
  action: string
  before: string | null
  after: string | null
  reason: string | null
}

// ---- the judge's side -------------------------------------------------------------------------

export const SCORECARD_STATUSES = ['NOT_STARTED', 'DRAFT', 'SUBMITTED'] as const
export type QueueStatus = (typeof SCORECARD_STATUSES)[number]

export interface QueueItem {
  roundId: number
  roundName: string
  roundStatus: RoundStatus
  programId: number
  programTitle: string
  entryId: number
  entryTitle: string
  scorecardStatus: QueueStatus
}

export interface LabelledAnswer {
  key: string
  label: string
  value: string | number | boolean | string[] | null
}

export interface JudgeEntryView {
  id: number
  programId: number
  title: string
  categoryId: number | null
  categoryName: string | null
  summary: string | null
  /** Null in blind rounds. */
  organization: string | null
  /** Null in blind rounds. */
  team: TeamMember[] | null
  answers: LabelledAnswer[]
  attachments: Attachment[]
  blind: boolean
}

export interface ScorecardView {
  roundId: number
  entryId: number
  /** criterionId -> value. */
  scores: Record<string, number>
  comment: string | null
  feedback: string | null
  status: 'DRAFT' | 'SUBMITTED'
  total: number
  submittedAt: string | null
  updatedAt: string | null
}

export interface JudgeEntry {
  round: RoundView
  entry: JudgeEntryView
  scorecard: ScorecardView | null
  canScore: boolean
}

export interface SaveScorecard {
  scores: Record<string, number>
  comment?: string
  feedback?: string
  submit: boolean
}

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
    body: reason?.trim() ? { reason: reason.trim() } : {},
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
  return http<PanelView>(`/rounds/${id(roundId)}/panel`, { method: 'PUT', body: { judgeIds } })
}

export function getAssignments(roundId: number): Promise<AssignmentMatrix> {
  return http<AssignmentMatrix>(`/rounds/${id(roundId)}/assignments`)
}

export function autoAssign(roundId: number): Promise<AutoAssignResult> {
  return http<AutoAssignResult>(`/rounds/${id(roundId)}/assignments/auto`, { method: 'POST' })
}

export function assign(roundId: number, entryId: number, judgeId: number): Promise<AssignmentMatrix> {
  return http<AssignmentMatrix>(`/rounds/${id(roundId)}/assignments`, { method: 'POST', body: { entryId, judgeId } })
}

export function unassign(roundId: number, entryId: number, judgeId: number): Promise<AssignmentMatrix> {
  return http<AssignmentMatrix>(`/rounds/${id(roundId)}/assignments/${id(entryId)}/${id(judgeId)}`, { method: 'DELETE' })
}

export function recordConflict(roundId: number, entryId: number, judgeId: number, reason: string): Promise<AssignmentMatrix> {
  return http<AssignmentMatrix>(`/rounds/${id(roundId)}/conflicts`, {
    method: 'POST',
    body: { entryId, judgeId, reason: reason.trim() },
  })
}

// Results, progress and audit.

export function getResults(roundId: number, method?: AggregationMethod | null): Promise<ResultsView> {
  return http<ResultsView>(`/rounds/${id(roundId)}/results`, { query: { method: method ?? undefined } })
}

/** The totals each judge gave in the round: severe and lenient judges side by side. */
export interface JudgeDistribution {
  judgeId: number
  displayName: string
  count: number
  mean: number | null
  stdDev: number | null
  totals: number[]
}

export function getJudgeDistributions(roundId: number): Promise<Page<JudgeDistribution>> {
  return http<Page<JudgeDistribution>>(`/rounds/${id(roundId)}/results/judges`)
}

export function compareResults(roundId: number): Promise<ComparisonView> {
  return http<ComparisonView>(`/rounds/${id(roundId)}/results/compare`)
}

export function getProgress(roundId: number): Promise<ProgressView> {
  return http<ProgressView>(`/rounds/${id(roundId)}/progress`)
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
    body: { reason: reason.trim() },
  })
}
