import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import { useConflictText } from './useConflictText'

describe('useConflictText', () => {
  it('names where the conflict came from and why', () => {
    let text = ''
    const Probe = defineComponent({
      setup() {
        text = useConflictText()({ judgeId: 5, reason: 'Mentor', source: 'ORGANIZER' })
        return () => h('span')
      },
    })
    mount(Probe, { global: { plugins: [createAppI18n('en')] } }).unmount()
    expect(text).toBe('Conflict (recorded by an organizer): Mentor')
  })
})
