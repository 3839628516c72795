import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { isApiError } from '@/api/http'
import {
  acceptMeeting,
  cancelMeeting,
  declineMeeting,
  type AcceptRequest,
  type Meeting,
  type MeetingStep,
} from '@/api/matchmaking'

/**
 * Carries out a meeting step the server offered (`allowedActions`): accepting opens the dialog
 * (`accepting`), declining and calling off ask for an optional reason. `changed` gets the
 * meeting as the server now has it; `stale` runs when the other side moved first (409), so the
 * page reads the meeting again instead of offering steps that no longer exist.
 */
export function useMeetingSteps(changed: (meeting: Meeting) => void, stale: () => void = () => undefined) {
  const { t } = useI18n()
  const accepting = ref<Meeting | null>(null)
  const busy = ref<number | null>(null)

  async function reason(title: string): Promise<string | null | undefined> {
    try {
      const { value } = await ElMessageBox.prompt(t('matchmaking.meeting.reasonPlaceholder'), title, {
        confirmButtonText: title,
        cancelButtonText: t('common.cancel'),
        inputType: 'textarea',
        inputValidator: (v: string | null) => (v ?? '').length <= 1000,
        inputErrorMessage: t('matchmaking.meeting.reasonTooLong'),
      })
      return value?.trim() || null
    } catch {
      return undefined // dismissed
    }
  }

  async function act(step: MeetingStep, meeting: Meeting): Promise<void> {
    if (step === 'ACCEPT') {
      accepting.value = meeting
      return
    }
    // Only the investor calls off a request still waiting: that is withdrawing it.
    const withdrawing = step === 'CANCEL' && meeting.status === 'REQUESTED'
    const title =
      step === 'DECLINE'
        ? t('matchmaking.meeting.declineTitle')
        : withdrawing
          ? t('matchmaking.meeting.withdrawTitle')
          : t('matchmaking.meeting.cancelTitle')
    const why = await reason(title)
    if (why === undefined) return
    busy.value = meeting.id
    try {
      const now = step === 'DECLINE' ? await declineMeeting(meeting.id, why) : await cancelMeeting(meeting.id, why)
      changed(now)
      ElMessage.success(
        step === 'DECLINE'
          ? t('matchmaking.meeting.declined')
          : withdrawing
            ? t('matchmaking.meeting.withdrawn')
            : t('matchmaking.meeting.cancelled'),
      )
    } catch (error) {
      ElMessage.error(isApiError(error) ? error.detail : t('matchmaking.meeting.failed'))
      if (isApiError(error) && error.status === 409) stale()
    } finally {
      busy.value = null
    }
  }

  /** The dialog's submit: errors go back to the dialog to show by its fields. */
  async function accept(body: AcceptRequest): Promise<void> {
    const meeting = accepting.value
    if (!meeting) return
    let now: Meeting
    try {
      now = await acceptMeeting(meeting.id, body)
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        accepting.value = null
        ElMessage.error(error.detail)
        stale()
        return
      }
      throw error
    }
    accepting.value = null
    changed(now)
    ElMessage.success(t('matchmaking.meeting.accepted'))
  }

  return { accepting, busy, act, accept }
}
