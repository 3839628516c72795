import { onBeforeUnmount, watch } from 'vue'
import { useRoute } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { useNotificationsStore } from '@/stores/notifications'

/** How often the bell asks for news while the tab is visible. */
export const NOTIFICATION_POLL_MS = 60_000

/**
 * Keeps the notifications store fresh while the calling component lives: at once, on every
 * page change, and every minute while the tab is visible and someone is signed in. A hidden
 * tab, a sign-out or unmounting stops the timer; nothing is ever asked for while signed out.
 */
export function useNotificationPolling(): { refresh: () => Promise<void> } {
  const auth = useAuthStore()
  const store = useNotificationsStore()
  const route = useRoute()
  let timer: ReturnType<typeof setInterval> | null = null

  const visible = () => typeof document === 'undefined' || document.visibilityState !== 'hidden'

  function stop(): void {
    if (timer !== null) clearInterval(timer)
    timer = null
  }

  function start(): void {
    stop()
    if (!auth.isAuthenticated || !visible()) return
    timer = setInterval(() => void store.refresh(), NOTIFICATION_POLL_MS)
  }

  function refresh(): Promise<void> {
    return auth.isAuthenticated ? store.refresh() : Promise.resolve()
  }

  function onVisibilityChange(): void {
    if (visible() && auth.isAuthenticated) {
      // Whatever arrived while the tab was hidden shows up as soon as it is back.
      void store.refresh()
      start()
    } else {
      stop()
    }
  }

  watch(
    () => auth.isAuthenticated,
    (signedIn) => {
      if (signedIn) {
        void store.refresh()
        start()
      } else {
        stop()
        store.reset()
      }
    },
    { immediate: true },
  )

  watch(
    () => route.path,
    () => void refresh(),
  )

  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibilityChange)

  onBeforeUnmount(() => {
    stop()
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibilityChange)
  })

  return { refresh }
}
