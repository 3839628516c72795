import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { ElMessageBox } from 'element-plus'
import AdminUserStatusControl from './AdminUserStatusControl.vue'
import * as identity from '@/api/identity'
import type { UserView } from '@/api/identity'
import { mountComponent } from '@/test/mountComponent'
import { getByRole } from '@/test/dom'

function user(active: boolean): UserView {
  return {
    id: 7,
    email: 'jia@example.org',
    displayName: 'Jia',
    organization: null,
    locale: 'en',
    language: 'en',
    roles: ['JUDGE'],
    active,
    createdAt: '2025-01-01T00:00:00Z',
  }
}

describe('AdminUserStatusControl', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    vi.restoreAllMocks()
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  function render(props: Record<string, unknown>, locale: 'en' | 'zh-CN' = 'en') {
    const updated = vi.fn()
    const mounted = mountComponent(AdminUserStatusControl, { ...props, onUpdated: updated }, { locale })
    wrapper = mounted.wrapper
    return { ...mounted, updated }
  }

  it('shows the status and deactivates after the admin confirms', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    const setStatus = vi.spyOn(identity, 'setUserStatus').mockResolvedValue(user(false))
    const { root, updated } = render({ user: user(true) })
    expect(root.textContent).toContain('Active')

    getByRole(root, 'button', 'Deactivate Jia').click()
    await flushPromises()

    expect(confirm).toHaveBeenCalledOnce()
    expect(String(confirm.mock.calls[0]![0])).toContain('Jia')
    expect(setStatus).toHaveBeenCalledWith(7, false)
    expect(updated).toHaveBeenCalledWith(user(false))
  })

  it('changes nothing when the admin cancels', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    const setStatus = vi.spyOn(identity, 'setUserStatus')
    const { root, updated } = render({ user: user(true) })

    getByRole(root, 'button', 'Deactivate Jia').click()
    await flushPromises()

    expect(setStatus).not.toHaveBeenCalled()
    expect(updated).not.toHaveBeenCalled()
  })

  it('offers reactivation for a deactivated account, in Chinese too', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    const setStatus = vi.spyOn(identity, 'setUserStatus').mockResolvedValue(user(true))
    const { root } = render({ user: user(false) }, 'zh-CN')
    expect(root.textContent).toContain('已停用')

    getByRole(root, 'button', '恢复 Jia').click()
    await flushPromises()

    expect(setStatus).toHaveBeenCalledWith(7, true)
  })

  it('does not offer admins to deactivate themselves', () => {
    const { root } = render({ user: user(true), isSelf: true })
    expect(root.textContent).toContain('Active')
    expect(() => getByRole(root, 'button', 'Deactivate Jia')).toThrow()
  })
})
