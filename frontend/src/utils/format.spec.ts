import { describe, expect, it } from 'vitest'
import { formatDate, formatRelativeTime } from './format'

const NOW = Date.parse('2026-03-10T12:00:00Z')
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString()

describe('formatRelativeTime', () => {
  it('says how long ago, in the UI language', () => {
    expect(formatRelativeTime(ago(10), 'en', NOW)).toBe('now')
    expect(formatRelativeTime(ago(5 * 60), 'en', NOW)).toBe('5 minutes ago')
    expect(formatRelativeTime(ago(3 * 3600), 'en', NOW)).toBe('3 hours ago')
    expect(formatRelativeTime(ago(26 * 3600), 'en', NOW)).toBe('yesterday')
    expect(formatRelativeTime(ago(3 * 86_400), 'en', NOW)).toBe('3 days ago')
    expect(formatRelativeTime(ago(5 * 60), 'zh-CN', NOW)).toBe('5分钟前')
    expect(formatRelativeTime(ago(3 * 86_400), 'zh-CN', NOW)).toBe('3天前')
  })

  it('gives the date from a week back, and reads a clock slightly ahead as now', () => {
    expect(formatRelativeTime(ago(10 * 86_400), 'en', NOW)).toBe(formatDate(ago(10 * 86_400), 'en'))
    expect(formatRelativeTime(new Date(NOW + 30_000), 'en', NOW)).toBe('now')
    expect(formatRelativeTime(null, 'en', NOW)).toBe('')
    expect(formatRelativeTime('not a date', 'en', NOW)).toBe('')
  })
})
