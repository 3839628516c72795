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
    meta: { public: true, titleKey: 'titles.home' },
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
    path: '/workspace',
    name: 'workspace',
    component: () => import('@/views/workspace/WorkspaceView.vue'),
    // Any signed-in person.
    meta: { roles: [], titleKey: 'titles.workspace' },
  },
  {
    path: '/admin/users',
    name: 'admin-users',
    component: () => import('@/views/admin/AdminUsersView.vue'),
    meta: { roles: ['ADMIN'], titleKey: 'titles.users' },
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
