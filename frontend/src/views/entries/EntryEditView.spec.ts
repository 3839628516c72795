import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import EntryEditView from './EntryEditView.vue'
import type { EntryView } from '@/api/entries'
import type { ProgramView } from '@/api/programs'
import { mountView } from '@/test/mountView'
import { alertTexts, fieldErrorText, getAllByRole, getByLabelText, jsonResponse, type } from '@/test/dom'
import { DEFAULT_TEAM, NO_BRAND } from '@/test/fixtures/brand'

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
  brand: NO_BRAND,
  team: DEFAULT_TEAM,
  event: null,
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
  allowedActions: ['EDIT', 'WITHDRAW'],
  unavailableActions: [
    {
      action: 'SUBMIT',
      reason: 'INCOMPLETE',
      detail: '4 fields need attention.',
      at: null,
      fields: [
        { field: 'categoryId', message: 'Choose a category.', code: 'required' },
        { field: 'summary', message: 'Enter a summary.', code: 'required' },
        { field: 'answers.pitch', message: 'Fill in “One-line pitch”.', code: 'required' },
        { field: 'answers.deck', message: 'Attach a file for “Pitch deck”.', code: 'file-required' },
      ],
    },
  ],
  applicant: { id: 9, displayName: 'Ann', email: 'ann@example.org' },
  myRole: 'OWNER',
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

  function serve(handlers: { put?: (body: unknown) => Response; entry?: EntryView } = {}) {
    const sent: { url: string; method: string; body: unknown }[] = []
    fetchMock.mockImplementation(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET'
      const body = init.body ? JSON.parse(String(init.body)) : undefined
      sent.push({ url, method, body })
      if (url === '/api/entries/5' && method === 'GET') return jsonResponse(200, handlers.entry ?? ENTRY)
      if (url === '/api/programs/1') return jsonResponse(200, PROGRAM)
      if (url === '/api/entries/5' && method === 'PUT')
        return handlers.put ? handlers.put(body) : jsonResponse(200, ENTRY)
      if (url === '/api/entries/5/submit') return jsonResponse(200, { ...ENTRY, status: 'SUBMITTED' })
      return jsonResponse(404, { status: 404, title: 'Not found' })
    })
    return sent
  }

  const submitButton = (root: ParentNode) =>
    getAllByRole(root, 'button').find((b) => b.textContent?.trim() === 'Submit entry')!

  it('says on the submit button what is still missing, and lists it on the form before any confirmation', async () => {
    const sent = serve()
    const mounted = await mountView(EntryEditView, '/my/entries/5/edit')
    wrapper = mounted.wrapper
    const root = mounted.root
    await vi.waitFor(() => expect(getByLabelText(root, 'Entry title').value).toBe('Solar tiles'), WAIT)
    await flushPromises()

    const submit = submitButton(root)
    const why = document.getElementById(submit.getAttribute('aria-describedby')!)
    expect(why?.textContent?.trim()).toBe(
      'Not ready to submit yet. Still missing: Category, Summary, One-line pitch, Pitch deck.',
    )

    submit.click()
    await vi.waitFor(() => expect(fieldErrorText(root, 'Summary')).toBe('Fill in “Summary”.'), WAIT)
    expect(document.querySelector('.el-message-box')).toBeNull()
    expect(fieldErrorText(root, 'Category')).toBe('Choose “Category”.')
    expect(fieldErrorText(root, 'One-line pitch')).toBe('Fill in “One-line pitch”.')
    const deck = root.querySelector('[data-field-key="deck"]') as HTMLElement
    expect(deck.querySelector('[role="alert"]')?.textContent).toContain('Attach a file for “Pitch deck”.')
    expect(alertTexts(root).join(' ')).toContain('Please complete the highlighted fields.')
    expect(alertTexts(root).join(' ')).toContain(
      'Still missing or invalid: Category, Summary, One-line pitch, Pitch deck.',
    )
    // Nothing was sent: the saved entry already said what is missing.
    expect(sent.filter((r) => r.method !== 'GET')).toEqual([])

    // The banner shrinks as fields are fixed.
    await type(getByLabelText(root, 'Summary'), 'Tiles that make power.')
    await vi.waitFor(() => expect(fieldErrorText(root, 'Summary')).toBe(''), WAIT)
    expect(alertTexts(root).join(' ')).toContain('Still missing or invalid: Category, One-line pitch, Pitch deck.')
  })

  it('takes the banner away once the offending fields change', async () => {
    serve({
      put: () =>
        jsonResponse(400, {
          type: 'https://laurel.dev/problems/validation',
          title: 'Invalid request',
          status: 400,
          detail: 'Enter a title.',
          errors: [{ field: 'title', message: 'Enter a title.', code: 'required' }],
        }),
    })
    const mounted = await mountView(EntryEditView, '/my/entries/5/edit')
    wrapper = mounted.wrapper
    const root = mounted.root
    await vi.waitFor(() => expect(getByLabelText(root, 'Entry title').value).toBe('Solar tiles'), WAIT)
    await flushPromises()
    await type(getByLabelText(root, 'Entry title'), '')
    getAllByRole(root, 'button')
      .find((b) => b.textContent?.trim() === 'Save draft')!
      .click()
    await vi.waitFor(() => expect(fieldErrorText(root, 'Entry title')).toBe('Fill in “Entry title”.'), WAIT)
    expect(alertTexts(root).join(' ')).toContain('Please complete the highlighted fields.')

    await type(getByLabelText(root, 'Entry title'), 'Solar roof tiles')
    await vi.waitFor(() => expect(alertTexts(root).join(' ')).not.toContain('highlighted fields'), WAIT)
    expect(fieldErrorText(root, 'Entry title')).toBe('')
  })

  it('asks for confirmation only when the server would accept the submission', async () => {
    const sent = serve({ entry: { ...ENTRY, allowedActions: ['EDIT', 'SUBMIT', 'WITHDRAW'], unavailableActions: [] } })
    const mounted = await mountView(EntryEditView, '/my/entries/5/edit')
    wrapper = mounted.wrapper
    const root = mounted.root
    await vi.waitFor(() => expect(getByLabelText(root, 'Entry title').value).toBe('Solar tiles'), WAIT)
    await flushPromises()
    expect(submitButton(root).getAttribute('aria-describedby')).toBeNull()
    submitButton(root).click()
    await vi.waitFor(() => {
      const confirm = [...document.querySelectorAll<HTMLButtonElement>('.el-message-box button')].find(
        (b) => b.textContent?.trim() === 'Submit entry',
      )
      expect(confirm).toBeTruthy()
      confirm!.click()
    }, WAIT)
    await vi.waitFor(() => expect(sent.some((r) => r.url === '/api/entries/5/submit')).toBe(true), WAIT)
  })

  it('turns submitting off outside the window and names the date, in Chinese too', async () => {
    const closedAt = '2030-06-25T10:00:00Z'
    serve({
      entry: {
        ...ENTRY,
        unavailableActions: [
          { action: 'SUBMIT', reason: 'WINDOW_NOT_OPEN', detail: 'Submissions open on …', at: closedAt, fields: [] },
        ],
      },
    })
    const mounted = await mountView(EntryEditView, '/my/entries/5/edit', 'zh-CN')
    wrapper = mounted.wrapper
    const root = mounted.root
    await vi.waitFor(() => expect(root.querySelector('input')).toBeTruthy(), WAIT)
    await flushPromises()
    const submit = getAllByRole(root, 'button').find((b) => b.textContent?.trim() === '提交申报')!
    expect((submit as HTMLButtonElement).disabled).toBe(true)
    const date = new Intl.DateTimeFormat('zh-CN', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(closedAt))
    expect(document.getElementById(submit.getAttribute('aria-describedby')!)?.textContent?.trim()).toBe(
      `提交将于 ${date} 开始。`,
    )
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
