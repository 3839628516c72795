import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import elementEn from 'element-plus/es/locale/lang/en'
import elementZhCn from 'element-plus/es/locale/lang/zh-cn'
import { LOCALE_STORAGE_KEY, LOCALES, type AppLocale } from '@/i18n'

/** The UI language: read it, switch it (remembered in localStorage), and the matching Element Plus locale. */
export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' })

  const current = computed<AppLocale>(() => locale.value as AppLocale)
  const elementLocale = computed(() => (current.value === 'zh-CN' ? elementZhCn : elementEn))

  function setLocale(next: AppLocale): void {
    locale.value = next
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, next)
    } catch {
      // Not remembered if storage is unavailable; the switch still applies to this tab.
    }
  }

  return { locale: current, locales: LOCALES, elementLocale, setLocale }
}
