import { afterEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import RoundJudgeCalibration from './RoundJudgeCalibration.vue'
import type { JudgeDistribution } from '@/api/judging'
import { mountComponent } from '@/test/mountComponent'

function judge(judgeId: number, displayName: string, extra: Partial<JudgeDistribution>): JudgeDistribution {
  return {
    judgeId,
    displayName,
    count: 4,
    mean: 50,
    stdDev: 10,
    totals: [],
    shared: 4,
    leniency: null,
    agreement: null,
    outlier: false,
    ...extra,
  }
}

describe('RoundJudgeCalibration', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  it('shows each judge’s leniency and agreement as the server computed them, and flags only its outliers', async () => {
    const mounted = mountComponent(RoundJudgeCalibration, {
      judges: [
        judge(1, 'Harsh Han', { leniency: -15, agreement: 1, outlier: true }),
        judge(2, 'Fair Fang', { leniency: 1.75, agreement: 0.913, outlier: false }),
        judge(3, 'Solo Su', { shared: 0 }),
      ],
    })
    wrapper = mounted.wrapper
    const root = mounted.root
    const rows = () =>
      [...root.querySelectorAll('.el-table__body tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()),
      )
    await vi.waitFor(() => expect(rows()[2]?.[0]).toBe('Solo Su'))
    expect(rows()).toEqual([
      ['Harsh Han', '4', '50.00', '−15.00', '1.00', 'Look closer'],
      ['Fair Fang', '4', '50.00', '+1.75', '0.91', ''],
      ['Solo Su', '4', '50.00', '—', '—', ''],
    ])
  })
})
