import { computed } from 'vue'
import { getActivePinia } from 'pinia'
import { useI18n } from 'vue-i18n'
import elementEn from 'element-plus/es/locale/lang/en'
import elementZhCn from 'element-plus/es/locale/lang/zh-cn'
import { updateProfile } from '@/api/identity'
import { LOCALE_STORAGE_KEY, LOCALES, type AppLocale } from '@/i18n'
import { useAuthStore } from '@/stores/auth'

/**
 * The UI language: read it, switch it, and the matching Element Plus locale. A switch is
 * remembered in this browser and, for a signed-in person, saved in their profile, where the
 * server reads it for their emails and notifications.
 */
export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' })

  const current = computed<AppLocale>(() => locale.value as AppLocale)
  const elementLocale = computed(() => (current.value === 'zh-CN' ? elementZhCn : elementEn))

  /** `save: false` when the profile already holds `next` (it came from there). */
  function setLocale(next: AppLocale, options: { save?: boolean } = {}): void {
    locale.value = next
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, next)
    } catch {
      // Not remembered if storage is unavailable; the switch still applies to this tab.
    }
    if (options.save !== false) saveToProfile(next)
  }

  return { locale: current, locales: LOCALES, elementLocale, setLocale }
}

function saveToProfile(language: AppLocale): void {
  if (!getActivePinia()) return
  const auth = useAuthStore()
  if (!auth.isAuthenticated || !auth.user || auth.user.locale === language) return
  updateProfile({ language })
    .then((user) => auth.setUser(user))
    .catch(() => {
      // The switch applies here regardless; the profile keeps the earlier language until next time.
    })
}
