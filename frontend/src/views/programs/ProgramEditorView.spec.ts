import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import ProgramEditorView from './ProgramEditorView.vue'
import type { ProgramView } from '@/api/programs'
import { mountView } from '@/test/mountView'
import { getAllByRole, getByLabelText, getByRole, jsonResponse, type } from '@/test/dom'
import { DEFAULT_TEAM, NO_BRAND } from '@/test/fixtures/brand'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }
const past = new Date(Date.now() - 86_400_000).toISOString()
const future = new Date(Date.now() + 30 * 86_400_000).toISOString()
const both = (zh: string, en: string) => ({ 'zh-CN': zh, en })

const PROGRAM: ProgramView = {
  id: 5,
  kind: 'AWARD',
  title: 'Frontier Award',
  slug: 'frontier-award',
  description: 'About',
  timeZone: 'Asia/Shanghai',
  submissionOpensAt: past,
  submissionClosesAt: future,
  submissionState: 'OPEN',
  status: 'DRAFT',
  publishedAt: null,
  categories: [{ id: 3, name: 'Basic research', i18n: { name: both('基础研究', 'Basic research') } }],
  formFields: [],
  prizeTiers: [{ id: 9, name: 'Gold', rank: 1, count: 1, categoryId: null, i18n: { name: both('金奖', 'Gold') } }],
  canEdit: true,
  logoUrl: null,
  brand: NO_BRAND,
  team: DEFAULT_TEAM,
  event: null,
  i18n: { title: both('前沿奖', 'Frontier Award'), description: both('', 'About') },
}

describe('ProgramEditorView', () => {
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
    fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET'
      const body = init.body ? JSON.parse(String(init.body)) : undefined
      sent.push({ url, method, body })
      if (url === '/api/programs/5' && method === 'GET') return jsonResponse(200, PROGRAM)
      if (url === '/api/programs/5' && method === 'PUT') {
        return jsonResponse(200, { ...PROGRAM, i18n: { ...PROGRAM.i18n, title: body.title } })
      }
      return jsonResponse(404, { status: 404 })
    })
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('edits the title, categories and prize tiers in both languages and sends both', async () => {
    const mounted = await mountView(ProgramEditorView, '/organize/programs/5/edit')
    wrapper = mounted.wrapper
    const root = mounted.root
    await vi.waitFor(() => expect(getAllByRole(root, 'group').length).toBeGreaterThan(3), WAIT)
    await flushPromises()

    const title = getByRole(root, 'group', 'Title')
    expect(getByLabelText(title, '中文').value).toBe('前沿奖')
    expect(getByLabelText(title, 'English').value).toBe('Frontier Award')
    expect(getByLabelText(getByRole(root, 'group', 'Category 1'), '中文').value).toBe('基础研究')
    expect(getByLabelText(getByRole(root, 'group', 'Prize name'), '中文').value).toBe('金奖')

    await type(getByLabelText(title, 'English'), 'Frontier Innovation Award')
    expect(getByLabelText(root, 'People per team (owner included)').value).toBe('20')
    getByRole(root, 'switch').click()
    await flushPromises()
    getAllByRole(root, 'button')
      .find((b) => b.textContent?.trim() === 'Save')!
      .click()
    await vi.waitFor(() => expect(sent.some((r) => r.method === 'PUT')).toBe(true), WAIT)
    const put = sent.find((r) => r.method === 'PUT')
    expect(put?.body).toMatchObject({
      title: both('前沿奖', 'Frontier Innovation Award'),
      description: both('', 'About'),
      categories: [{ id: 3, name: both('基础研究', 'Basic research') }],
      prizeTiers: [{ id: 9, name: both('金奖', 'Gold') }],
      team: { maxSize: 20, exclusive: true },
    })
  })
})
