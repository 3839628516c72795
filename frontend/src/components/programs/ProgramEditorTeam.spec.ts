import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { reactive } from 'vue'
import ProgramEditorTeam from './ProgramEditorTeam.vue'
import { mountComponent } from '@/test/mountComponent'
import { getByLabelText, getByRole, type } from '@/test/dom'
import { defaultTeam, type TeamForm } from '@/utils/programForm'

describe('ProgramEditorTeam', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(team: TeamForm, locale: 'en' | 'zh-CN' = 'en') {
    const state = reactive({ team, cleared: [] as string[] })
    const mounted = mountComponent(
      ProgramEditorTeam,
      {
        get modelValue() {
          return state.team
        },
        'onUpdate:modelValue': (next: TeamForm) => (state.team = next),
        errors: {},
        onClearError: (path: string) => state.cleared.push(path),
      },
      { inForm: true, locale },
    )
    wrapper = mounted.wrapper
    await flushPromises()
    return { root: mounted.root, state }
  }

  it('shows the rules it is given', async () => {
    const { root } = await render({ maxSize: 4, exclusive: true })

    expect(getByLabelText(root, 'People per team (owner included)').value).toBe('4')
    expect(getByRole(root, 'switch').getAttribute('aria-checked')).toBe('true')
    expect(root.textContent).toContain('One team per person')
  })

  it('edits the team size and the one-team rule', async () => {
    const { root, state } = await render(defaultTeam())

    const size = getByLabelText(root, 'People per team (owner included)')
    await type(size, '6')
    size.dispatchEvent(new Event('change'))
    await flushPromises()
    getByRole(root, 'switch').click()
    await flushPromises()

    expect(state.team).toEqual({ maxSize: 6, exclusive: true })
    expect(state.cleared).toEqual(expect.arrayContaining(['team.maxSize', 'team.exclusive']))
  })

  it('speaks Chinese', async () => {
    const { root } = await render(defaultTeam(), 'zh-CN')

    expect(root.textContent).toContain('每队人数（含负责人）')
    expect(root.textContent).toContain('每人只能参加一个团队')
  })
})
