import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type RouteLocationRaw,
  type RouteRecordRaw,
  type RouterHistory,
} from 'vue-router'
import { useAuthStore } from '@/stores/auth'

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('@/views/home/HomeView.vue'),
    meta: { public: true, titleKey: 'titles.home', nav: 'home' },
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/auth/LoginView.vue'),
    meta: { public: true, titleKey: 'titles.login' },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('@/views/auth/RegisterView.vue'),
    meta: { public: true, titleKey: 'titles.register' },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('@/views/auth/ForgotPasswordView.vue'),
    meta: { public: true, titleKey: 'titles.forgotPassword' },
  },
  {
    // Password-reset and judge-invitation links open here (the server builds that path).
    path: '/reset-password',
    name: 'reset-password',
    component: () => import('@/views/auth/ResetPasswordView.vue'),
    meta: { public: true, titleKey: 'titles.resetPassword' },
  },
  {
    // An emailed team invitation: any signed-in person (the invitee may not be an applicant yet).
    path: '/invitations/:token',
    name: 'invitation',
    component: () => import('@/views/entries/InvitationView.vue'),
    meta: { roles: [], titleKey: 'titles.invitation' },
  },
  {
    path: '/account',
    name: 'account',
    component: () => import('@/views/account/AccountView.vue'),
    // Any signed-in person.
    meta: { roles: [], titleKey: 'titles.account' },
  },
  {
    path: '/workspace',
    name: 'workspace',
    component: () => import('@/views/workspace/WorkspaceView.vue'),
    // Any signed-in person.
    meta: { roles: [], titleKey: 'titles.workspace', nav: 'workspace' },
  },
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('@/views/notifications/NotificationsView.vue'),
    // Any signed-in person.
    meta: { roles: [], titleKey: 'notifications.title' },
  },
  {
    path: '/programs',
    name: 'programs',
    component: () => import('@/views/programs/ProgramListView.vue'),
    meta: { public: true, titleKey: 'titles.programs', nav: 'programs' },
  },
  {
    path: '/programs/:slug',
    name: 'program',
    component: () => import('@/views/programs/ProgramPublicView.vue'),
    meta: { public: true, titleKey: 'titles.program', nav: 'programs' },
  },
  {
    path: '/programs/:slug/apply',
    name: 'program-apply',
    component: () => import('@/views/entries/ProgramApplyView.vue'),
    meta: { roles: ['APPLICANT'], titleKey: 'titles.apply', nav: 'programs' },
  },
  {
    path: '/my/entries',
    name: 'my-entries',
    component: () => import('@/views/entries/MyEntriesView.vue'),
    meta: { roles: ['APPLICANT'], titleKey: 'titles.myEntries', nav: 'my-entries' },
  },
  {
    path: '/my/entries/:id(\\d+)',
    name: 'entry-detail',
    component: () => import('@/views/entries/EntryDetailView.vue'),
    meta: { roles: ['APPLICANT'], titleKey: 'titles.entryDetail', nav: 'my-entries' },
  },
  {
    // Results notifications link to /entries/<id>: the applicant's own entry page.
    path: '/entries/:id(\\d+)',
    redirect: (to) => ({ name: 'entry-detail', params: { id: to.params.id } }),
  },
  {
    path: '/my/entries/:id(\\d+)/edit',
    name: 'entry-edit',
    component: () => import('@/views/entries/EntryEditView.vue'),
    meta: { roles: ['APPLICANT'], titleKey: 'titles.entryEdit', nav: 'my-entries' },
  },
  {
    path: '/organize',
    name: 'organize',
    component: () => import('@/views/organize/OrganizerHomeView.vue'),
    meta: { wide: true, roles: ['ORGANIZER'], titleKey: 'titles.organize', nav: 'organize' },
  },
  {
    path: '/organize/programs/new',
    name: 'program-new',
    component: () => import('@/views/programs/ProgramEditorView.vue'),
    meta: { wide: true, roles: ['ORGANIZER'], titleKey: 'titles.programNew', nav: 'organize' },
  },
  {
    path: '/organize/programs/:id(\\d+)/edit',
    name: 'program-edit',
    component: () => import('@/views/programs/ProgramEditorView.vue'),
    meta: { wide: true, roles: ['ORGANIZER'], titleKey: 'titles.programEdit', nav: 'organize' },
  },
  {
    path: '/organize/programs/:id(\\d+)/entries',
    name: 'program-screening',
    component: () => import('@/views/screening/ScreeningView.vue'),
    meta: { wide: true, roles: ['ORGANIZER'], titleKey: 'titles.screening', nav: 'organize' },
  },
  {
    path: '/organize/programs/:id(\\d+)/rounds',
    name: 'program-rounds',
    component: () => import('@/views/rounds/RoundListView.vue'),
    meta: { wide: true, roles: ['ORGANIZER'], titleKey: 'titles.rounds', nav: 'organize' },
  },
  {
    path: '/organize/programs/:id(\\d+)/participation',
    name: 'program-participation',
    component: () => import('@/views/participation/ParticipationView.vue'),
    meta: { wide: true, roles: ['ORGANIZER'], titleKey: 'titles.participation', nav: 'organize' },
  },
  {
    // ?program=<id> names the program the new round belongs to.
    path: '/organize/rounds/new',
    name: 'round-new',
    component: () => import('@/views/rounds/RoundEditorView.vue'),
    meta: { wide: true, roles: ['ORGANIZER'], titleKey: 'titles.roundNew', nav: 'organize' },
  },
  {
    path: '/organize/rounds/:id(\\d+)/edit',
    name: 'round-edit',
    component: () => import('@/views/rounds/RoundEditorView.vue'),
    meta: { wide: true, roles: ['ORGANIZER'], titleKey: 'titles.roundEdit', nav: 'organize' },
  },
  {
    path: '/organize/rounds/:id(\\d+)',
    name: 'round-dashboard',
    component: () => import('@/views/rounds/RoundDashboardView.vue'),
    meta: { wide: true, roles: ['ORGANIZER'], titleKey: 'titles.round', nav: 'organize' },
  },
  {
    path: '/organize/rounds/:id(\\d+)/method',
    name: 'round-method',
    component: () => import('@/views/method/MethodStatementView.vue'),
    meta: { wide: true, roles: ['ORGANIZER'], titleKey: 'titles.methodStatement', nav: 'organize' },
  },
  {
    path: '/judging',
    name: 'judging',
    component: () => import('@/views/judging/JudgeQueueView.vue'),
    meta: { roles: ['JUDGE'], titleKey: 'titles.judging', nav: 'judging' },
  },
  {
    path: '/judging/rounds/:roundId(\\d+)/entries/:entryId(\\d+)',
    name: 'scorecard',
    component: () => import('@/views/judging/ScorecardView.vue'),
    meta: { roles: ['JUDGE'], titleKey: 'titles.scorecard', nav: 'judging' },
  },
  {
    // A judge's phone on the expo floor in a PAIRWISE round: the next table to visit, which of two was better.
    path: '/judging/rounds/:roundId(\\d+)/pairwise',
    name: 'pairwise-walk',
    component: () => import('@/views/judging/PairwiseWalkView.vue'),
    meta: { roles: ['JUDGE'], titleKey: 'titles.pairwiseWalk', nav: 'judging' },
  },
  {
    // What a judge knows, in their words and as topics: the assignment gives them entries to match.
    path: '/judging/profile',
    name: 'judging-profile',
    component: () => import('@/views/judging/JudgeProfileView.vue'),
    meta: { roles: ['JUDGE'], titleKey: 'titles.judgingProfile', nav: 'judging' },
  },
  {
    // A panel judge says how keen they are on each entry of a round while its bidding is open.
    path: '/judging/rounds/:roundId(\\d+)/bids',
    name: 'judging-bids',
    component: () => import('@/views/judging/JudgeBidsView.vue'),
    meta: { roles: ['JUDGE'], titleKey: 'titles.judgingBids', nav: 'judging' },
  },
  {
    path: '/live/:sessionId(\\d+)/host',
    name: 'live-host',
    component: () => import('@/views/live/LiveHostView.vue'),
    meta: { wide: true, roles: ['ORGANIZER'], titleKey: 'titles.liveHost', nav: 'organize' },
  },
  {
    path: '/live/:sessionId(\\d+)/judge',
    name: 'live-judge',
    component: () => import('@/views/live/LiveJudgeView.vue'),
    meta: { roles: ['JUDGE'], titleKey: 'titles.liveJudge', nav: 'judging' },
  },
  {
    // The hall's projector: public, without the app's header and footer. ?lang=zh-CN|en picks the language.
    path: '/live/:sessionId(\\d+)/screen',
    name: 'live-screen',
    component: () => import('@/views/live/LiveScreenView.vue'),
    meta: { public: true, bare: true, titleKey: 'titles.liveScreen' },
  },
  {
    // The audience's phone, opened from the big screen's QR code: sign in by code or ticket, vote.
    path: '/live/:sessionId(\\d+)/vote',
    name: 'audience-vote',
    component: () => import('@/views/live/AudienceVoteView.vue'),
    meta: { public: true, bare: true, titleKey: 'titles.audienceVote' },
  },
  // ---- investor matchmaking ----
  {
    // The investor's start: the programs they are invited to and their meetings.
    path: '/investor',
    name: 'investor',
    component: () => import('@/views/matchmaking/InvestorHomeView.vue'),
    meta: { roles: ['INVESTOR'], titleKey: 'matchmaking.titles.home', nav: 'investor' },
  },
  {
    // A program's shared finalists (filters in the query: category, topic, stage, band).
    path: '/investor/programs/:programId(\\d+)',
    name: 'investor-projects',
    component: () => import('@/views/matchmaking/InvestorProjectsView.vue'),
    meta: { wide: true, roles: ['INVESTOR'], titleKey: 'matchmaking.titles.projects', nav: 'investor' },
  },
  {
    path: '/investor/projects/:entryId(\\d+)',
    name: 'investor-project',
    component: () => import('@/views/matchmaking/InvestorProjectView.vue'),
    meta: { roles: ['INVESTOR'], titleKey: 'matchmaking.titles.project', nav: 'investor' },
  },
  {
    // The organizer's matchmaking board: investors, the score-band setting, requests and meetings, export.
    path: '/organize/programs/:id(\\d+)/matchmaking',
    name: 'program-matchmaking',
    component: () => import('@/views/matchmaking/MatchmakingBoardView.vue'),
    meta: { wide: true, roles: ['ORGANIZER'], titleKey: 'matchmakingBoard.title', nav: 'organize' },
  },
  // ---- winners, announcements and certificates ----
  {
    path: '/organize/programs/:id(\\d+)/winners',
    name: 'program-winners',
    component: () => import('@/views/winners/WinnersView.vue'),
    meta: { wide: true, roles: ['ORGANIZER'], titleKey: 'winners.titles.organizer', nav: 'organize' },
  },
  {
    // A published program's opted-in projects (filters in the query: q, category, topic).
    path: '/programs/:slug/showcase',
    name: 'showcase',
    component: () => import('@/views/showcase/ShowcaseView.vue'),
    meta: { public: true, titleKey: 'titles.showcase', nav: 'programs' },
  },
  {
    path: '/programs/:slug/showcase/:entryId(\\d+)',
    name: 'showcase-project',
    component: () => import('@/views/showcase/ShowcaseProjectView.vue'),
    meta: { public: true, titleKey: 'titles.showcase', nav: 'programs' },
  },
  {
    // An event's stages (or a program's, with the rest of its event): now, next and each day's order.
    path: '/events/:slug/schedule',
    name: 'event-schedule',
    component: () => import('@/views/live/EventScheduleView.vue'),
    meta: { public: true, titleKey: 'titles.schedule', nav: 'programs' },
  },
  {
    // ?version=n shows an earlier version of a corrected announcement.
    path: '/programs/:slug/winners',
    name: 'program-winners-public',
    component: () => import('@/views/winners/PublicWinnersView.vue'),
    meta: { public: true, titleKey: 'winners.titles.public', nav: 'programs' },
  },
  {
    // How the published winners' final round was scored (worked scores only if published with scores).
    path: '/programs/:slug/winners/method',
    name: 'program-method-public',
    component: () => import('@/views/method/MethodStatementView.vue'),
    meta: { wide: true, public: true, titleKey: 'titles.methodStatement', nav: 'programs' },
  },
  {
    // Without a code: a form to type one.
    path: '/certificates/:code?',
    name: 'certificate-verify',
    component: () => import('@/views/certificates/CertificateVerifyView.vue'),
    meta: { public: true, titleKey: 'certificates.pageTitle' },
  },
  {
    path: '/admin/users',
    name: 'admin-users',
    component: () => import('@/views/admin/AdminUsersView.vue'),
    meta: { wide: true, roles: ['ADMIN'], titleKey: 'titles.users', nav: 'users' },
  },
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('@/views/errors/ForbiddenView.vue'),
    meta: { public: true, titleKey: 'titles.forbidden' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/errors/NotFoundView.vue'),
    meta: { public: true, titleKey: 'titles.notFound' },
  },
]

/**
 * The role guard. Routes with meta.roles need a signed-in person (else /login?redirect=…) who
 * holds one of the roles (an empty list admits anyone signed in); otherwise the "Not allowed" page.
 */
export function roleGuard(to: RouteLocationNormalized): true | RouteLocationRaw {
  const required = to.meta.roles
  if (to.meta.public || !required) return true
  const auth = useAuthStore()
  if (!auth.isAuthenticated) {
    return { name: 'login', query: { redirect: to.fullPath } }
  }
  if (required.length > 0 && !auth.hasRole(...required)) {
    return { name: 'forbidden', query: { from: to.fullPath } }
  }
  return true
}

/** Accepts only same-site paths ("/x", not "//host" or "https://…") as a post-login destination. */
export function safeRedirect(value: unknown): string | null {
  const path = Array.isArray(value) ? value[0] : value
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) {
    return null
  }
  return path
}

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, _from, savedPosition) {
      if (savedPosition) return savedPosition
      if (to.hash) return { el: to.hash, behavior: 'smooth' }
      return { top: 0 }
    },
  })
  router.beforeEach(roleGuard)
  return router
}
