import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import ScorecardView from './ScorecardView.vue'
import type { JudgeEntry, QueueItem } from '@/api/judging'
import { mountView } from '@/test/mountView'
import { alertTexts, fieldErrorText, getAllByRole, getByLabelText, jsonResponse, type } from '@/test/dom'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }
const past = new Date(Date.now() - 86_400_000).toISOString()

const ENTRY: JudgeEntry = {
  round: {
    id: 4,
    programId: 1,
    name: 'Online preliminary',
    position: 1,
    mode: 'ONLINE',
    aggregation: 'MEAN',
    trimCount: 1,
    blind: true,
    judgesPerEntry: 2,
    advanceCount: 1,
    disputeThreshold: null,
    scoringClosesAt: null,
    status: 'OPEN',
    criteria: [
      {
        id: 1,
        name: 'Innovation',
        description: 'How new is it?',
        weight: 2,
        weightPercent: 66.7,
        min: 0,
        max: 10,
        step: 1,
        tieBreakOrder: 1,
      },
      {
        id: 2,
        name: 'Feasibility',
        description: null,
        weight: 1,
        weightPercent: 33.3,
        min: 0,
        max: 10,
        step: 1,
        tieBreakOrder: null,
      },
    ],
    createdAt: past,
    updatedAt: past,
    i18n: { name: { 'zh-CN': 'Online preliminary', en: 'Online preliminary' } },
  },
  entry: {
    id: 10,
    programId: 1,
    title: 'Solar windows',
    categoryId: 3,
    categoryName: 'Company group',
    summary: 'Transparent solar glass for office towers.',
    organization: null,
    team: null,
    answers: [{ key: 'stage', label: 'Funding stage', value: 'Seed' }],
    attachments: [],
    blind: true,
  },
  scorecard: null,
  canScore: true,
}

const QUEUE: QueueItem[] = [10, 11, 12].map((entryId) => ({
  roundId: 4,
  roundName: 'Online preliminary',
  roundStatus: 'OPEN',
  programId: 1,
  programTitle: 'Startup Cup',
  entryId,
  entryTitle: `Entry ${entryId}`,
  scorecardStatus: 'NOT_STARTED',
  scoringClosesAt: null,
  canScore: true,
}))

function signInAsJudge(): void {
  localStorage.setItem(
    'laurel.auth',
    JSON.stringify({
      accessToken: 'acc',
      refreshToken: 'ref',
      roles: ['JUDGE'],
      user: {
        id: 3,
        email: 'jia@example.org',
        displayName: 'Jia',
        organization: null,
        locale: 'en',
        roles: ['JUDGE'],
        createdAt: past,
      },
    }),
  )
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('ScorecardView', () => {
  let fetchMock: ReturnType<typeof vi.fn>
  let wrapper: VueWrapper | undefined
  let sent: { url: string; method: string; body: unknown }[]

  beforeEach(() => {
    localStorage.clear()
    signInAsJudge()
    sent = []
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  function serve(put: () => Response): void {
    fetchMock.mockImplementation(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET'
      sent.push({ url, method, body: init.body ? JSON.parse(String(init.body)) : undefined })
      if (url === '/api/rounds/4/entries/10' && method === 'GET') return jsonResponse(200, ENTRY)
      if (url === '/api/judging/queue') return jsonResponse(200, { items: QUEUE, total: QUEUE.length })
      if (url === '/api/rounds/4/entries/10/scorecard' && method === 'PUT') return put()
      return jsonResponse(404, { status: 404, title: 'Not found' })
    })
  }

  async function open() {
    const mounted = await mountView(ScorecardView, '/judging/rounds/4/entries/10')
    wrapper = mounted.wrapper
    await vi.waitFor(() => expect(getByLabelText(mounted.root, 'Innovation')).toBeTruthy(), WAIT)
    await flushPromises()
    return mounted
  }

  const liveTotal = (root: ParentNode) => text(root.querySelector('[data-testid="live-total"]'))
  const button = (root: ParentNode, name: string) => getAllByRole(root, 'button').find((b) => text(b) === name)!

  it('shows the entry without identity in a blind round, and the weighted total live', async () => {
    serve(() => jsonResponse(500, { status: 500 }))
    const { root } = await open()
    expect(text(root.querySelector('h1'))).toBe('Solar windows')
    expect(root.textContent).toContain('Blind review')
    expect(root.textContent).toContain('Funding stage')
    expect(root.textContent).not.toContain('Organization')
    expect(root.textContent).toContain('Entry 1 of 3')
    expect(liveTotal(root)).toBe('0.00')

    await type(getByLabelText(root, 'Innovation'), '8')
    expect(liveTotal(root)).toBe('53.33')
    await type(getByLabelText(root, 'Feasibility'), '6')
    // 100 × (2·8 + 1·6) / (2·10 + 1·10)
    await vi.waitFor(() => expect(liveTotal(root)).toBe('73.33'), WAIT)
    expect(root.textContent).toContain('2 of 2 criteria scored')
  })

  it('shows a server error under the criterion it names', async () => {
    serve(() =>
      jsonResponse(400, {
        type: 'https://laurel.dev/problems/validation',
        title: 'Invalid request',
        status: 400,
        detail: 'Feasibility must be between 0 and 10 in steps of 1',
        errors: [{ field: 'scores.2', message: 'Feasibility must be between 0 and 10 in steps of 1' }],
      }),
    )
    const { root } = await open()
    await type(getByLabelText(root, 'Innovation'), '7')
    await type(getByLabelText(root, 'Feasibility'), '4')
    button(root, 'Save draft').click()

    await vi.waitFor(
      () => expect(fieldErrorText(root, 'Feasibility')).toContain('Feasibility must be between 0 and 10 in steps of 1'),
      WAIT,
    )
    expect(fieldErrorText(root, 'Innovation')).toBe('')
    expect(alertTexts(root).join(' ')).toContain('Please check the highlighted scores.')
    const put = sent.find((r) => r.method === 'PUT')
    expect(put?.body).toEqual({ scores: { '1': 7, '2': 4 }, submit: false })

    // Changing the score clears its message.
    await type(getByLabelText(root, 'Feasibility'), '5')
    expect(fieldErrorText(root, 'Feasibility')).toBe('')
  })

  it('shows a closed round as an alert and stops scoring', async () => {
    serve(() =>
      jsonResponse(409, {
        type: 'https://laurel.dev/problems/scoring-closed',
        title: 'Scoring closed',
        status: 409,
        detail: 'Round Online preliminary is CLOSED; scorecards can no longer change.',
      }),
    )
    const { root } = await open()
    await type(getByLabelText(root, 'Innovation'), '9')
    button(root, 'Save draft').click()

    await vi.waitFor(() => expect(alertTexts(root).join(' ')).toContain('Scoring is closed'), WAIT)
    expect(alertTexts(root).join(' ')).toContain('scorecards can no longer change')
    expect(getByLabelText(root, 'Innovation').disabled).toBe(true)
    expect(getByLabelText(root, 'Feasibility').disabled).toBe(true)
    expect(button(root, 'Save draft')).toBeUndefined()
    expect(button(root, 'Submit scores')).toBeUndefined()
  })

  it('counts down to the deadline and stops scoring when the server says it has passed', async () => {
    const closesAt = new Date(Date.now() + 3 * 3_600_000).toISOString()
    ENTRY.round.scoringClosesAt = closesAt
    try {
      serve(() =>
        jsonResponse(409, {
          type: 'https://laurel.dev/problems/scoring-deadline-passed',
          title: 'Scoring deadline passed',
          status: 409,
          detail: 'The scoring deadline of round Online preliminary passed; scorecards can no longer change.',
        }),
      )
      const { root } = await open()
      const timer = root.querySelector('[role="timer"]')
      expect(text(timer)).toMatch(/^Time left to score: 0[23]:\d\d:\d\d\.$/)

      await type(getByLabelText(root, 'Innovation'), '9')
      button(root, 'Save draft').click()
      await vi.waitFor(() => expect(alertTexts(root).join(' ')).toContain('Scoring is closed'), WAIT)
      expect(alertTexts(root).join(' ')).toContain('The scoring deadline of round Online preliminary passed')
      expect(getByLabelText(root, 'Innovation').disabled).toBe(true)
      expect(text(root.querySelector('[data-testid="judging-deadline"]'))).toContain('The deadline has passed')
    } finally {
      ENTRY.round.scoringClosesAt = null
    }
  })
})
