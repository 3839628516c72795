import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import JudgeProfileView from './JudgeProfileView.vue'
import type { JudgeProfile } from '@/api/expertise'
import { mountView } from '@/test/mountView'
import { getAllByRole, getByLabelText, jsonResponse, type } from '@/test/dom'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }
const past = new Date(Date.now() - 86_400_000).toISOString()

const summary = (id: number, title: string) => ({
  id,
  kind: 'AWARD',
  title,
  slug: `p${id}`,
  timeZone: 'Asia/Shanghai',
  submissionOpensAt: past,
  submissionClosesAt: past,
  submissionState: 'CLOSED',
  status: 'PUBLISHED',
  publishedAt: past,
  categories: [],
  canEdit: false,
  i18n: { title: { 'zh-CN': title, en: title } },
})

const TOPICS: Record<number, { id: number; name: string }[]> = {
  1: [
    { id: 10, name: 'Energy' },
    { id: 11, name: 'Health' },
  ],
  2: [],
}

const PROFILE: JudgeProfile = {
  expertise: 'Power electronics',
  topics: [
    { id: 10, name: 'Energy' },
    { id: 99, name: 'Archived topic' },
  ],
  updatedAt: past,
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('JudgeProfileView', () => {
  let wrapper: VueWrapper | undefined
  let sent: { url: string; method: string; body: unknown }[]

  beforeEach(() => {
    localStorage.clear()
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
    sent = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        const method = init.method ?? 'GET'
        const body = init.body ? JSON.parse(String(init.body)) : undefined
        sent.push({ url, method, body })
        if (url === '/api/judging/profile' && method === 'GET') return jsonResponse(200, PROFILE)
        if (url === '/api/judging/profile' && method === 'PUT') {
          const all = [...TOPICS[1]!, { id: 99, name: 'Archived topic' }]
          return jsonResponse(200, {
            expertise: body.expertise,
            topics: all.filter((topic) => body.topicIds.includes(topic.id)),
            updatedAt: new Date().toISOString(),
          })
        }
        if (url === '/api/programs') {
          const items = [summary(1, 'Startup Cup'), summary(2, 'Design Award')]
          return jsonResponse(200, { items, total: items.length })
        }
        const topics = /^\/api\/programs\/(\d+)\/topics$/.exec(url)
        if (topics) {
          const items = TOPICS[Number(topics[1])] ?? []
          return jsonResponse(200, { items, total: items.length })
        }
        return jsonResponse(404, { status: 404 })
      }),
    )
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  const checkbox = (root: Element, name: string) => {
    const found = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')).find(
      (input) => text(input.closest('label')) === name,
    )
    if (!found) throw new Error(`No checkbox named ${name}`)
    return found
  }

  it('groups the programs’ topics by program, keeps chosen topics no program lists, and saves both parts', async () => {
    const mounted = await mountView(JudgeProfileView, '/judging/profile')
    wrapper = mounted.wrapper
    const root = mounted.root as HTMLElement
    await vi.waitFor(() => expect(root.querySelectorAll('fieldset').length).toBe(2), WAIT)
    await flushPromises()

    // Programs without topics are left out; a chosen topic of none of them has its own group.
    expect(Array.from(root.querySelectorAll('legend')).map(text)).toEqual(['Startup Cup', 'Other topics you chose'])
    expect(getByLabelText(root, 'What you know').value).toBe('Power electronics')
    expect(checkbox(root, 'Energy').checked).toBe(true)
    expect(checkbox(root, 'Health').checked).toBe(false)
    expect(checkbox(root, 'Archived topic').checked).toBe(true)

    await type(getByLabelText(root, 'What you know') as HTMLInputElement, '电池化学 and grid storage')
    checkbox(root, 'Health').click()
    await flushPromises()
    expect(root.textContent).toContain('3 topics chosen (up to 30).')

    getAllByRole(root, 'button')
      .find((b) => text(b) === 'Save my expertise')!
      .click()
    await vi.waitFor(() => expect(sent.some((r) => r.method === 'PUT')).toBe(true), WAIT)
    const put = sent.find((r) => r.method === 'PUT')!
    const body = put.body as { expertise: string; topicIds: number[] }
    expect(put.url).toBe('/api/judging/profile')
    expect(body.expertise).toBe('电池化学 and grid storage')
    expect([...body.topicIds].sort((a, b) => a - b)).toEqual([10, 11, 99])
    await vi.waitFor(() => expect(root.textContent).toContain('Your expertise is saved.'), WAIT)
  })
})
