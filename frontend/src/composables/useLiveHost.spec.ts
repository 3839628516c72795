import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref, type ShallowRef } from 'vue'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { ElMessageBox } from 'element-plus'
import { ApiError } from '@/api/http'
import { control, type HostView, type LiveSlot, type LiveState } from '@/api/live'
import * as session from '@/composables/useLiveSession'
import { useLiveHost } from './useLiveHost'
import { mountComponent } from '@/test/mountComponent'

vi.mock('@/api/live', async (original) => ({
  ...(await original<typeof import('@/api/live')>()),
  control: vi.fn(),
  getHostView: vi.fn(),
}))
vi.mock('element-plus', async (original) => {
  const actual = await original<typeof import('element-plus')>()
  return { ...actual, ElMessage: vi.fn(), ElMessageBox: { confirm: vi.fn() } }
})
// The public state comes from a stand-in for the event stream.
vi.mock('@/composables/useLiveSession', async (original) => {
  const actual = await original<typeof import('@/composables/useLiveSession')>()
  const { ref, shallowRef } = await import('vue')
  const state = shallowRef<LiveState | null>(null)
  return {
    ...actual,
    fakeState: state,
    useLiveSession: () => ({
      state,
      connected: ref(true),
      remaining: ref(null),
      notFound: ref(false),
      apply: (next: LiveState) => {
        state.value = next
        return true
      },
    }),
  }
})

function slot(id: number, state: LiveSlot['state']): LiveSlot {
  return {
    id,
    entryId: 100 + id,
    title: `Team ${id}`,
    organization: null,
    order: id,
    plannedStart: null,
    pitchMinutes: 8,
    qaMinutes: 7,
    state,
    scoringClosed: false,
    acceptsScores: state === 'SCORING',
    removable: state === 'WAITING',
  }
}

function liveState(): LiveState {
  return {
    sessionId: 1,
    roundId: 2,
    roundName: 'Final',
    programTitle: 'Cup',
    programLogoUrl: null,
    programAccentColor: null,
    programAccentText: null,
    stage: null,
    status: 'RUNNING',
    paused: false,
    currentSlotId: 1,
    phase: 'SCORING',
    remainingSeconds: null,
    phaseEndsAt: null,
    serverTime: '2025-01-01T00:00:00Z',
    slots: [slot(1, 'SCORING'), slot(2, 'WAITING')],
    upNextSlotId: 2,
    reveal: null,
    leaderboard: [],
    leaderboardBeforeReveal: null,
    submittedCount: 4,
    expectedCount: 9,
    audience: null,
    lastEventId: 1,
  }
}

function hostView(extra: Partial<HostView> = {}): HostView {
  return {
    state: liveState(),
    judges: [],
    showJudgeNames: false,
    allowedActions: [],
    slotActions: [],
    nextStep: null,
    ...extra,
  }
}

describe('useLiveHost', () => {
  let wrapper: VueWrapper | undefined
  let host: ReturnType<typeof useLiveHost>

  beforeEach(() => {
    ;(session as unknown as { fakeState: ShallowRef<LiveState | null> }).fakeState.value = liveState()
    vi.mocked(control).mockReset()
    vi.mocked(ElMessageBox.confirm).mockReset()
    const Probe = defineComponent({
      setup() {
        host = useLiveHost(ref(1))
        return () => h('div')
      },
    })
    wrapper = mountComponent(Probe).wrapper
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
  })

  it('allows what the host view says, on the session and per slot', async () => {
    expect(host.allowed('REVEAL')).toBe(false) // nothing is allowed before the server has said so
    vi.mocked(control).mockResolvedValue(
      hostView({
        allowedActions: ['REVEAL', 'PAUSE'],
        slotActions: [{ slotId: 2, allowedActions: ['SKIP'] }],
        nextStep: 'REVEAL',
      }),
    )
    await host.act('CLOSE_SCORING')
    expect(host.allowed('REVEAL')).toBe(true)
    expect(host.allowed('NEXT')).toBe(false)
    expect(host.allowed('SKIP', slot(2, 'WAITING'))).toBe(true)
    expect(host.allowed('START_PITCH', slot(2, 'WAITING'))).toBe(false)
    expect(host.nextStep.value).toBe('REVEAL')
  })

  it('names a slot only when it is not the current one', async () => {
    vi.mocked(control).mockResolvedValue(hostView())
    await host.act('SKIP', slot(2, 'WAITING'))
    await host.act('CLOSE_SCORING', slot(1, 'SCORING'))
    expect(vi.mocked(control).mock.calls.map((c) => c[1])).toEqual([
      { action: 'SKIP', slotId: 2 },
      { action: 'CLOSE_SCORING', slotId: undefined },
    ])
  })

  it('asks before a partial reveal with the counts the problem carries, then confirms it', async () => {
    vi.mocked(control)
      .mockRejectedValueOnce(
        new ApiError({
          status: 409,
          type: 'https://laurel.dev/problems/reveal-incomplete',
          title: 'Not every judge has scored',
          detail: 'Wording that may change and is never parsed.',
          extensions: { submitted: 2, expected: 5 },
        }),
      )
      .mockResolvedValueOnce(hostView())
    vi.mocked(ElMessageBox.confirm).mockResolvedValue('confirm' as never)
    await host.act('REVEAL')
    await flushPromises()
    const [text, title] = vi.mocked(ElMessageBox.confirm).mock.calls[0]!
    expect(title).toBe('Reveal with 2 of 5?')
    expect(text).toContain('Only 2 of 5 judges have submitted')
    expect(vi.mocked(control).mock.calls[1]![1]).toEqual({ action: 'REVEAL', slotId: undefined, confirmPartial: true })
  })

  it('sends nothing more when the host cancels the partial reveal', async () => {
    vi.mocked(control).mockRejectedValueOnce(
      new ApiError({
        status: 409,
        type: 'https://laurel.dev/problems/reveal-incomplete',
        extensions: { submitted: 1, expected: 3 },
      }),
    )
    vi.mocked(ElMessageBox.confirm).mockRejectedValue('cancel')
    await host.act('REVEAL')
    await flushPromises()
    expect(vi.mocked(ElMessageBox.confirm).mock.calls[0]![1]).toBe('Reveal with 1 of 3?')
    expect(control).toHaveBeenCalledTimes(1)
  })
})
