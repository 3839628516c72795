import { http } from './http'

export const NOTIFICATION_KINDS = ['ENTRY_SUBMITTED', 'ELIGIBILITY_DECIDED', 'ROUND_OUTCOME', 'RESULTS_PUBLISHED'] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/** One in-app notification; title and body are already in the person's language. */
export interface NotificationView {
  id: number
  kind: NotificationKind
  title: string
  body: string
  /** A path in the app (e.g. "/my/entries/12"), or null when there is nowhere to go. */
  link: string | null
  createdAt: string
  readAt: string | null
}

export interface NotificationPage {
  items: NotificationView[]
  total: number
  /** Unread across all pages, not just this one. */
  unread: number
}

export interface NotificationQuery {
  /** Zero-based. */
  page?: number
  size?: number
}

/** The signed-in person's notifications, newest first. */
export function listNotifications(query: NotificationQuery = {}): Promise<NotificationPage> {
  return http<NotificationPage>('/me/notifications', { query: { page: query.page ?? 0, size: query.size ?? 20 } })
}

/** Marks one notification read (the first reading time is kept); 404 if it is not the person's. */
export async function markNotificationRead(id: number): Promise<void> {
  await http<unknown>(`/me/notifications/${encodeURIComponent(String(id))}/read`, { method: 'POST' })
}

export function markAllNotificationsRead(): Promise<void> {
  return http<void>('/me/notifications/read-all', { method: 'POST' })
}
