import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter, safeRedirect } from './index'
import { useAuthStore } from '@/stores/auth'
import type { UserView } from '@/api/identity'

// The guard is under test, not the pages: stand-ins keep navigation fast.
const { stub } = vi.hoisted(() => ({ stub: () => ({ default: { name: 'StubView', render: () => null } }) }))
vi.mock('@/views/home/HomeView.vue', stub)
vi.mock('@/views/auth/LoginView.vue', stub)
vi.mock('@/views/auth/RegisterView.vue', stub)
vi.mock('@/views/workspace/WorkspaceView.vue', stub)
vi.mock('@/views/notifications/NotificationsView.vue', stub)
vi.mock('@/views/admin/AdminUsersView.vue', stub)
vi.mock('@/views/errors/ForbiddenView.vue', stub)
vi.mock('@/views/errors/NotFoundView.vue', stub)
vi.mock('@/views/programs/ProgramListView.vue', stub)
vi.mock('@/views/programs/ProgramPublicView.vue', stub)
vi.mock('@/views/programs/ProgramEditorView.vue', stub)
vi.mock('@/views/entries/ProgramApplyView.vue', stub)
vi.mock('@/views/entries/MyEntriesView.vue', stub)
vi.mock('@/views/entries/EntryEditView.vue', stub)
vi.mock('@/views/entries/EntryDetailView.vue', stub)
vi.mock('@/views/entries/InvitationView.vue', stub)
vi.mock('@/views/organize/OrganizerHomeView.vue', stub)
vi.mock('@/views/screening/ScreeningView.vue', stub)
vi.mock('@/views/participation/ParticipationView.vue', stub)
vi.mock('@/views/rounds/RoundListView.vue', stub)
vi.mock('@/views/rounds/RoundEditorView.vue', stub)
vi.mock('@/views/rounds/RoundDashboardView.vue', stub)
vi.mock('@/views/judging/JudgeQueueView.vue', stub)
vi.mock('@/views/judging/ScorecardView.vue', stub)
vi.mock('@/views/judging/PairwiseWalkView.vue', stub)
vi.mock('@/views/judging/JudgeProfileView.vue', stub)
vi.mock('@/views/judging/JudgeBidsView.vue', stub)
vi.mock('@/views/live/LiveHostView.vue', stub)
vi.mock('@/views/live/LiveJudgeView.vue', stub)
vi.mock('@/views/live/LiveScreenView.vue', stub)

function signInAs(roles: UserView['roles']) {
  const auth = useAuthStore()
  auth.setTokens('a', 'r')
  auth.setUser({
    id: 1,
    email: 'ann@example.org',
    displayName: 'Ann',
    organization: null,
    locale: 'en',
    language: 'en',
    roles,
    active: true,
    createdAt: '2025-01-01T00:00:00Z',
  })
}

describe('role guard', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('sends signed-out people to the sign-in page with a redirect', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/admin/users?q=ann')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/admin/users?q=ann')
  })

  it('shows "Not allowed" to people without the role', async () => {
    signInAs(['JUDGE'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/admin/users')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('lets administrators in', async () => {
    signInAs(['ADMIN'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/admin/users')
    expect(router.currentRoute.value.name).toBe('admin-users')
  })

  it('lets anyone signed in into the workspace', async () => {
    signInAs(['APPLICANT'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/workspace')
    expect(router.currentRoute.value.name).toBe('workspace')
  })

  it('keeps public pages public and unknown paths on the not-found page', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('home')
    await router.push('/register')
    expect(router.currentRoute.value.name).toBe('register')
    await router.push('/no/such/page')
    expect(router.currentRoute.value.name).toBe('not-found')
  })
})

describe('program and entry routes', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('shows programs to everyone', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/programs')
    expect(router.currentRoute.value.name).toBe('programs')
    await router.push('/programs/startup-cup')
    expect(router.currentRoute.value.name).toBe('program')
    expect(router.currentRoute.value.params.slug).toBe('startup-cup')
  })

  it('asks signed-out people to sign in before applying, and returns them there', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/programs/startup-cup/apply')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/programs/startup-cup/apply')
  })

  it('keeps applicant pages for applicants and organizer pages for organizers', async () => {
    signInAs(['APPLICANT'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/my/entries')
    expect(router.currentRoute.value.name).toBe('my-entries')
    await router.push('/my/entries/12/edit')
    expect(router.currentRoute.value.name).toBe('entry-edit')
    await router.push('/my/entries/12')
    expect(router.currentRoute.value.name).toBe('entry-detail')
    await router.push('/organize')
    expect(router.currentRoute.value.name).toBe('forbidden')
    await router.push('/organize/programs/3/entries')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('lets organizers create, edit and screen programs', async () => {
    signInAs(['ORGANIZER'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/organize')
    expect(router.currentRoute.value.name).toBe('organize')
    await router.push('/organize/programs/new')
    expect(router.currentRoute.value.name).toBe('program-new')
    await router.push('/organize/programs/3/edit')
    expect(router.currentRoute.value.name).toBe('program-edit')
    await router.push('/organize/programs/3/entries')
    expect(router.currentRoute.value.name).toBe('program-screening')
    await router.push('/organize/programs/3/participation')
    expect(router.currentRoute.value.name).toBe('program-participation')
    await router.push('/my/entries')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })
})

describe('notification routes', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('shows the notifications page to anyone signed in, and asks others to sign in', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/notifications')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/notifications')
    signInAs(['JUDGE'])
    await router.push('/notifications')
    expect(router.currentRoute.value.name).toBe('notifications')
  })

  it('takes a results link (/entries/<id>) to the applicant’s entry page', async () => {
    signInAs(['APPLICANT'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/entries/12')
    expect(router.currentRoute.value.name).toBe('entry-detail')
    expect(router.currentRoute.value.fullPath).toBe('/my/entries/12')
  })
})

describe('judging routes', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('lets organizers manage rounds, and only organizers', async () => {
    signInAs(['ORGANIZER'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/organize/programs/3/rounds')
    expect(router.currentRoute.value.name).toBe('program-rounds')
    await router.push('/organize/rounds/new?program=3')
    expect(router.currentRoute.value.name).toBe('round-new')
    expect(router.currentRoute.value.query.program).toBe('3')
    await router.push('/organize/rounds/8/edit')
    expect(router.currentRoute.value.name).toBe('round-edit')
    await router.push('/organize/rounds/8')
    expect(router.currentRoute.value.name).toBe('round-dashboard')
    expect(router.currentRoute.value.meta.nav).toBe('organize')
    await router.push('/judging')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('gives judges their queue and scorecards, and keeps them out of round management', async () => {
    signInAs(['JUDGE'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/judging')
    expect(router.currentRoute.value.name).toBe('judging')
    await router.push('/judging/rounds/8/entries/21')
    expect(router.currentRoute.value.name).toBe('scorecard')
    expect(router.currentRoute.value.params).toEqual({ roundId: '8', entryId: '21' })
    expect(router.currentRoute.value.meta.nav).toBe('judging')
    await router.push('/judging/rounds/8/pairwise')
    expect(router.currentRoute.value.name).toBe('pairwise-walk')
    expect(router.currentRoute.value.params).toEqual({ roundId: '8' })
    expect(router.currentRoute.value.meta.nav).toBe('judging')
    await router.push('/organize/rounds/8')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('keeps the floor walk for judges', async () => {
    signInAs(['APPLICANT'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/judging/rounds/8/pairwise')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('gives judges their expertise and their bids, and nobody else', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/judging/profile')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/judging/profile')

    signInAs(['JUDGE'])
    await router.push('/judging/profile')
    expect(router.currentRoute.value.name).toBe('judging-profile')
    expect(router.currentRoute.value.meta.nav).toBe('judging')
    await router.push('/judging/rounds/8/bids')
    expect(router.currentRoute.value.name).toBe('judging-bids')
    expect(router.currentRoute.value.params).toEqual({ roundId: '8' })
    expect(router.currentRoute.value.meta.nav).toBe('judging')
  })

  it('keeps expertise and bidding pages from organizers and applicants', async () => {
    signInAs(['ORGANIZER', 'APPLICANT'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/judging/profile')
    expect(router.currentRoute.value.name).toBe('forbidden')
    await router.push('/judging/rounds/8/bids')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })
})

describe('safeRedirect', () => {
  it('accepts same-site paths only', () => {
    expect(safeRedirect('/workspace')).toBe('/workspace')
    expect(safeRedirect(['/admin/users'])).toBe('/admin/users')
    expect(safeRedirect('//evil.example')).toBeNull()
    expect(safeRedirect('/\\evil.example')).toBeNull()
    expect(safeRedirect('https://evil.example')).toBeNull()
    expect(safeRedirect(undefined)).toBeNull()
  })
})

describe('live roadshow routes', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('shows the big screen to anyone, without sign-in and without the app chrome', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/live/12/screen?lang=zh-CN')
    expect(router.currentRoute.value.name).toBe('live-screen')
    expect(router.currentRoute.value.meta.bare).toBe(true)
    expect(router.currentRoute.value.params.sessionId).toBe('12')
  })

  it('keeps the host console for organizers and the tablet for judges', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/live/12/host')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/live/12/host')

    signInAs(['JUDGE'])
    await router.push('/live/12/judge')
    expect(router.currentRoute.value.name).toBe('live-judge')
    await router.push('/live/12/host')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('lets organizers into the host console', async () => {
    signInAs(['ORGANIZER'])
    const router = createAppRouter(createMemoryHistory())
    await router.push('/live/12/host')
    expect(router.currentRoute.value.name).toBe('live-host')
    await router.push('/live/12/judge')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })
})
