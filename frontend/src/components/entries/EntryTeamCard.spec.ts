import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import { createAppI18n } from '@/i18n'
import EntryTeamCard from './EntryTeamCard.vue'
import type { TeamView } from '@/api/teams'

vi.mock('@/api/teams', () => ({
  getTeam: vi.fn(),
  inviteMember: vi.fn(),
  removeMember: vi.fn(),
  revokeInvitation: vi.fn(),
  transferOwnership: vi.fn(),
}))
const teams = await import('@/api/teams')

const future = new Date(Date.now() + 86_400_000).toISOString()

function team(role: 'OWNER' | 'MEMBER'): TeamView {
  return {
    entryId: 7,
    entryTitle: 'Solar',
    rules: { maxSize: 3, exclusive: true },
    owner: { userId: 1, displayName: 'Ann Owner', email: 'ann@example.org' },
    members: [{ userId: 2, displayName: 'Bo Member', email: 'bo@example.org', role: 'Developer', joinedAt: future }],
    invitations:
      role === 'OWNER' ? [{ id: 9, email: 'cy@example.org', role: null, createdAt: future, expiresAt: future }] : [],
    myRole: role,
    allowedActions: role === 'OWNER' ? ['MANAGE'] : ['LEAVE'],
  }
}

async function render(view: TeamView) {
  vi.mocked(teams.getTeam).mockResolvedValue(view)
  const pinia = createPinia()
  setActivePinia(pinia)
  const wrapper = mount(EntryTeamCard, {
    props: { entry: { id: 7, title: 'Solar' } },
    global: { plugins: [pinia, createAppI18n('en'), ElementPlus] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

afterEach(() => {
  vi.clearAllMocks()
  document.body.innerHTML = ''
})

describe('EntryTeamCard', () => {
  it('shows the owner everyone, the pending invitation, and that the team is full', async () => {
    const wrapper = await render(team('OWNER'))
    const text = wrapper.text()
    expect(text).toContain('Ann Owner')
    expect(text).toContain('Bo Member')
    expect(text).toContain('cy@example.org')
    expect(text).toContain('3 of 3 people')
    expect(text).toContain('one team per person')
    // Three people with the pending invitation: no room to invite another.
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.find('[aria-label="Hand the entry over to Bo Member"]').exists()).toBe(true)
    expect(text).not.toContain('Leave the team')
  })

  it('lets the owner invite while there is room, and shows the server’s word on the address', async () => {
    const view = { ...team('OWNER'), invitations: [] }
    const wrapper = await render(view)
    vi.mocked(teams.inviteMember).mockResolvedValue({
      ...view,
      invitations: [{ id: 10, email: 'dee@example.org', role: 'Design', createdAt: future, expiresAt: future }],
    })
    await wrapper.find('#team-invite-email').setValue('dee@example.org')
    await wrapper.find('#team-invite-role').setValue('Design')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(teams.inviteMember).toHaveBeenCalledWith(7, 'dee@example.org', 'Design')
    expect(wrapper.text()).toContain('dee@example.org')
  })

  it('gives a member the way out and no management', async () => {
    const wrapper = await render(team('MEMBER'))
    expect(wrapper.text()).toContain('Leave the team')
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.find('[aria-label="Remove Bo Member from the team"]').exists()).toBe(false)
  })
})
