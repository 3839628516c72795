import { computed, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { ElMessage, ElMessageBox } from 'element-plus'
import { isApiError } from '@/api/http'
import {
  declareConflict,
  getJudgeEntry,
  getQueue,
  saveScorecard,
  type JudgeEntry,
  type QueueItem,
  type QueueStatus,
  type ScorecardView,
} from '@/api/judging'
import { useUnsavedChangesGuard } from '@/composables/useUnsavedChangesGuard'
import { round2, roundSequence, scoredCount, weightedTotal } from '@/utils/scoring'

/**
 * One judge's scorecard for one entry: loads the entry with the judge's queue (for the pager),
 * keeps the form's values, saves drafts and submissions, places the server's messages next to the
 * fields they name, and declares a conflict of interest. Leaving with unsaved changes asks first.
 */
export function useScorecard(roundId: Ref<number>, entryId: Ref<number>) {
  const { t } = useI18n()
  const router = useRouter()

  const data = ref<JudgeEntry | null>(null)
  const queue = ref<QueueItem[]>([])
  const loading = ref(true)
  const loadError = ref<string | null>(null)

  const scores = ref<Record<string, number | null>>({})
  const comment = ref('')
  const feedback = ref('')
  const baseline = ref('')

  /** Server messages by criterion id ("scores.<id>"), and for the two text fields. */
  const criterionErrors = ref<Record<string, string>>({})
  const textErrors = ref<{ comment: string; feedback: string }>({ comment: '', feedback: '' })
  const formError = ref<{ title: string; detail: string } | null>(null)
  const closed = ref(false)
  const closedDetail = ref<string | null>(null)
  const saving = ref<'draft' | 'submit' | null>(null)

  const conflictOpen = ref(false)
  const conflictBusy = ref(false)
  const conflictError = ref('')

  const criteria = computed(() => data.value?.round.criteria ?? [])
  const card = computed<ScorecardView | null>(() => data.value?.scorecard ?? null)
  const submitted = computed(() => card.value?.status === 'SUBMITTED')
  const status = computed<QueueStatus>(() => (card.value ? card.value.status : 'NOT_STARTED'))
  const disabled = computed(() => closed.value || saving.value !== null)
  const total = computed(() => round2(weightedTotal(criteria.value, scores.value)))
  const scored = computed(() => scoredCount(criteria.value, scores.value))
  const state = computed(() => JSON.stringify({ s: scores.value, c: comment.value, f: feedback.value }))
  const dirty = computed(() => !!data.value && !closed.value && state.value !== baseline.value)

  const sequence = computed(() => roundSequence(queue.value, roundId.value))
  const programTitle = computed(() => queue.value.find((i) => i.roundId === roundId.value)?.programTitle ?? '')

  function fill(entry: JudgeEntry): void {
    const values: Record<string, number | null> = {}
    for (const c of entry.round.criteria) {
      const v = entry.scorecard?.scores[String(c.id)]
      values[String(c.id)] = typeof v === 'number' ? v : null
    }
    scores.value = values
    comment.value = entry.scorecard?.comment ?? ''
    feedback.value = entry.scorecard?.feedback ?? ''
    baseline.value = state.value
  }

  function clearErrors(): void {
    criterionErrors.value = {}
    textErrors.value = { comment: '', feedback: '' }
    formError.value = null
  }

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = null
    clearErrors()
    closedDetail.value = null
    try {
      const [entry, page] = await Promise.all([
        getJudgeEntry(roundId.value, entryId.value),
        getQueue().catch(() => null),
      ])
      data.value = entry
      if (page) queue.value = page.items
      closed.value = !entry.canScore
      fill(entry)
    } catch (error) {
      data.value = null
      loadError.value = isApiError(error) ? error.detail : String(error)
    } finally {
      loading.value = false
    }
  }

  watch([roundId, entryId], load, { immediate: true })

  function setScore(id: number, value: number | null): void {
    scores.value = { ...scores.value, [String(id)]: value }
    if (criterionErrors.value[String(id)]) {
      const nextErrors = { ...criterionErrors.value }
      delete nextErrors[String(id)]
      criterionErrors.value = nextErrors
    }
  }

  function body(submit: boolean) {
    const values: Record<string, number> = {}
    for (const [id, value] of Object.entries(scores.value)) if (typeof value === 'number') values[id] = value
    return {
      scores: values,
      comment: comment.value.trim() || undefined,
      feedback: feedback.value.trim() || undefined,
      submit,
    }
  }

  function showError(error: unknown): void {
    if (!isApiError(error)) throw error
    if (error.status === 409 && (error.is('scoring-closed') || error.is('scoring-deadline-passed'))) {
      closed.value = true
      closedDetail.value = error.detail
      return
    }
    const byCriterion: Record<string, string[]> = {}
    const texts = { comment: [] as string[], feedback: [] as string[] }
    const unplaced: string[] = []
    for (const { field, message } of error.errors) {
      const match = /^scores\.(.+)$/.exec(field)
      if (match?.[1] && criteria.value.some((c) => String(c.id) === match[1]))
        (byCriterion[match[1]] ??= []).push(message)
      else if (field === 'comment' || field === 'feedback') texts[field].push(message)
      else unplaced.push(field && field !== 'body' ? `${field}: ${message}` : message)
    }
    criterionErrors.value = Object.fromEntries(Object.entries(byCriterion).map(([id, list]) => [id, list.join('; ')]))
    textErrors.value = { comment: texts.comment.join('; '), feedback: texts.feedback.join('; ') }
    const placed = Object.keys(byCriterion).length > 0 || texts.comment.length > 0 || texts.feedback.length > 0
    formError.value = placed
      ? { title: t('judging.scorecard.errorsTitle'), detail: unplaced.join('; ') || error.detail }
      : { title: t('judging.scorecard.saveFailed'), detail: error.detail }
    if (placed) {
      const first = Object.keys(byCriterion)[0]
      if (first)
        document.querySelector(`[data-criterion="${first}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'center' })
    }
  }

  async function save(submit: boolean): Promise<void> {
    if (!data.value || saving.value) return
    if (submit && !submitted.value) {
      try {
        await ElMessageBox.confirm(t('judging.scorecard.submitText'), t('judging.scorecard.submitTitle'), {
          type: 'info',
          confirmButtonText: t('judging.scorecard.submit'),
          cancelButtonText: t('common.cancel'),
        })
      } catch {
        return
      }
    }
    const wasSubmitted = submitted.value
    clearErrors()
    saving.value = submit ? 'submit' : 'draft'
    try {
      const saved = await saveScorecard(roundId.value, entryId.value, body(submit))
      data.value = { ...data.value, scorecard: saved }
      baseline.value = state.value
      queue.value = queue.value.map((i) =>
        i.roundId === roundId.value && i.entryId === entryId.value ? { ...i, scorecardStatus: saved.status } : i,
      )
      ElMessage.success(
        submit
          ? wasSubmitted
            ? t('judging.scorecard.updated')
            : t('judging.scorecard.submitted')
          : t('judging.scorecard.saved'),
      )
    } catch (error) {
      showError(error)
    } finally {
      saving.value = null
    }
  }

  function openConflict(): void {
    conflictError.value = ''
    conflictOpen.value = true
  }

  async function conflict(reason: string): Promise<void> {
    conflictBusy.value = true
    conflictError.value = ''
    try {
      await declareConflict(roundId.value, entryId.value, reason)
      conflictOpen.value = false
      baseline.value = state.value
      ElMessage.success(t('judging.scorecard.conflictDone'))
      await router.push({ name: 'judging' })
    } catch (error) {
      conflictError.value = isApiError(error)
        ? (error.errors.find((e) => e.field === 'reason')?.message ?? error.detail)
        : String(error)
    } finally {
      conflictBusy.value = false
    }
  }

  useUnsavedChangesGuard(computed(() => dirty.value && saving.value === null && !conflictBusy.value))

  return {
    data,
    loading,
    loadError,
    load,
    scores,
    comment,
    feedback,
    setScore,
    criterionErrors,
    textErrors,
    formError,
    closed,
    closedDetail,
    saving,
    save,
    conflictOpen,
    conflictBusy,
    conflictError,
    openConflict,
    conflict,
    criteria,
    card,
    submitted,
    status,
    disabled,
    total,
    scored,
    sequence,
    programTitle,
  }
}
