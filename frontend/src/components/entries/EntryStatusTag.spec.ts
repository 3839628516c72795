import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import EntryStatusTag from './EntryStatusTag.vue'
import { ENTRY_STATUSES, type EntryStatus } from '@/api/entries'
import { mountComponent } from '@/test/mountComponent'
import { ENTRY_STATUS_TAG } from '@/utils/entryStatus'

const EXPECTED: Record<EntryStatus, { type: string; en: string; zh: string; plain?: boolean }> = {
  DRAFT: { type: 'info', en: 'Draft', zh: '草稿' },
  SUBMITTED: { type: 'primary', en: 'Submitted', zh: '已提交' },
  ELIGIBLE: { type: 'success', en: 'Eligible', zh: '符合资格' },
  INELIGIBLE: { type: 'danger', en: 'Ineligible', zh: '不符合资格' },
  WITHDRAWN: { type: 'info', en: 'Withdrawn', zh: '已撤回', plain: true },
  AWARDED: { type: 'warning', en: 'Awarded', zh: '获奖' },
  NOT_AWARDED: { type: 'info', en: 'Not awarded', zh: '未获奖', plain: true },
}

describe('EntryStatusTag', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  it('has a colour for every status', () => {
    expect(Object.keys(ENTRY_STATUS_TAG).sort()).toEqual([...ENTRY_STATUSES].sort())
  })

  for (const status of ENTRY_STATUSES) {
    it(`shows ${status} with its colour and label in both languages`, () => {
      const expected = EXPECTED[status]
      for (const locale of ['en', 'zh-CN'] as const) {
        const mounted = mountComponent(EntryStatusTag, { status }, { locale })
        wrapper = mounted.wrapper
        const tag = mounted.wrapper.element as HTMLElement
        expect(tag.classList.contains('el-tag')).toBe(true)
        expect(tag.classList.contains(`el-tag--${expected.type}`), `${status} colour`).toBe(true)
        expect(tag.classList.contains('el-tag--plain')).toBe(!!expected.plain)
        expect(tag.textContent?.trim()).toBe(locale === 'en' ? expected.en : expected.zh)
        wrapper.unmount()
        wrapper = undefined
      }
    })
  }
})
