import type { Schema } from '@/api/contract'

/**
 * Why the server refuses an action now, said before anybody tries: `reason` is a stable code
 * (INCOMPLETE, WINDOW_CLOSED, WINDOW_NOT_OPEN, CALL_STILL_OPEN), `at` the moment it refers to,
 * `fields` what is missing. Screens word it; they never decide it themselves.
 */
export type UnavailableAction = Schema<'UnavailableAction'>

/** The server's reason why `action` is not possible now, or null when it did not refuse it. */
export function whyNot(
  view: { unavailableActions?: readonly UnavailableAction[] } | null | undefined,
  action: string,
): UnavailableAction | null {
  return view?.unavailableActions?.find((u) => u.action === action) ?? null
}
