import { computed, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import {
  castVote,
  getBallot,
  sendAudienceCode,
  signInWithTicket,
  verifyAudienceCode,
  type AudiencePass,
  type Ballot,
  type CodeSent,
  type MyVote,
  type Voter,
} from '@/api/audience'
import { isApiError } from '@/api/http'
import { coalesce, useLiveSession, type LiveSessionOptions } from './useLiveSession'

const TOKEN_KEY = 'laurel.audience.pass'
const DEVICE_KEY = 'laurel.audience.device'

/** Reads local storage, which a private window or a locked-down phone may refuse. */
function stored(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}

function store(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, value)
  } catch {
    // Kept for this page only: the phone still votes, it just signs in again after a reload.
  }
}

/**
 * The phone's own random id, kept across visits: the server limits how many people vote from one
 * device. It is no secret and proves nothing alone; the token does that.
 */
export function deviceId(): string {
  const known = stored(DEVICE_KEY)
  if (known && /^[A-Za-z0-9-]{8,64}$/.test(known)) return known
  const fresh =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
  store(DEVICE_KEY, fresh)
  return fresh
}

function storedPass(): AudiencePass | null {
  const raw = stored(TOKEN_KEY)
  if (!raw) return null
  try {
    const pass = JSON.parse(raw) as AudiencePass
    return typeof pass.token === 'string' && Date.parse(pass.expiresAt) > Date.now() ? pass : null
  } catch {
    return null
  }
}

/**
 * The audience phone: the ballot of a live session kept current by the session's event stream
 * (the pitch open for votes changes with the host's buttons), signing in by emailed code or
 * expo ticket, and casting one vote per pitch. What counts is decided by the server; the page
 * shows its answers (already voted, voting closed) as they come.
 */
export function useAudienceVote(sessionId: MaybeRefOrGetter<number>, options: LiveSessionOptions = {}) {
  const ballot = shallowRef<Ballot | null>(null)
  const ballotError = ref<string | null>(null)
  const pass = ref<AudiencePass | null>(storedPass())
  const device = deviceId()
  const voter = (): Voter => ({ token: pass.value?.token ?? null, device })

  const live = useLiveSession(sessionId, options)

  const refresh = coalesce(async () => {
    try {
      ballot.value = await getBallot(toValue(sessionId), voter())
      ballotError.value = null
      // A token the server no longer knows (expired, or its database was reset): sign in again.
      if (pass.value && !ballot.value.signedIn) forget()
    } catch (error) {
      ballotError.value = isApiError(error) ? error.detail : String(error)
    }
  })

  // The open pitch moves with the host; the ballot follows it.
  watch(
    () => [toValue(sessionId), live.state.value?.audience?.votingSlotId ?? null, live.state.value?.phase],
    () => void refresh(),
    { immediate: true },
  )

  const open = computed(() => ballot.value?.open ?? null)
  const myVote = computed<MyVote | null>(() => {
    const slot = open.value
    return slot ? (ballot.value?.myVotes.find((v) => v.slotId === slot.slotId) ?? null) : null
  })

  function remember(next: AudiencePass): void {
    pass.value = next
    store(TOKEN_KEY, JSON.stringify(next))
    void refresh()
  }

  function forget(): void {
    pass.value = null
    store(TOKEN_KEY, null)
  }

  async function requestCode(email: string, locale: string): Promise<CodeSent> {
    return sendAudienceCode(email.trim(), locale)
  }

  async function verify(email: string, code: string): Promise<void> {
    remember(await verifyAudienceCode(email.trim(), code.trim()))
  }

  async function signInByTicket(code: string): Promise<void> {
    remember(await signInWithTicket(toValue(sessionId), code.trim()))
  }

  /** Casts the vote; on 409 (already voted, voting closed) the ballot is reloaded so the page shows why. */
  async function vote(slotId: number, value: number): Promise<MyVote> {
    try {
      const cast = await castVote(toValue(sessionId), voter(), slotId, value)
      const current = ballot.value
      if (current) ballot.value = { ...current, myVotes: [...current.myVotes, cast] }
      return cast
    } catch (error) {
      if (isApiError(error) && error.status === 401) forget()
      void refresh()
      throw error
    }
  }

  return {
    ...live,
    ballot,
    ballotError,
    signedIn: computed(() => pass.value !== null),
    open,
    myVote,
    refresh,
    requestCode,
    verify,
    signInByTicket,
    vote,
    signOut: forget,
  }
}
