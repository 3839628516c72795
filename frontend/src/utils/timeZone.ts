// Wall-clock times in a named IANA time zone, converted to and from instants with Intl alone.
// A program's submission window is picked as a wall time "in the program's zone" (e.g. 23:59 in
// Asia/Shanghai) whatever zone the organizer's browser is in.

/** The zones offered when setting up a program (any valid IANA zone is accepted by the server). */
export const COMMON_TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Kolkata',
  'Asia/Dubai',
  'Australia/Sydney',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'UTC',
] as const

/** A wall time as "YYYY-MM-DD HH:mm" (what the date-time picker edits). */
export type WallTime = string

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** True if Intl knows the zone. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false
  try {
    partsFormatter(timeZone)
    return true
  } catch {
    return false
  }
}

/** The browser's own zone (e.g. "Europe/Berlin"), or UTC if it cannot tell. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  } catch {
    return 'UTC'
  }
}

interface Fields {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

function fieldsInZone(epochMs: number, timeZone: string): Fields {
  const parts: Record<string, number> = {}
  for (const part of partsFormatter(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    // Some engines print midnight as 24 even with h23.
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  }
}

/** How far the zone's wall clock is ahead of UTC at that instant, in milliseconds. */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const f = fieldsInZone(epochMs, timeZone)
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second)
  return asUtc - Math.floor(epochMs / 1000) * 1000
}

/**
 * The instant at which the zone's clocks read the wall time. A wall time skipped by a
 * daylight-saving jump is moved forward by the jump (02:30 on a spring-forward night becomes
 * 03:30); one that happens twice (autumn) resolves to the earlier instant.
 */
export function wallTimeToInstant(wall: WallTime, timeZone: string): Date {
  const match = WALL_TIME.exec(wall.trim())
  if (!match) throw new RangeError(`Not a wall time: ${wall}`)
  const [, y, mo, d, h, mi, s] = match
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0))
  // Try the offsets in force around that time; the first that maps back to the wall time wins.
  const candidates = [
    zoneOffsetMs(asUtc - 86_400_000, timeZone),
    zoneOffsetMs(asUtc, timeZone),
    zoneOffsetMs(asUtc + 86_400_000, timeZone),
  ]
  const unique = [...new Set(candidates)].sort((a, b) => b - a)
  for (const offset of unique) {
    const instant = asUtc - offset
    if (zoneOffsetMs(instant, timeZone) === offset) return new Date(instant)
  }
  // In a gap: use the offset from before the jump, which lands after it.
  const before = zoneOffsetMs(asUtc - 86_400_000, timeZone)
  return new Date(asUtc - before)
}

/** The ISO instant ("2026-06-30T15:59:00.000Z") for a wall time in the zone, or null if it is not one. */
export function wallTimeToIso(wall: WallTime | null | undefined, timeZone: string): string | null {
  if (!wall || !WALL_TIME.test(wall.trim()) || !isValidTimeZone(timeZone)) return null
  return wallTimeToInstant(wall, timeZone).toISOString()
}

const pad = (n: number) => String(n).padStart(2, '0')

/** What the zone's clocks read at the instant, as "YYYY-MM-DD HH:mm". */
export function instantToWallTime(instant: string | number | Date, timeZone: string): WallTime {
  const ms = instant instanceof Date ? instant.getTime() : new Date(instant).getTime()
  const f = fieldsInZone(ms, timeZone)
  return `${f.year}-${pad(f.month)}-${pad(f.day)} ${pad(f.hour)}:${pad(f.minute)}`
}

/** The zone's offset at the instant as "UTC+8", "UTC−4", "UTC+5:30". */
export function formatOffset(instant: string | number | Date, timeZone: string): string {
  const ms = instant instanceof Date ? instant.getTime() : new Date(instant).getTime()
  const minutes = Math.round(zoneOffsetMs(ms, timeZone) / 60_000)
  if (minutes === 0) return 'UTC'
  const sign = minutes > 0 ? '+' : '−'
  const abs = Math.abs(minutes)
  const h = Math.floor(abs / 60)
  const m = abs % 60
  return `UTC${sign}${h}${m ? `:${pad(m)}` : ''}`
}
