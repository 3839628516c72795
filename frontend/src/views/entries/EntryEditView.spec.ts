import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import EntryEditView from './EntryEditView.vue'
import type { EntryView } from '@/api/entries'
import type { ProgramView } from '@/api/programs'
import { mountView } from '@/test/mountView'
import { alertTexts, fieldErrorText, getAllByRole, getByLabelText, jsonResponse, type } from '@/test/dom'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }

const future = new Date(Date.now() + 3 * 86_400_000).toISOString()
const past = new Date(Date.now() - 86_400_000).toISOString()

const PROGRAM: ProgramView = {
  id: 1,
  kind: 'AWARD',
  title: 'Startup Cup',
  slug: 'startup-cup',
  description: '',
  timeZone: 'Asia/Shanghai',
  submissionOpensAt: past,
  submissionClosesAt: future,
  submissionState: 'OPEN',
  status: 'PUBLISHED',
  publishedAt: past,
  categories: [{ id: 3, name: 'Clean energy', i18n: { name: { 'zh-CN': 'Clean energy', en: 'Clean energy' } } }],
  formFields: [
    {
      id: 1,
      key: 'pitch',
      label: 'One-line pitch',
      type: 'TEXT',
      required: true,
      options: [],
      maxLength: 140,
      helpText: null,
      identifying: false,
      optionLabels: [],
      i18n: {
        label: { 'zh-CN': 'One-line pitch', en: 'One-line pitch' },
        helpText: { 'zh-CN': '', en: '' },
        options: { 'zh-CN': [], en: [] },
      },
    },
    {
      id: 2,
      key: 'deck',
      label: 'Pitch deck',
      type: 'FILE',
      required: true,
      options: [],
      maxLength: null,
      helpText: null,
      identifying: false,
      optionLabels: [],
      i18n: {
        label: { 'zh-CN': 'Pitch deck', en: 'Pitch deck' },
        helpText: { 'zh-CN': '', en: '' },
        options: { 'zh-CN': [], en: [] },
      },
    },
  ],
  prizeTiers: [],
  canEdit: false,
  logoUrl: null,
  i18n: { title: { 'zh-CN': 'Startup Cup', en: 'Startup Cup' }, description: { 'zh-CN': '', en: '' } },
}

const ENTRY: EntryView = {
  id: 5,
  programId: 1,
  programTitle: 'Startup Cup',
  programSlug: 'startup-cup',
  categoryId: null,
  title: 'Solar tiles',
  summary: '',
  organization: null,
  team: [{ name: 'Ann', email: null, role: null }],
  answers: {},
  status: 'DRAFT',
  currentRoundId: null,
  eligibilityReason: null,
  createdAt: past,
  updatedAt: past,
  submittedAt: null,
  submissionClosesAt: future,
  editable: true,
  applicant: { id: 9, displayName: 'Ann', email: 'ann@example.org' },
  attachments: [],
  timeline: [{ at: past, type: 'CREATED', note: null }],
}

function signInAsApplicant(): void {
  localStorage.setItem(
    'laurel.auth',
    JSON.stringify({
      accessToken: 'acc',
      refreshToken: 'ref',
      roles: ['APPLICANT'],
      user: {
        id: 9,
        email: 'ann@example.org',
        displayName: 'Ann',
        organization: null,
        locale: 'en',
        roles: ['APPLICANT'],
        createdAt: past,
      },
    }),
  )
}

describe('EntryEditView', () => {
  let fetchMock: ReturnType<typeof vi.fn>
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    localStorage.clear()
    signInAsApplicant()
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows every gap the server reports under its own field after Submit', async () => {
    const sent: { url: string; method: string; body: unknown }[] = []
    fetchMock.mockImplementation(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET'
      sent.push({ url, method, body: init.body ? JSON.parse(String(init.body)) : undefined })
      if (url === '/api/entries/5' && method === 'GET') return jsonResponse(200, ENTRY)
      if (url === '/api/programs/1') return jsonResponse(200, PROGRAM)
      if (url === '/api/entries/5' && method === 'PUT') return jsonResponse(200, ENTRY)
      if (url === '/api/entries/5/submit') {
        return jsonResponse(400, {
          type: 'https://laurel.dev/problems/validation',
          title: 'Invalid request',
          status: 400,
          detail: '5 fields need attention',
          errors: [
            { field: 'categoryId', message: 'choose a category' },
            { field: 'summary', message: 'is required' },
            { field: 'answers.pitch', message: 'is required' },
            { field: 'answers.deck', message: 'needs an attached file' },
            { field: 'team[0].email', message: 'must be a well-formed email address' },
          ],
        })
      }
      return jsonResponse(404, { status: 404, title: 'Not found' })
    })

    const mounted = await mountView(EntryEditView, '/my/entries/5/edit')
    wrapper = mounted.wrapper
    const root = mounted.root
    await vi.waitFor(() => expect(getByLabelText(root, 'Entry title').value).toBe('Solar tiles'), WAIT)
    await flushPromises()
    await type(getByLabelText(root, 'Email'), 'not-an-email')

    const submit = getAllByRole(root, 'button').find((b) => b.textContent?.trim() === 'Submit entry')!
    submit.click()
    // Confirm in the message box.
    await vi.waitFor(() => {
      const confirm = [...document.querySelectorAll<HTMLButtonElement>('.el-message-box button')].find(
        (b) => b.textContent?.trim() === 'Submit entry',
      )
      expect(confirm).toBeTruthy()
      confirm!.click()
    }, WAIT)

    await vi.waitFor(() => expect(fieldErrorText(root, 'Summary')).toContain('is required'), WAIT)
    expect(fieldErrorText(root, 'Category')).toContain('choose a category')
    expect(fieldErrorText(root, 'One-line pitch')).toContain('is required')
    expect(fieldErrorText(root, 'Email')).toContain('must be a well-formed email address')
    expect(fieldErrorText(root, 'Entry title')).toBe('')
    const deck = root.querySelector('[data-field-key="deck"]') as HTMLElement
    expect(deck.querySelector('[role="alert"]')?.textContent).toContain('needs an attached file')
    expect(alertTexts(root).join(' ')).toContain('Please complete the highlighted fields.')

    // The draft was saved first (with the team member's email), then submitted.
    const put = sent.find((r) => r.method === 'PUT')
    expect(put?.body).toMatchObject({ title: 'Solar tiles', team: [{ name: 'Ann', email: 'not-an-email' }] })
    expect(sent.some((r) => r.url === '/api/entries/5/submit')).toBe(true)
  })

  it('shows a closed entry read-only', async () => {
    fetchMock.mockImplementation(async (url: string) => {
      if (url === '/api/entries/5') return jsonResponse(200, { ...ENTRY, status: 'WITHDRAWN', editable: false })
      if (url === '/api/programs/1') return jsonResponse(200, PROGRAM)
      return jsonResponse(404, { status: 404 })
    })
    const mounted = await mountView(EntryEditView, '/my/entries/5/edit')
    wrapper = mounted.wrapper
    await vi.waitFor(() => expect(mounted.root.textContent).toContain('This entry can no longer be edited.'), WAIT)
    expect(mounted.root.querySelectorAll('input').length).toBe(0)
    expect(getAllByRole(mounted.root, 'button').some((b) => b.textContent?.includes('Submit entry'))).toBe(false)
  })
})
