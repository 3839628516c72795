import { getCurrentScope, onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { isApiError } from '@/api/http'
import { getEventSchedule, liveEventsUrl, type EventSchedule } from '@/api/live'
import type { EventSourceFactory, EventSourceLike } from './useLiveSession'

export interface StageScheduleOptions {
  eventSource?: EventSourceFactory
  /** Reload this often even without events: "now" and "next" move with the clock. */
  refreshMs?: number
  /** Events arriving together (a reveal, then the next pitch) cause one reload after this pause. */
  debounceMs?: number
}

/**
 * An event's schedule of stages, kept current: loaded once, then reloaded whenever any of its
 * sessions' event streams (the one live stream each big screen follows) says something happened,
 * and every half minute for the clock. The server decides what is on now and next.
 */
export function useStageSchedule(slug: MaybeRefOrGetter<string>, options: StageScheduleOptions = {}) {
  const schedule = shallowRef<EventSchedule | null>(null)
  const loading = ref(true)
  const notFound = ref(false)
  const error = ref<string | null>(null)

  const factory: EventSourceFactory =
    options.eventSource ?? ((url) => new EventSource(url) as unknown as EventSourceLike)
  const sources = new Map<number, EventSourceLike>()
  let debounce: ReturnType<typeof setTimeout> | null = null
  let seq = 0

  async function load(): Promise<void> {
    const mine = ++seq
    try {
      const next = await getEventSchedule(toValue(slug))
      if (mine !== seq) return
      schedule.value = next
      notFound.value = false
      error.value = null
      follow(next)
    } catch (e) {
      if (mine !== seq) return
      if (isApiError(e) && e.status === 404) {
        notFound.value = true
        schedule.value = null
      } else {
        error.value = isApiError(e) ? e.detail : String(e)
      }
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  /** One stream per session on the schedule; streams of sessions no longer listed are closed. */
  function follow(s: EventSchedule): void {
    const wanted = new Set(s.stages.flatMap((stage) => stage.sessionIds))
    for (const [id, source] of sources) {
      if (!wanted.has(id)) {
        source.close()
        sources.delete(id)
      }
    }
    for (const id of wanted) {
      if (sources.has(id)) continue
      const source = factory(liveEventsUrl(id))
      source.onmessage = () => soon()
      sources.set(id, source)
    }
  }

  function soon(): void {
    if (debounce) return
    debounce = setTimeout(() => {
      debounce = null
      void load()
    }, options.debounceMs ?? 500)
  }

  const timer = setInterval(() => void load(), options.refreshMs ?? 30_000)

  watch(
    () => toValue(slug),
    () => {
      loading.value = true
      void load()
    },
    { immediate: true },
  )

  function stop(): void {
    clearInterval(timer)
    if (debounce) clearTimeout(debounce)
    sources.forEach((s) => s.close())
    sources.clear()
  }
  if (getCurrentScope()) onScopeDispose(stop)

  return { schedule, loading, notFound, error, reload: load, stop }
}
