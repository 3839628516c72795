import { computed, ref, shallowRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { isApiError } from '@/api/http'
import { control, getHostView, type ControlRequest, type HostView, type LiveAction, type LiveSlot } from '@/api/live'
import { coalesce, useLiveSession } from '@/composables/useLiveSession'
import { currentSlot } from '@/utils/live'

/**
 * The host console's state and actions: the public state from the event stream, the host view
 * (judges, and what the server allows now) fetched after every event, and the control calls with
 * their confirmations. Which actions are possible is the server's answer (`allowedActions`,
 * `slotActions`); the console never works it out itself.
 */
export function useLiveHost(sessionId: Ref<number>) {
  const { t } = useI18n()
  const host = shallowRef<HostView | null>(null)
  const hostError = ref<string | null>(null)
  const busy = ref<LiveAction | null>(null)

  const refreshHost = coalesce(async () => {
    try {
      const view = await getHostView(sessionId.value)
      host.value = view
      hostError.value = null
      live.apply(view.state)
    } catch (error) {
      hostError.value = isApiError(error) ? error.detail : String(error)
    }
  })

  const live = useLiveSession(sessionId, {
    onEvent: () => void refreshHost(),
    onReload: () => void refreshHost(),
  })
  const slot = computed(() => currentSlot(live.state.value))

  /** Whether the server allows the action now: on the current slot (or the session), or naming `target`. */
  function allowed(action: LiveAction, target?: LiveSlot | null): boolean {
    const view = host.value
    if (busy.value || !view) return false
    if (!target) return view.allowedActions.includes(action)
    return view.slotActions.find((s) => s.slotId === target.id)?.allowedActions.includes(action) ?? false
  }

  /** Names the slot only when it is not the current one, as the server's default is the current slot. */
  const slotIdOf = (target: LiveSlot | null | undefined) =>
    target && target.id !== live.state.value?.currentSlotId ? target.id : undefined

  async function send(request: ControlRequest): Promise<void> {
    busy.value = request.action
    try {
      const view = await control(sessionId.value, request)
      host.value = view
      live.apply(view.state)
    } finally {
      busy.value = null
    }
  }

  function explain(error: unknown): void {
    if (!isApiError(error)) throw error
    ElMessage({
      type: error.status === 409 ? 'warning' : 'error',
      message: error.detail,
      duration: 6000,
      showClose: true,
    })
  }

  async function act(action: LiveAction, target?: LiveSlot): Promise<void> {
    if (busy.value) return
    const request: ControlRequest = { action, slotId: slotIdOf(target) }
    try {
      await send(request)
    } catch (error) {
      if (action === 'REVEAL' && isApiError(error) && error.is('reveal-incomplete')) {
        // The counts come as the problem's extension members, never out of its English detail.
        const n = error.number('submitted') ?? live.state.value?.submittedCount ?? 0
        const m = error.number('expected') ?? live.state.value?.expectedCount ?? 0
        await revealPartially(request, n, m)
        return
      }
      explain(error)
    }
  }

  async function revealPartially(request: ControlRequest, n: number, m: number): Promise<void> {
    if (
      !(await confirmed(
        t('live.host.revealPartialText', { n, m }),
        t('live.host.revealPartialTitle', { n, m }),
        t('live.host.revealPartialConfirm', { n, m }),
      ))
    )
      return
    try {
      await send({ ...request, confirmPartial: true })
    } catch (error) {
      explain(error)
    }
  }

  async function confirmed(text: string, title: string, button: string): Promise<boolean> {
    try {
      await ElMessageBox.confirm(text, title, {
        type: 'warning',
        confirmButtonText: button,
        cancelButtonText: t('common.cancel'),
      })
      return true
    } catch {
      return false
    }
  }

  async function skip(target: LiveSlot): Promise<void> {
    if (
      await confirmed(
        t('live.host.skipText'),
        t('live.host.skipTitle', { title: target.title }),
        t('live.host.actions.SKIP'),
      )
    ) {
      await act('SKIP', target)
    }
  }

  async function endSession(): Promise<void> {
    if (await confirmed(t('live.host.endText'), t('live.host.endTitle'), t('live.host.actions.END'))) await act('END')
  }

  // Reopening scoring asks why; the reason goes to the audit trail.
  const reopenOpen = ref(false)
  const reopenTarget = ref<LiveSlot | null>(null)
  const reopenError = ref('')
  function askReopen(target: LiveSlot | null = slot.value): void {
    reopenTarget.value = target
    reopenError.value = ''
    reopenOpen.value = true
  }
  async function reopen(reason: string): Promise<void> {
    reopenError.value = ''
    try {
      await send({ action: 'REOPEN_SCORING', reason, slotId: slotIdOf(reopenTarget.value) })
      reopenOpen.value = false
    } catch (error) {
      if (!isApiError(error)) throw error
      const field = error.errors.find((e) => e.field === 'reason')
      if (field) reopenError.value = field.message
      else {
        reopenOpen.value = false
        explain(error)
      }
    }
  }

  return {
    ...live,
    host,
    hostError,
    busy,
    slot,
    nextStep: computed(() => host.value?.nextStep ?? null),
    allowed,
    act,
    skip,
    endSession,
    reopenOpen,
    reopenTarget,
    reopenError,
    askReopen,
    reopen,
  }
}
