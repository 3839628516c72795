import { afterEach, describe, expect, it } from 'vitest'
import { nextTick, reactive } from 'vue'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { ElDatePicker } from 'element-plus'
import RoundEditorBasics from './RoundEditorBasics.vue'
import { mountComponent } from '@/test/mountComponent'
import { getByLabelText } from '@/test/dom'
import { emptyRoundForm } from '@/utils/roundForm'

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('RoundEditorBasics', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(scoringClosesAt: string | null) {
    const form = reactive({ ...emptyRoundForm(), scoringClosesAt })
    const mounted = mountComponent(
      RoundEditorBasics,
      { form, errorAt: () => '', locked: false, frozen: false, timeZone: 'Asia/Shanghai' },
      { inForm: true },
    )
    wrapper = mounted.wrapper
    return { form, root: mounted.root }
  }

  it('shows the scoring deadline as a wall time in the program’s time zone, with the zone named', async () => {
    const { root } = render('2026-06-25T01:00:00Z')
    await flushPromises()
    expect(getByLabelText(root, 'Scoring deadline').value).toBe('2026-06-25 09:00')
    expect(text(root.querySelector('#round-deadline-zone'))).toBe('Time zone: Asia/Shanghai (UTC+8)')
  })

  it('turns a picked wall time into the instant the server stores, and clearing into no deadline', async () => {
    const { form } = render(null)
    const picker = wrapper!.findComponent(ElDatePicker)
    picker.vm.$emit('update:modelValue', '2026-07-01 18:00')
    await nextTick()
    expect(form.scoringClosesAt).toBe('2026-07-01T10:00:00.000Z')
    picker.vm.$emit('update:modelValue', null)
    await nextTick()
    expect(form.scoringClosesAt).toBeNull()
  })
})
