import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { previewEligibilityMatching, setEligibilityMatching } from './screening'
import { useAuthStore } from '@/stores/auth'
import { jsonResponse } from '@/test/dom'

const REPORT = { matching: 2, selection: 'f'.repeat(32), changed: 2, unchanged: 0, refused: 0, items: [] }

describe('deciding everything a filter matches', () => {
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    useAuthStore().setTokens('token-1', 'refresh-1')
    fetchMock = vi.fn(async () => jsonResponse(200, REPORT))
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  const body = (call: number) => JSON.parse(String((fetchMock.mock.calls[call]![1] as RequestInit).body))

  it('previews without a confirmation, then repeats the preview’s count and fingerprint', async () => {
    const preview = await previewEligibilityMatching(7, { status: 'SUBMITTED', q: ' solar ' }, true)
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/programs/7/entries/eligibility/matching/preview')
    expect(body(0)).toEqual({ status: 'SUBMITTED', q: 'solar', eligible: true })

    await setEligibilityMatching(7, { status: 'SUBMITTED', q: ' solar ' }, false, preview, ' Out of scope ')
    expect(String(fetchMock.mock.calls[1]![0])).toBe('/api/programs/7/entries/eligibility/matching')
    expect(body(1)).toEqual({
      status: 'SUBMITTED',
      q: 'solar',
      eligible: false,
      reason: 'Out of scope',
      expectedCount: 2,
      expectedSelection: 'f'.repeat(32),
    })
  })
})
