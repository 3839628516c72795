import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createRouter, createMemoryHistory } from 'vue-router'
import { createAppI18n } from '@/i18n'
import EntryActionsPanel from './EntryActionsPanel.vue'

function mountPanel(props: Record<string, unknown>) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:p(.*)*', name: 'entry-detail', component: { template: '<div />' } }],
  })
  return mount(EntryActionsPanel, {
    props: { entryId: 5, isDraft: true, saving: false, submitting: false, ...props },
    global: { plugins: [ElementPlus, createAppI18n('en'), router] },
  })
}

describe('EntryActionsPanel', () => {
  it('says under the submit button why submitting is not possible yet, and the button names it', () => {
    const wrapper = mountPanel({ submitWhy: 'Submissions closed on 25 Jun 2030, 18:00.', submitDisabled: true })
    const submit = wrapper.findAll('button').find((b) => b.text() === 'Submit entry')!
    expect(submit.attributes('disabled')).toBeDefined()
    expect(wrapper.get(`#${submit.attributes('aria-describedby')}`).text()).toBe(
      'Submissions closed on 25 Jun 2030, 18:00.',
    )
    wrapper.unmount()
  })

  it('keeps submitting possible without a reason when the server would accept it', () => {
    const wrapper = mountPanel({})
    const submit = wrapper.findAll('button').find((b) => b.text() === 'Submit entry')!
    expect(submit.attributes('disabled')).toBeUndefined()
    expect(submit.attributes('aria-describedby')).toBeUndefined()
    wrapper.unmount()
  })
})
