import { createI18n } from 'vue-i18n'
import en, { type MessageSchema } from './en'
import zhCN from './zh-CN'

export const LOCALES = ['zh-CN', 'en'] as const
export type AppLocale = (typeof LOCALES)[number]

/** Where the chosen language is remembered. */
export const LOCALE_STORAGE_KEY = 'laurel.locale'

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The remembered choice, else the browser's language: any Chinese variant gets zh-CN, everything else English. */
export function detectLocale(): AppLocale {
  try {
    const stored = localStorage.getItem(LOCALE_STORAGE_KEY)
    if (isAppLocale(stored)) return stored
  } catch {
    // Storage unavailable: fall back to the browser language.
  }
  const language = typeof navigator !== 'undefined' ? navigator.language || '' : ''
  return language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

export const messages: Record<AppLocale, MessageSchema> = { en, 'zh-CN': zhCN }

export function createAppI18n(locale: AppLocale = detectLocale()) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages,
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>
