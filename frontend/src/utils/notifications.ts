import type { Component } from 'vue'
import { AlarmClock, Calendar, CircleCheck, DocumentChecked, Key, Trophy, TrendCharts } from '@element-plus/icons-vue'
import type { NotificationKind, NotificationView } from '@/api/notifications'
import { safeRedirect } from '@/router'

const ICONS: Record<NotificationKind, Component> = {
  ENTRY_SUBMITTED: DocumentChecked,
  ELIGIBILITY_DECIDED: CircleCheck,
  ROUND_OUTCOME: TrendCharts,
  RESULTS_PUBLISHED: Trophy,
  // Email only (a password link is a secret, never kept in the app); listed for completeness.
  PASSWORD_RESET: Key,
  ACCOUNT_INVITATION: Key,
  TEAM_INVITATION: Key,
  JUDGING_REMINDER: AlarmClock,
  AUDIENCE_CODE: Key,
  MEETING_REQUESTED: Calendar,
  MEETING_ACCEPTED: Calendar,
  MEETING_DECLINED: Calendar,
  MEETING_CANCELLED: Calendar,
}

/** The icon for a kind of notification; an unknown (newer) kind gets the submitted-entry one. */
export function notificationIcon(kind: string): Component {
  return ICONS[kind as NotificationKind] ?? DocumentChecked
}

/** Where a notification leads inside the app, or null: only same-site paths are followed. */
export function notificationTarget(notification: Pick<NotificationView, 'link'>): string | null {
  return safeRedirect(notification.link)
}
