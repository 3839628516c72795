import { computed, ref, shallowRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { LiveScorecardSubmit } from '@/components/live/LiveScorecard.vue'
import { isApiError } from '@/api/http'
import { saveScorecard } from '@/api/judging'
import { getTabletView, type TabletView } from '@/api/live'
import { coalesce, useLiveSession } from '@/composables/useLiveSession'
import { currentSlot } from '@/utils/live'
import { formatScore } from '@/utils/scoring'

/**
 * The judge's side of a live session: follows the host's events, reloads the judge's tablet view
 * after each one, and submits the scorecard for the pitch on stage.
 */
export function useLiveJudgeTablet(sessionId: Ref<number>) {
  const { t, locale } = useI18n()

  const tablet = shallowRef<TabletView | null>(null)
  const tabletError = ref<string | null>(null)
  const saving = ref(false)
  const criterionErrors = ref<Record<string, string>>({})

  const refreshTablet = coalesce(async () => {
    try {
      const view = await getTabletView(sessionId.value)
      tablet.value = view
      tabletError.value = null
      live.apply(view.state)
    } catch (error) {
      tabletError.value = isApiError(error) ? error.detail : String(error)
    }
  })

  const live = useLiveSession(sessionId, {
    onEvent: () => void refreshTablet(),
    onReload: () => void refreshTablet(),
  })

  const slot = computed(() => currentSlot(live.state.value))
  const entry = computed(() => {
    const e = tablet.value?.entry ?? null
    // The tablet view may lag an event by a moment: only show the entry that is actually on stage,
    // and let the state's own word on the slot (acceptsScores) lock the form at once.
    return e && slot.value && e.entry.id === slot.value.entryId ? e : null
  })

  async function submit(body: LiveScorecardSubmit, total: number): Promise<void> {
    const current = entry.value
    if (!current || saving.value) return
    try {
      await ElMessageBox.confirm(
        t('live.judge.submitText', { total: formatScore(total, locale.value) }),
        t('live.judge.submitTitle'),
        { type: 'info', confirmButtonText: t('live.judge.submit'), cancelButtonText: t('common.cancel') },
      )
    } catch {
      return
    }
    saving.value = true
    criterionErrors.value = {}
    try {
      const saved = await saveScorecard(current.round.id, current.entry.id, { ...body, submit: true })
      if (tablet.value?.entry && tablet.value.entry.entry.id === current.entry.id) {
        tablet.value = { ...tablet.value, entry: { ...tablet.value.entry, scorecard: saved } }
      }
      ElMessage.success(t('live.judge.submittedMessage'))
    } catch (error) {
      if (!isApiError(error)) throw error
      const byCriterion: Record<string, string> = {}
      for (const { field, message } of error.errors) {
        const match = /^scores\.(.+)$/.exec(field)
        if (match?.[1]) byCriterion[match[1]] = message
      }
      criterionErrors.value = byCriterion
      ElMessage({
        type: error.status === 409 ? 'warning' : 'error',
        message: error.detail,
        duration: 6000,
        showClose: true,
      })
      void refreshTablet()
    } finally {
      saving.value = false
    }
  }

  return { live, tablet, tabletError, refreshTablet, slot, entry, saving, criterionErrors, submit }
}
