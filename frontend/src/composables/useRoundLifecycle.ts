import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { isApiError } from '@/api/http'
import { closeRound, finalizeRound, getRound, openRound, type RoundView, type SnapshotView } from '@/api/judging'

export type LifecycleStep = 'open' | 'close' | 'reopen' | 'finalize'

export interface LifecycleHooks {
  /** The round moved (opened, closed, reopened): the page shows `next` and reloads what depends on it. */
  changed: (next: RoundView) => void
  /** Finalizing froze the results; called before the round itself is read again. */
  snapshotTaken: (snapshot: SnapshotView) => void
  /** The finalized round, read again after its snapshot. */
  finalized: (next: RoundView) => void
}

function message(error: unknown): string {
  return isApiError(error) ? error.detail : String(error)
}

/**
 * The round dashboard's lifecycle actions: open, close, reopen (with a reason) and finalize, each
 * confirmed first, and which of them is running. The page decides what a change means for it.
 */
export function useRoundLifecycle(roundId: Ref<number>, round: Ref<RoundView | null>, hooks: LifecycleHooks) {
  const { t } = useI18n()
  const busy = ref<LifecycleStep | null>(null)
  const reopenOpen = ref(false)
  const reopenError = ref('')

  async function confirm(
    text: string,
    title: string,
    button: string,
    type: 'warning' | 'info' = 'warning',
  ): Promise<boolean> {
    try {
      await ElMessageBox.confirm(text, title, { type, confirmButtonText: button, cancelButtonText: t('common.cancel') })
      return true
    } catch {
      return false
    }
  }

  async function open(): Promise<void> {
    const ok = await confirm(
      t('rounds.dashboard.lifecycle.openText'),
      t('rounds.dashboard.lifecycle.openTitle'),
      t('rounds.dashboard.lifecycle.open'),
      'info',
    )
    if (!ok) return
    busy.value = 'open'
    try {
      hooks.changed(await openRound(roundId.value))
      ElMessage.success(t('rounds.dashboard.lifecycle.opened'))
    } catch (error) {
      ElMessage.error(message(error))
    } finally {
      busy.value = null
    }
  }

  async function close(): Promise<void> {
    const ok = await confirm(
      t('rounds.dashboard.lifecycle.closeText'),
      t('rounds.dashboard.lifecycle.closeTitle'),
      t('rounds.dashboard.lifecycle.close'),
    )
    if (!ok) return
    busy.value = 'close'
    try {
      hooks.changed(await closeRound(roundId.value))
      ElMessage.success(t('rounds.dashboard.lifecycle.closed'))
    } catch (error) {
      ElMessage.error(message(error))
    } finally {
      busy.value = null
    }
  }

  function startReopen(): void {
    reopenError.value = ''
    reopenOpen.value = true
  }

  async function reopen(reason: string): Promise<void> {
    busy.value = 'reopen'
    reopenError.value = ''
    try {
      hooks.changed(await openRound(roundId.value, reason))
      reopenOpen.value = false
      ElMessage.success(t('rounds.dashboard.lifecycle.reopened'))
    } catch (error) {
      reopenError.value = isApiError(error)
        ? (error.errors.find((e) => e.field === 'reason')?.message ?? error.detail)
        : String(error)
    } finally {
      busy.value = null
    }
  }

  async function finalize(): Promise<void> {
    if (!round.value) return
    const ok = await confirm(
      t('rounds.dashboard.lifecycle.finalizeText', { method: t(`rounds.method.${round.value.aggregation}`) }),
      t('rounds.dashboard.lifecycle.finalizeTitle'),
      t('rounds.dashboard.lifecycle.finalize'),
    )
    if (!ok) return
    busy.value = 'finalize'
    try {
      hooks.snapshotTaken(await finalizeRound(roundId.value))
      hooks.finalized(await getRound(roundId.value))
      ElMessage.success(t('rounds.dashboard.lifecycle.finalized'))
    } catch (error) {
      ElMessage.error(message(error))
    } finally {
      busy.value = null
    }
  }

  return { busy, reopenOpen, reopenError, open, close, startReopen, reopen, finalize }
}
