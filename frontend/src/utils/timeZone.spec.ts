import { describe, expect, it } from 'vitest'
import {
  formatOffset,
  instantToWallTime,
  isValidTimeZone,
  wallTimeToInstant,
  wallTimeToIso,
  zoneOffsetMs,
} from './timeZone'

describe('wallTimeToInstant', () => {
  it('reads a wall time in Asia/Shanghai (UTC+8, no daylight saving)', () => {
    expect(wallTimeToInstant('2026-06-30 23:59', 'Asia/Shanghai').toISOString()).toBe('2026-06-30T15:59:00.000Z')
    expect(wallTimeToInstant('2026-01-01 00:00', 'Asia/Shanghai').toISOString()).toBe('2025-12-31T16:00:00.000Z')
  })

  it('accepts the ISO "T" separator and seconds', () => {
    expect(wallTimeToInstant('2026-06-30T23:59:30', 'Asia/Shanghai').toISOString()).toBe('2026-06-30T15:59:30.000Z')
  })

  it('follows daylight saving in America/New_York', () => {
    // Winter: EST, UTC-5.
    expect(wallTimeToInstant('2026-01-15 09:00', 'America/New_York').toISOString()).toBe('2026-01-15T14:00:00.000Z')
    // Summer: EDT, UTC-4.
    expect(wallTimeToInstant('2026-07-01 09:00', 'America/New_York').toISOString()).toBe('2026-07-01T13:00:00.000Z')
    // The evening before and after the spring-forward night (8 March 2026).
    expect(wallTimeToInstant('2026-03-07 23:59', 'America/New_York').toISOString()).toBe('2026-03-08T04:59:00.000Z')
    expect(wallTimeToInstant('2026-03-08 23:59', 'America/New_York').toISOString()).toBe('2026-03-09T03:59:00.000Z')
  })

  it('moves a wall time skipped by the spring-forward jump past the jump', () => {
    // 02:30 does not exist on 8 March 2026 in New York: it is read as 03:30 EDT.
    expect(wallTimeToInstant('2026-03-08 02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z')
  })

  it('takes the earlier of two wall times on the fall-back night', () => {
    // 02:30 happens twice on 25 October 2026 in Berlin: first at CEST (UTC+2).
    expect(wallTimeToInstant('2026-10-25 02:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z')
  })

  it('handles zones with half-hour offsets and UTC', () => {
    expect(wallTimeToInstant('2026-06-30 23:59', 'Asia/Kolkata').toISOString()).toBe('2026-06-30T18:29:00.000Z')
    expect(wallTimeToInstant('2026-06-30 23:59', 'UTC').toISOString()).toBe('2026-06-30T23:59:00.000Z')
  })

  it('refuses what is not a wall time', () => {
    expect(() => wallTimeToInstant('30/06/2026', 'UTC')).toThrow(RangeError)
    expect(wallTimeToIso('nonsense', 'UTC')).toBeNull()
    expect(wallTimeToIso('2026-06-30 23:59', 'Mars/Olympus')).toBeNull()
    expect(wallTimeToIso('2026-06-30 23:59', 'Asia/Shanghai')).toBe('2026-06-30T15:59:00.000Z')
  })
})

describe('instantToWallTime', () => {
  it('shows what the zone clock reads at an instant', () => {
    expect(instantToWallTime('2026-06-30T15:59:00Z', 'Asia/Shanghai')).toBe('2026-06-30 23:59')
    expect(instantToWallTime('2026-06-30T15:59:00Z', 'America/Los_Angeles')).toBe('2026-06-30 08:59')
    expect(instantToWallTime('2026-01-01T00:00:00Z', 'Europe/London')).toBe('2026-01-01 00:00')
  })

  it('round-trips with wallTimeToInstant across zones and seasons', () => {
    for (const zone of ['Asia/Shanghai', 'Asia/Tokyo', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'UTC']) {
      for (const wall of ['2026-01-10 08:15', '2026-04-01 00:00', '2026-07-20 23:59', '2026-11-30 12:30']) {
        expect(instantToWallTime(wallTimeToInstant(wall, zone), zone), `${zone} ${wall}`).toBe(wall)
      }
    }
  })
})

describe('offsets', () => {
  it('knows each zone offset at an instant', () => {
    expect(zoneOffsetMs(Date.parse('2026-07-01T00:00:00Z'), 'Asia/Shanghai')).toBe(8 * 3_600_000)
    expect(zoneOffsetMs(Date.parse('2026-07-01T00:00:00Z'), 'Europe/London')).toBe(3_600_000)
    expect(zoneOffsetMs(Date.parse('2026-01-01T00:00:00Z'), 'Europe/London')).toBe(0)
  })

  it('formats offsets for people', () => {
    expect(formatOffset('2026-07-01T00:00:00Z', 'Asia/Shanghai')).toBe('UTC+8')
    expect(formatOffset('2026-07-01T00:00:00Z', 'America/New_York')).toBe('UTC−4')
    expect(formatOffset('2026-07-01T00:00:00Z', 'Asia/Kolkata')).toBe('UTC+5:30')
    expect(formatOffset('2026-07-01T00:00:00Z', 'UTC')).toBe('UTC')
  })

  it('tells known zones from unknown ones', () => {
    expect(isValidTimeZone('Asia/Hong_Kong')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus')).toBe(false)
    expect(isValidTimeZone('')).toBe(false)
  })
})
