import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from './index'
import { useAuthStore } from '@/stores/auth'

// The guard is under test, not the pages: stand-ins keep navigation fast.
const { stub } = vi.hoisted(() => ({ stub: () => ({ default: { name: 'StubView', render: () => null } }) }))
vi.mock('@/views/winners/WinnersView.vue', stub)
vi.mock('@/views/winners/PublicWinnersView.vue', stub)
vi.mock('@/views/certificates/CertificateVerifyView.vue', stub)
vi.mock('@/views/auth/LoginView.vue', stub)
vi.mock('@/views/errors/ForbiddenView.vue', stub)

describe('winners routes', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('shows the winners and certificate checks to anyone, signed in or not', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/programs/dev-cup/winners?version=1')
    expect(router.currentRoute.value.name).toBe('program-winners-public')
    expect(router.currentRoute.value.params.slug).toBe('dev-cup')
    await router.push('/certificates')
    expect(router.currentRoute.value.name).toBe('certificate-verify')
    await router.push('/certificates/D9K9-JQFK-3AQ2')
    expect(router.currentRoute.value.name).toBe('certificate-verify')
    expect(router.currentRoute.value.params.code).toBe('D9K9-JQFK-3AQ2')
  })

  it('keeps the organizer’s winners page to organizers', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/organize/programs/3/winners')
    expect(router.currentRoute.value.name).toBe('login')

    const auth = useAuthStore()
    auth.setTokens('a', 'r')
    auth.setUser({
      id: 1,
      email: 'a@example.org',
      displayName: 'Ann',
      organization: null,
      locale: 'en',
      language: 'en',
      roles: ['APPLICANT'],
      active: true,
      createdAt: '2025-01-01T00:00:00Z',
    })
    await router.push('/organize/programs/3/winners')
    expect(router.currentRoute.value.name).toBe('forbidden')

    auth.setUser({
      id: 2,
      email: 'o@example.org',
      displayName: 'Olga',
      organization: null,
      locale: 'en',
      language: 'en',
      roles: ['ORGANIZER'],
      active: true,
      createdAt: '2025-01-01T00:00:00Z',
    })
    await router.push('/organize/programs/3/winners')
    expect(router.currentRoute.value.name).toBe('program-winners')
  })
})
