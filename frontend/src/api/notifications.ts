import type { Schema } from './contract'
import { http } from './http'

export const NOTIFICATION_KINDS = [
  'ENTRY_SUBMITTED',
  'ELIGIBILITY_DECIDED',
  'ROUND_OUTCOME',
  'RESULTS_PUBLISHED',
  'JUDGING_REMINDER',
] as const satisfies readonly Schema<'NotificationKind'>[]
export type NotificationKind = Schema<'NotificationKind'>

/** One in-app notification; title and body are already in the person's language; `link` is a path in the app. */
export type NotificationView = Schema<'NotificationService.NotificationView'>

/** `unread` counts across all pages, not just this one. */
export type NotificationPage = Schema<'NotificationService.NotificationPage'>

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
