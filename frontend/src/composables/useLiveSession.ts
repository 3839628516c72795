import { computed, getCurrentScope, onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { isApiError } from '@/api/http'
import { getLiveState, liveEventsUrl, type LiveEvent, type LiveState } from '@/api/live'
import { remainingAt } from '@/utils/live'

/** The part of EventSource the session uses, so specs can hand in a fake. */
export interface EventSourceLike {
  readonly readyState: number
  onopen: ((this: never, ev: Event) => unknown) | null
  onmessage: ((this: never, ev: MessageEvent) => unknown) | null
  onerror: ((this: never, ev: Event) => unknown) | null
  addEventListener?(type: string, listener: (ev: Event) => void): void
  close(): void
}

export type EventSourceFactory = (url: string) => EventSourceLike

export interface LiveSessionOptions {
  /** Called after each event's state is applied (host and tablet re-fetch their private view). */
  onEvent?: (event: LiveEvent) => void
  /** Called whenever the state was loaded afresh (first load and after a reconnect). */
  onReload?: (state: LiveState) => void
  eventSource?: EventSourceFactory
  /** Reconnect delays in ms after the stream closed for good, the last one repeating. */
  backoff?: readonly number[]
  /** Tick of the local countdown. */
  tickMs?: number
  /**
   * A stream silent for this long (no event, not even the 15 s heartbeat) is taken for dead and
   * reopened: a proxy or a hall's Wi-Fi can keep a connection open whose server is long gone.
   */
  staleMs?: number
}

const CLOSED = 2
const DEFAULT_BACKOFF = [1000, 2000, 4000, 8000, 15000] as const

function defaultFactory(url: string): EventSourceLike {
  return new EventSource(url) as unknown as EventSourceLike
}

/**
 * A live session's public state, kept current by its event stream: GET the state, then follow
 * /events?after=<lastEventId>. The browser resumes on its own (Last-Event-ID) after short drops;
 * when the stream closes for good the state is loaded again and the stream reopened after a
 * backoff. The phase timer counts down locally between events. Everything stops with the
 * calling component.
 */
export function useLiveSession(sessionId: MaybeRefOrGetter<number>, options: LiveSessionOptions = {}) {
  const state = shallowRef<LiveState | null>(null)
  const loading = ref(true)
  const error = ref<string | null>(null)
  /** 404: no such session. */
  const notFound = ref(false)
  const connected = ref(false)
  const receivedAt = ref(Date.now())
  const now = ref(Date.now())

  const factory = options.eventSource ?? defaultFactory
  const backoff = options.backoff ?? DEFAULT_BACKOFF
  let source: EventSourceLike | null = null
  let retryTimer: ReturnType<typeof setTimeout> | null = null
  let attempt = 0
  let disposed = false
  let generation = 0
  let lastHeard = Date.now()
  const staleMs = options.staleMs ?? 40_000

  const ticker = setInterval(() => {
    now.value = Date.now()
    if (source && !retryTimer && now.value - lastHeard > staleMs) {
      closeSource()
      scheduleReconnect()
    }
  }, options.tickMs ?? 250)

  /** Takes a newer state (from an event, a reload, or an action's answer); older ones are ignored. */
  function apply(next: LiveState | null | undefined): boolean {
    if (!next) return false
    const current = state.value
    if (current && current.sessionId === next.sessionId && next.lastEventId < current.lastEventId) return false
    state.value = next
    receivedAt.value = Date.now()
    now.value = receivedAt.value
    return true
  }

  function closeSource(): void {
    if (source) {
      source.onopen = null
      source.onmessage = null
      source.onerror = null
      source.close()
      source = null
    }
    connected.value = false
  }

  function scheduleReconnect(): void {
    if (disposed || retryTimer) return
    const delay = backoff[Math.min(attempt, backoff.length - 1)] ?? 15000
    attempt++
    retryTimer = setTimeout(() => {
      retryTimer = null
      void connect()
    }, delay)
  }

  function open(id: number, after: number, mine: number): void {
    closeSource()
    const es = factory(liveEventsUrl(id, after))
    source = es
    lastHeard = Date.now()
    es.onopen = () => {
      if (mine !== generation) return
      lastHeard = Date.now()
      connected.value = true
      attempt = 0
    }
    // Heartbeats carry no state; they only prove the stream is alive.
    es.addEventListener?.('heartbeat', () => {
      if (mine !== generation) return
      lastHeard = Date.now()
      connected.value = true
    })
    es.onmessage = (message: MessageEvent) => {
      if (mine !== generation) return
      lastHeard = Date.now()
      let event: LiveEvent
      try {
        event = JSON.parse(String(message.data)) as LiveEvent
      } catch {
        return
      }
      if (!event || typeof event !== 'object' || !event.state) return
      connected.value = true
      if (apply(event.state)) options.onEvent?.(event)
    }
    es.onerror = () => {
      if (mine !== generation) return
      connected.value = false
      // CONNECTING: the browser retries by itself with Last-Event-ID. CLOSED: it gave up.
      if (es.readyState === CLOSED) {
        closeSource()
        scheduleReconnect()
      }
    }
  }

  /** Loads the state and (re)opens the stream right after it. */
  async function connect(): Promise<void> {
    const mine = ++generation
    const id = toValue(sessionId)
    closeSource()
    if (!Number.isFinite(id)) {
      loading.value = false
      notFound.value = true
      return
    }
    try {
      const loaded = await getLiveState(id)
      if (disposed || mine !== generation) return
      // A reload always wins (it is at least as new as anything the dropped stream delivered),
      // and replaces the state in place, so screens never flash empty while reconnecting.
      state.value = loaded
      receivedAt.value = Date.now()
      now.value = receivedAt.value
      error.value = null
      notFound.value = false
      options.onReload?.(loaded)
      open(id, loaded.lastEventId, mine)
    } catch (failure) {
      if (disposed || mine !== generation) return
      if (isApiError(failure) && failure.status === 404) {
        notFound.value = true
        error.value = failure.detail
      } else {
        error.value = isApiError(failure) ? failure.detail : String(failure)
        scheduleReconnect()
      }
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  function stop(): void {
    disposed = true
    generation++
    clearInterval(ticker)
    if (retryTimer) clearTimeout(retryTimer)
    retryTimer = null
    closeSource()
  }

  /** Loads the state again now and reopens the stream (e.g. a "reconnect" button). */
  function reload(): Promise<void> {
    if (retryTimer) clearTimeout(retryTimer)
    retryTimer = null
    attempt = 0
    return connect()
  }

  watch(
    () => toValue(sessionId),
    () => {
      state.value = null
      loading.value = true
      void reload()
    },
    { immediate: true },
  )

  if (getCurrentScope()) onScopeDispose(stop)

  const remaining = computed(() => remainingAt(state.value, receivedAt.value, now.value))

  return { state, loading, error, notFound, connected, remaining, now, apply, reload, stop }
}

/**
 * Runs an async refresh, never two at once: calls made while one runs collapse into a single
 * follow-up, so a burst of events causes at most two fetches.
 */
export function coalesce(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null
  let again = false
  const run = async (): Promise<void> => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      try {
        do {
          again = false
          await task()
        } while (again)
      } finally {
        running = null
      }
    })()
    return running
  }
  return run
}
