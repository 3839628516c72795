// Texts organizers write in both languages (API.md, "Translatable text"): requests send
// {"zh-CN", "en"}; responses give the reader's language under the field's name and both under i18n.
import type { AppLocale } from '@/i18n'

export interface Bilingual {
  'zh-CN': string
  en: string
}

export function bilingual(zh = '', en = ''): Bilingual {
  return { 'zh-CN': zh, en }
}

/** Both versions from a response's i18n entry, or the one text in both when there is none. */
export function fromI18n(
  text: Partial<Bilingual> | null | undefined,
  fallback: string | null | undefined = '',
): Bilingual {
  if (!text) return bilingual(fallback ?? '', fallback ?? '')
  return bilingual(text['zh-CN'] ?? '', text.en ?? '')
}

/** The text in `locale`, or in the other language when that one is empty (as the server does). */
export function inLocale(text: Bilingual, locale: AppLocale | string): string {
  const wanted = locale === 'en' ? text.en : text['zh-CN']
  const other = locale === 'en' ? text['zh-CN'] : text.en
  return wanted.trim() ? wanted : other
}

export function isBlank(text: Bilingual): boolean {
  return !text['zh-CN'].trim() && !text.en.trim()
}

export function trimmedText(text: Bilingual): Bilingual {
  return bilingual(text['zh-CN'].trim(), text.en.trim())
}
