import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { reactive } from 'vue'
import RoundEditorRanking from './RoundEditorRanking.vue'
import { mountComponent } from '@/test/mountComponent'
import { emptyRoundForm, type RoundForm } from '@/utils/roundForm'

/** Mounting Element Plus on a cold, busy machine can take a while. */
const WAIT = { timeout: 5000 }

describe('RoundEditorRanking', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(errors: Record<string, string> = {}) {
    const state = reactive({ form: emptyRoundForm() as RoundForm })
    const cleared: string[] = []
    const mounted = mountComponent(
      RoundEditorRanking,
      {
        get form() {
          return state.form
        },
        'onUpdate:form': (value: RoundForm) => {
          state.form = value
        },
        errorAt: (path: string) => errors[path] ?? '',
        frozen: false,
        onClearError: (path: string) => cleared.push(path),
      },
      { inForm: true },
    )
    wrapper = mounted.wrapper
    await flushPromises()
    return { ...mounted, state, cleared }
  }

  it(
    'asks how many totals to drop only for the trimmed mean, and clears the method’s error on a choice',
    async () => {
      const { root, state, cleared } = await render()
      expect(root.querySelector('#round-trim')).toBeNull()

      const trimmed = [...root.querySelectorAll<HTMLElement>('.round-editor-view__method')].find((el) =>
        el.textContent?.includes('Trimmed mean'),
      )!
      trimmed.querySelector<HTMLInputElement>('input')!.click()
      await flushPromises()

      expect(state.form.aggregation).toBe('TRIMMED_MEAN')
      expect(cleared).toContain('aggregation')
      expect(root.querySelector('#round-trim')).not.toBeNull()
    },
    WAIT.timeout,
  )
})
