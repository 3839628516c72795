import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import RoundEditorView from './RoundEditorView.vue'
import type { ProgramView } from '@/api/programs'
import type { RoundView } from '@/api/judging'
import { mountView } from '@/test/mountView'
import { alertTexts, fieldErrorText, getAllByRole, getByLabelText, getByRole, jsonResponse, type } from '@/test/dom'
import { DEFAULT_TEAM, NO_BRAND } from '@/test/fixtures/brand'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }
const past = new Date(Date.now() - 86_400_000).toISOString()

const PROGRAM: ProgramView = {
  id: 2,
  kind: 'COMPETITION',
  title: 'Startup Roadshow',
  slug: 'startup-roadshow',
  description: '',
  timeZone: 'UTC',
  submissionOpensAt: past,
  submissionClosesAt: past,
  submissionState: 'CLOSED',
  status: 'PUBLISHED',
  publishedAt: past,
  categories: [],
  formFields: [],
  prizeTiers: [],
  canEdit: true,
  logoUrl: null,
  brand: NO_BRAND,
  team: DEFAULT_TEAM,
  event: null,
  i18n: { title: { 'zh-CN': 'Startup Roadshow', en: 'Startup Roadshow' }, description: { 'zh-CN': '', en: '' } },
}

const OPEN_ROUND: RoundView = {
  id: 8,
  programId: 2,
  name: 'Preliminary',
  position: 1,
  mode: 'ONLINE',
  aggregation: 'MEAN',
  trimCount: 1,
  blind: false,
  judgesPerEntry: 3,
  advanceCount: 10,
  disputeThreshold: null,
  scoringClosesAt: null,
  status: 'OPEN',
  criteria: [
    {
      id: 31,
      name: 'Team',
      description: null,
      weight: 1,
      weightPercent: 100,
      min: 0,
      max: 10,
      step: 1,
      tieBreakOrder: null,
    },
  ],
  createdAt: past,
  updatedAt: past,
  i18n: { name: { 'zh-CN': 'Preliminary', en: 'Preliminary' } },
}

describe('RoundEditorView', () => {
  let fetchMock: ReturnType<typeof vi.fn>
  let wrapper: VueWrapper | undefined
  let sent: { url: string; method: string; body: unknown }[]

  beforeEach(() => {
    localStorage.clear()
    localStorage.setItem(
      'laurel.auth',
      JSON.stringify({
        accessToken: 'acc',
        refreshToken: 'ref',
        roles: ['ORGANIZER'],
        user: {
          id: 2,
          email: 'olga@example.org',
          displayName: 'Olga',
          organization: null,
          locale: 'en',
          roles: ['ORGANIZER'],
          createdAt: past,
        },
      }),
    )
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

  it('places "criteria[1].max" from the server at the second criterion’s maximum', async () => {
    fetchMock.mockImplementation(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET'
      sent.push({ url, method, body: init.body ? JSON.parse(String(init.body)) : undefined })
      if (url === '/api/programs/2') return jsonResponse(200, PROGRAM)
      if (url === '/api/programs/2/rounds' && method === 'POST') {
        return jsonResponse(400, {
          type: 'https://laurel.dev/problems/validation',
          title: 'Invalid request',
          status: 400,
          detail: 'criteria[1].max must be greater than min',
          errors: [{ field: 'criteria[1].max', message: 'must be greater than min' }],
        })
      }
      return jsonResponse(404, { status: 404 })
    })
    const mounted = await mountView(RoundEditorView, '/organize/rounds/new?program=2')
    wrapper = mounted.wrapper
    const root = mounted.root
    await vi.waitFor(() => expect(root.textContent).toContain('Startup Roadshow'), WAIT)
    await flushPromises()

    const name = getByRole(root, 'group', 'Round name')
    await type(getByLabelText(name, '中文'), '初赛')
    await type(getByLabelText(name, 'English'), 'Preliminary')
    await type(getByLabelText(getByRole(root, 'group', 'Criterion 1'), 'Name'), 'Innovation')
    getByRole(root, 'button', 'Add criterion').click()
    await flushPromises()
    const second = getByRole(root, 'group', 'Criterion 2')
    await type(getByLabelText(second, 'Name'), 'Feasibility')
    getAllByRole(root, 'button')
      .find((b) => b.textContent?.trim() === 'Create round')!
      .click()

    await vi.waitFor(
      () => expect(fieldErrorText(getByRole(root, 'group', 'Criterion 2'), 'Max')).toBe('must be greater than min'),
      WAIT,
    )
    expect(fieldErrorText(getByRole(root, 'group', 'Criterion 1'), 'Max')).toBe('')
    expect(alertTexts(root).join(' ')).toContain('Please correct the highlighted fields.')
    const post = sent.find((r) => r.method === 'POST')
    expect(post?.body).toMatchObject({
      name: { 'zh-CN': '初赛', en: 'Preliminary' },
      aggregation: 'MEAN',
      criteria: [
        { name: 'Innovation', weight: 1, min: 0, max: 10, step: 1 },
        { name: 'Feasibility', weight: 1, min: 0, max: 10, step: 1 },
      ],
    })
  })

  it('locks the rubric of an open round and explains why', async () => {
    fetchMock.mockImplementation(async (url: string) => {
      if (url === '/api/rounds/8') return jsonResponse(200, OPEN_ROUND)
      if (url === '/api/programs/2') return jsonResponse(200, PROGRAM)
      return jsonResponse(404, { status: 404 })
    })
    const mounted = await mountView(RoundEditorView, '/organize/rounds/8/edit')
    wrapper = mounted.wrapper
    const root = mounted.root
    await vi.waitFor(() => expect(alertTexts(root).join(' ')).toContain('The rubric is locked'), WAIT)
    await flushPromises()
    expect(getByLabelText(getByRole(root, 'group', 'Criterion 1'), 'Max').disabled).toBe(true)
    expect(getByLabelText(root, 'Judges per entry').disabled).toBe(true)
    // What may still change stays editable.
    const name = getByRole(root, 'group', 'Round name')
    expect(getByLabelText(name, 'English').value).toBe('Preliminary')
    expect(getByLabelText(name, 'English').disabled).toBe(false)
    expect(getByLabelText(root, 'Advance per category').disabled).toBe(false)
  })

  it('offers the pairwise mode without a rubric, judges per entry or method, and sends no criteria', async () => {
    fetchMock.mockImplementation(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET'
      const body = init.body ? JSON.parse(String(init.body)) : undefined
      sent.push({ url, method, body })
      if (url === '/api/programs/2') return jsonResponse(200, PROGRAM)
      if (url === '/api/programs/2/rounds' && method === 'POST') {
        return jsonResponse(201, { ...OPEN_ROUND, id: 9, status: 'DRAFT', mode: 'PAIRWISE', criteria: [] })
      }
      return jsonResponse(404, { status: 404 })
    })
    const mounted = await mountView(RoundEditorView, '/organize/rounds/new?program=2')
    wrapper = mounted.wrapper
    const root = mounted.root
    await vi.waitFor(() => expect(root.textContent).toContain('Startup Roadshow'), WAIT)
    await flushPromises()
    expect(getByRole(root, 'group', 'Criterion 1')).toBeTruthy()

    const name = getByRole(root, 'group', 'Round name')
    await type(getByLabelText(name, '中文'), '展区')
    await type(getByLabelText(name, 'English'), 'Expo')
    getByLabelText(root, 'Pairwise expo').click()
    await flushPromises()

    expect(root.textContent).toContain('says which of the last two was better')
    expect(() => getByRole(root, 'group', 'Criterion 1')).toThrow()
    expect(() => getByLabelText(root, 'Judges per entry')).toThrow()
    expect(root.textContent).not.toContain('Aggregation method')
    expect(getByLabelText(root, 'Advance per category')).toBeTruthy()

    getAllByRole(root, 'button')
      .find((b) => b.textContent?.trim() === 'Create round')!
      .click()
    await vi.waitFor(() => expect(sent.some((r) => r.method === 'POST')).toBe(true), WAIT)
    expect(sent.find((r) => r.method === 'POST')?.body).toMatchObject({ mode: 'PAIRWISE', criteria: [] })
  })
})
