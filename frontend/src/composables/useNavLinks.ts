import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { RouteLocationRaw } from 'vue-router'
import { useAuthStore } from '@/stores/auth'

export interface NavLink {
  key: string
  to: RouteLocationRaw
  label: string
}

/** The main navigation for the signed-in person's roles (the header also counts them to fit its row). */
export function useNavLinks(): ComputedRef<NavLink[]> {
  const { t } = useI18n()
  const auth = useAuthStore()
  return computed<NavLink[]>(() => {
    const list: NavLink[] = [
      { key: 'home', to: { name: 'home' }, label: t('nav.home') },
      { key: 'programs', to: { name: 'programs' }, label: t('nav.programs') },
    ]
    if (auth.isAuthenticated) list.push({ key: 'workspace', to: { name: 'workspace' }, label: t('nav.workspace') })
    if (auth.isAuthenticated && auth.hasRole('APPLICANT')) {
      list.push({ key: 'my-entries', to: { name: 'my-entries' }, label: t('nav.myEntries') })
    }
    if (auth.isAuthenticated && auth.hasRole('JUDGE')) {
      list.push({ key: 'judging', to: { name: 'judging' }, label: t('nav.judging') })
    }
    if (auth.isAuthenticated && auth.hasRole('INVESTOR')) {
      list.push({ key: 'investor', to: { name: 'investor' }, label: t('nav.investor') })
    }
    if (auth.isAuthenticated && auth.hasRole('ORGANIZER')) {
      list.push({ key: 'organize', to: { name: 'organize' }, label: t('nav.organize') })
    }
    if (auth.isAuthenticated && auth.hasRole('ADMIN')) {
      list.push({ key: 'users', to: { name: 'admin-users' }, label: t('nav.users') })
    }
    return list
  })
}
