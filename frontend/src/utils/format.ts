/** Up to two initials for an avatar; Chinese names use their last two characters. */
export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean)
  const first = parts[0]
  if (!first) return '?'
  if (/[\u3400-\u9fff]/.test(first)) return first.slice(-2)
  return parts
    .slice(0, 2)
    .map((p) => p.charAt(0).toUpperCase())
    .join('')
}

/** A date for people, in the UI language (e.g. "27 Nov 2025" / "2025年11月27日"). */
export function formatDate(value: string | number | Date | null | undefined, locale: string): string {
  if (value === null || value === undefined || value === '') return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(date)
}
