import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import JudgeOwnCalibration from './JudgeOwnCalibration.vue'
import { mountComponent } from '@/test/mountComponent'
import { jsonResponse } from '@/test/dom'

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('JudgeOwnCalibration', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('asks the server for the judge’s own figures only when asked, and shows them as computed', async () => {
    const fetch = vi.fn(async () =>
      jsonResponse(200, {
        roundId: 4,
        roundName: 'Final',
        scored: true,
        count: 2,
        mean: 65,
        stdDev: 5,
        shared: 2,
        leniency: -18.75,
        agreement: null,
        outlier: true,
      }),
    )
    setActivePinia(createPinia())
    vi.stubGlobal('fetch', fetch)
    const mounted = mountComponent(JudgeOwnCalibration, { roundId: 4 })
    wrapper = mounted.wrapper
    expect(fetch).not.toHaveBeenCalled()
    ;(mounted.root.querySelector('button') as HTMLButtonElement).click()
    await flushPromises()
    await vi.waitFor(() => expect(mounted.root.querySelector('[data-testid="own-calibration"]')).not.toBeNull())
    expect(fetch).toHaveBeenCalledWith('/api/rounds/4/calibration/me', expect.anything())
    const panel = text(mounted.root.querySelector('[data-testid="own-calibration"]'))
    expect(panel).toContain('My mean65.00')
    expect(panel).toContain('Against the panel−18.75')
    expect(panel).toContain('Agreement—')
    expect(panel).toContain('You were 10 points or more from the panel')
  })
})
