import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import AuditRecordText from './AuditRecordText.vue'
import { createAppI18n } from '@/i18n'

describe('AuditRecordText', () => {
  it('shows a sentence and the changes, the raw JSON only after "Details"', async () => {
    const wrapper = mount(AuditRecordText, {
      props: {
        item: {
          action: 'SCORECARD_SUBMITTED',
          actorId: 2,
          actorName: 'Ann',
          entryId: 11,
          before: null,
          after: '{"7":6.0}',
        },
        names: { entries: { 11: 'Solar Kiln' }, criteria: { 7: 'Innovation' } },
      },
      global: { plugins: [ElementPlus, createAppI18n('en')] },
    })
    expect(wrapper.text()).toContain('Ann submitted scores for Solar Kiln.')
    expect(wrapper.text()).toContain('Innovation: 6')
    expect(wrapper.text()).not.toContain('{"7"')
    await wrapper.get('button').trigger('click')
    expect(wrapper.text()).toContain('{"7":6.0}')
  })
})
