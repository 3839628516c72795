import { computed, getCurrentScope, onScopeDispose, ref, toValue, type MaybeRefOrGetter, type Ref } from 'vue'
import type { SubmissionState } from '@/api/programs'

export interface CountdownParts {
  days: number
  hours: number
  minutes: number
  seconds: number
}

/** Splits a duration into whole days, hours, minutes and seconds (negative durations count as zero). */
export function splitDuration(ms: number): CountdownParts {
  const total = Math.max(0, Math.floor(ms / 1000))
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  }
}

function toMs(value: string | number | Date | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null
  const ms = value instanceof Date ? value.getTime() : new Date(value).getTime()
  return Number.isNaN(ms) ? null : ms
}

/** The current time, updated every `intervalMs` while the calling component (or effect scope) lives. */
export function useNow(intervalMs = 1000): { now: Ref<number>; stop: () => void } {
  const now = ref(Date.now())
  const timer = setInterval(() => {
    now.value = Date.now()
  }, intervalMs)
  const stop = () => clearInterval(timer)
  if (getCurrentScope()) onScopeDispose(stop)
  return { now, stop }
}

/** A live countdown to an instant, ticking every second. */
export function useCountdown(
  target: MaybeRefOrGetter<string | number | Date | null | undefined>,
  options: { intervalMs?: number; now?: Ref<number> } = {},
) {
  const clock = options.now ? { now: options.now, stop: () => undefined } : useNow(options.intervalMs)
  const now = clock.now
  const targetMs = computed(() => toMs(toValue(target)))
  const remainingMs = computed(() => (targetMs.value === null ? 0 : Math.max(0, targetMs.value - now.value)))
  const parts = computed(() => splitDuration(remainingMs.value))
  const done = computed(() => targetMs.value !== null && remainingMs.value === 0)
  return { now, remainingMs, parts, done, stop: clock.stop }
}

export interface SubmissionWindow {
  submissionOpensAt: string
  submissionClosesAt: string
}

/** Where a submission window stands right now (upcoming, open, closed), and the countdown to its next change. */
export function useSubmissionWindow(window: MaybeRefOrGetter<SubmissionWindow | null | undefined>) {
  const { now, stop } = useNow()
  const state = computed<SubmissionState | null>(() => {
    const w = toValue(window)
    if (!w) return null
    const opens = toMs(w.submissionOpensAt)
    const closes = toMs(w.submissionClosesAt)
    if (opens !== null && now.value < opens) return 'UPCOMING'
    if (closes !== null && now.value < closes) return 'OPEN'
    return 'CLOSED'
  })
  const target = computed(() => {
    const w = toValue(window)
    if (!w) return null
    if (state.value === 'UPCOMING') return w.submissionOpensAt
    if (state.value === 'OPEN') return w.submissionClosesAt
    return null
  })
  const { remainingMs, parts, done } = useCountdown(target, { now })
  return { state, target, now, stop, remainingMs, parts, done }
}
