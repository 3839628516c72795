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

/** Date and time for people, in the UI language, in the viewer's zone unless one is given (e.g. "30 Jun 2026, 23:59"). */
export function formatDateTime(
  value: string | number | Date | null | undefined,
  locale: string,
  timeZone?: string,
): string {
  if (value === null || value === undefined || value === '') return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(date)
}

/** Just the time of day ("23:59"), in the given zone. */
export function formatTime(value: string | number | Date, locale: string, timeZone?: string): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    date,
  )
}

/** True if the instant falls on the same calendar day in both zones. */
export function sameDayInZones(value: string | number | Date, zoneA: string | undefined, zoneB: string): boolean {
  const date = value instanceof Date ? value : new Date(value)
  const day = (zone: string | undefined) =>
    new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }).format(date)
  return day(zoneA) === day(zoneB)
}

/** A file size for people ("820 KB", "3.4 MB"). */
export function formatFileSize(bytes: number | null | undefined, locale: string): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return ''
  const units = ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`
}

/**
 * How long ago an instant was, in the UI language ("now", "5 minutes ago", "yesterday",
 * "3 天前"); a week or more back it is simply the date. A time slightly in the future (a clock
 * a little ahead of the server's) reads as now.
 */
export function formatRelativeTime(
  value: string | number | Date | null | undefined,
  locale: string,
  now: number = Date.now(),
): string {
  if (value === null || value === undefined || value === '') return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const seconds = Math.max(0, Math.round((now - date.getTime()) / 1000))
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  if (seconds < 45) return relative.format(0, 'second')
  const minutes = Math.round(seconds / 60)
  if (minutes < 45) return relative.format(-minutes, 'minute')
  const hours = Math.round(seconds / 3600)
  if (hours < 22) return relative.format(-hours, 'hour')
  const days = Math.max(1, Math.round(seconds / 86_400))
  if (days < 7) return relative.format(-days, 'day')
  return formatDate(date, locale)
}

/** How far ahead an instant is, for people ("in 2 days", "in 5 hours", "tomorrow", "2天后"); a past one reads as now. */
export function formatTimeUntil(value: string | number | Date, locale: string, now: number = Date.now()): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const ms = Math.max(0, date.getTime() - now)
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const minutes = Math.round(ms / 60_000)
  if (minutes < 60) return relative.format(minutes, 'minute')
  const hours = Math.round(ms / 3_600_000)
  if (hours < 36) return relative.format(hours, 'hour')
  return relative.format(Math.round(ms / 86_400_000), 'day')
}

const figureFormats = new Map<string, Intl.NumberFormat>()

/** A figure in a worked calculation: up to four decimals, no trailing zeros ("65", "11.1803", "−1"). */
export function formatFigure(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  let format = figureFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 })
    figureFormats.set(locale, format)
  }
  return format.format(value)
}
