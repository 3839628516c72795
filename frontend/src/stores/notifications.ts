import { defineStore } from 'pinia'
import { ref } from 'vue'
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationView,
} from '@/api/notifications'
import { useAuthStore } from '@/stores/auth'

/** How many notifications the header's bell lists. */
export const LATEST_SIZE = 8

/**
 * The bell's state: the latest notifications and the unread count, shared with the
 * notifications page so that reading one there updates the badge at once.
 */
export const useNotificationsStore = defineStore('notifications', () => {
  const latest = ref<NotificationView[]>([])
  const unread = ref(0)
  /** True once a list has arrived since sign-in. */
  const loaded = ref(false)

  // Bumped on sign-out so an answer still on its way cannot bring the old person's badge back.
  let generation = 0
  let inFlight: Promise<void> | null = null

  function reset(): void {
    generation++
    latest.value = []
    unread.value = 0
    loaded.value = false
  }

  /**
   * Fetches the latest notifications. Never rejects: the bell is a convenience, so a server
   * without notifications (404) or a failed request leaves no badge rather than an error.
   */
  function refresh(): Promise<void> {
    if (!useAuthStore().isAuthenticated) {
      reset()
      return Promise.resolve()
    }
    inFlight ??= (async () => {
      const asked = generation
      try {
        const page = await listNotifications({ page: 0, size: LATEST_SIZE })
        if (asked !== generation) return
        latest.value = Array.isArray(page?.items) ? page.items : []
        unread.value = typeof page?.unread === 'number' ? page.unread : 0
        loaded.value = true
      } catch {
        if (asked !== generation) return
        latest.value = []
        unread.value = 0
      } finally {
        inFlight = null
      }
    })()
    return inFlight
  }

  /** The page knows the unread total too; keep the badge in step with it. */
  function setUnread(count: number): void {
    unread.value = Math.max(0, count)
  }

  function markLocallyRead(id: number, readAt: string): void {
    latest.value = latest.value.map((n) => (n.id === id && !n.readAt ? { ...n, readAt } : n))
  }

  /**
   * Marks one notification read, optimistically. Resolves false (after re-syncing with the
   * server) if the server refused, e.g. 404 for a notification that is not the person's.
   */
  async function markRead(notification: NotificationView): Promise<boolean> {
    if (!notification.readAt) {
      markLocallyRead(notification.id, new Date().toISOString())
      unread.value = Math.max(0, unread.value - 1)
    }
    try {
      await markNotificationRead(notification.id)
      return true
    } catch {
      await refresh()
      return false
    }
  }

  /** Marks everything read; rejects with ApiError if the server refused. */
  async function markAllRead(): Promise<void> {
    await markAllNotificationsRead()
    const now = new Date().toISOString()
    latest.value = latest.value.map((n) => (n.readAt ? n : { ...n, readAt: now }))
    unread.value = 0
  }

  return { latest, unread, loaded, refresh, reset, setUnread, markRead, markAllRead }
})
