import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { isApiError } from '@/api/http'
import {
  previewEligibilityMatching,
  setEligibilityBulk,
  setEligibilityMatching,
  type EligibilityOutcome,
  type ScreeningFilter,
  type ScreeningRow,
} from '@/api/screening'

/**
 * Eligibility decided for many entries at once: the ticked rows, or everything the filter matches.
 * Both share the reason dialog (ineligible needs a reason) and the outcome report. The by-filter
 * flow previews first, has the organizer confirm the count, and sends back the preview's selection
 * fingerprint so the server refuses if the matching entries changed in between.
 */
export function useBulkEligibility(
  programId: Ref<number>,
  filters: ScreeningFilter,
  options: { selection: Ref<ScreeningRow[]>; clearSelection: () => void; reload: () => Promise<void> },
) {
  const { t } = useI18n()
  const { selection } = options

  const busy = ref<'eligible' | 'ineligible' | null>(null)
  const reasonOpen = ref(false)
  const reasonError = ref('')
  /** A decision on everything the filter matches, for which the reason dialog is open. */
  const matchingPending = ref(false)
  const outcomes = ref<EligibilityOutcome[]>([])
  const outcomeTitles = ref<Record<number, string>>({})
  const outcomesOpen = ref(false)

  function report(items: EligibilityOutcome[], titles: Record<number, string>): void {
    outcomes.value = items
    outcomeTitles.value = titles
    reasonOpen.value = false
    outcomesOpen.value = true
  }

  function failure(error: unknown, eligible: boolean): void {
    const message = isApiError(error)
      ? (error.errors.find((e) => e.field === 'reason')?.message ?? error.detail)
      : String(error)
    if (!eligible && reasonOpen.value) reasonError.value = message
    else ElMessage.error(message)
  }

  function askMatching(eligible: boolean): void {
    if (eligible) {
      void decideMatching(true)
    } else {
      reasonError.value = ''
      matchingPending.value = true
      reasonOpen.value = true
    }
  }

  function askReason(): void {
    reasonError.value = ''
    matchingPending.value = false
    reasonOpen.value = true
  }

  function onReason(reason: string): void {
    if (matchingPending.value) void decideMatching(false, reason)
    else void bulk(false, reason)
  }

  /** Asks the server how many entries match, has the organizer confirm that number, then decides them. */
  async function decideMatching(eligible: boolean, reason?: string): Promise<void> {
    busy.value = eligible ? 'eligible' : 'ineligible'
    reasonError.value = ''
    try {
      const preview = await previewEligibilityMatching(programId.value, filters, eligible, reason)
      if (preview.matching === 0) {
        ElMessage.info(t('screening.matchingNone'))
        return
      }
      const question = t(eligible ? 'screening.confirmMatchingEligible' : 'screening.confirmMatchingIneligible', {
        count: preview.matching,
      })
      const detail = t('screening.confirmMatchingDetail', {
        changed: preview.changed,
        unchanged: preview.unchanged,
        refused: preview.refused,
      })
      try {
        await ElMessageBox.confirm(`${question} ${detail}`, t('screening.confirmTitle'), {
          confirmButtonText: t('screening.confirmGo'),
          cancelButtonText: t('common.cancel'),
          type: eligible ? 'info' : 'warning',
        })
      } catch {
        return // the organizer said no
      }
      const result = await setEligibilityMatching(programId.value, filters, eligible, preview, reason)
      report(result.items, Object.fromEntries(result.items.map((o) => [o.entryId, o.title ?? `#${o.entryId}`])))
      await options.reload()
    } catch (error) {
      if (isApiError(error) && error.type.endsWith('/selection-changed')) {
        ElMessage.warning(t('screening.matchingChanged'))
        await options.reload()
        return
      }
      failure(error, eligible)
    } finally {
      busy.value = null
      if (!reasonOpen.value) matchingPending.value = false
    }
  }

  async function bulk(eligible: boolean, reason?: string): Promise<void> {
    if (!selection.value.length) return
    busy.value = eligible ? 'eligible' : 'ineligible'
    reasonError.value = ''
    const chosen = [...selection.value]
    try {
      const result = await setEligibilityBulk(
        programId.value,
        chosen.map((r) => r.id),
        eligible,
        reason,
      )
      report(result.items, Object.fromEntries(chosen.map((r) => [r.id, r.title])))
      options.clearSelection()
      await options.reload()
    } catch (error) {
      failure(error, eligible)
    } finally {
      busy.value = null
    }
  }

  return {
    busy,
    reasonOpen,
    reasonError,
    matchingPending,
    outcomes,
    outcomeTitles,
    outcomesOpen,
    askMatching,
    askReason,
    onReason,
    bulk,
  }
}
