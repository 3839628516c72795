/**
 * One place that turns an audit record into words: a sentence ("Ann submitted scores for
 * Solar Kiln.") and the changes it made ("Innovation: 6 → 7"), with names instead of ids.
 * Every audit view uses it, so a record reads the same everywhere and in both languages; the
 * raw JSON stays available behind a "details" toggle for auditors.
 */

export interface AuditRecordLike {
  action: string
  actorId: number | null
  actorName?: string | null
  entryId?: number | null
  before?: string | null
  after?: string | null
}

/** Names the page knows: id -> display text. Unknown ids fall back to "#id" wordings. */
export interface AuditNames {
  people?: Record<number, string>
  entries?: Record<number, string>
  criteria?: Record<number, string>
  meId?: number | null
}

type Translate = (key: string, params?: Record<string, unknown>) => string
type Exists = (key: string) => boolean

function parse(value: string | null | undefined): unknown {
  if (value === null || value === undefined || value === '') return undefined
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isNumericKey = (k: string) => /^\d+$/.test(k)
const isEmpty = (v: unknown) =>
  v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (isRecord(v) && !Object.keys(v).length)

export function actorOf(item: AuditRecordLike, names: AuditNames, t: Translate): string {
  if (item.actorId === null) return t('audit.system')
  if (names.meId != null && item.actorId === names.meId) return t('audit.you')
  return names.people?.[item.actorId] ?? item.actorName ?? t('audit.user', { id: item.actorId })
}

function person(id: unknown, names: AuditNames, t: Translate): string {
  const n = Number(id)
  return names.people?.[n] ?? t('audit.user', { id: n })
}

function entry(id: unknown, names: AuditNames, t: Translate): string {
  const n = Number(id)
  return names.entries?.[n] ?? t('audit.entry', { id: n })
}

/** An enum value (ELIGIBLE, OPEN, ...) in the reader's language when we know it. */
function value(v: unknown, t: Translate, te: Exists): string {
  if (typeof v === 'string') return te(`audit.values.${v}`) ? t(`audit.values.${v}`) : v
  if (typeof v === 'number') return String(v)
  if (typeof v === 'boolean') return t(v ? 'audit.values.yes' : 'audit.values.no')
  if (Array.isArray(v)) return v.map((x) => value(x, t, te)).join(', ')
  if (v === null || v === undefined) return '—'
  return JSON.stringify(v)
}

function field(key: string, t: Translate, te: Exists): string {
  return te(`audit.fields.${key}`) ? t(`audit.fields.${key}`) : key
}

const arrow = (before: string | undefined, after: string) => (before === undefined ? after : `${before} → ${after}`)

/** What a record changed, one line per thing, in words. */
export function auditChanges(item: AuditRecordLike, names: AuditNames, t: Translate, te: Exists): string[] {
  const before = parse(item.before)
  const after = parse(item.after)
  const lines: string[] = []

  // Lists: of judge ids (panel, assignments) or of names (topics): what joined and what left.
  if (Array.isArray(after) || Array.isArray(before)) {
    const rawB = Array.isArray(before) ? before : []
    const rawA = Array.isArray(after) ? after : []
    const ids = [...rawB, ...rawA].every((x) => typeof x === 'number' || (typeof x === 'string' && isNumericKey(x)))
    const b = ids ? rawB.map(Number) : rawB.map(String)
    const a = ids ? rawA.map(Number) : rawA.map(String)
    const show = (x: number | string) => (ids ? person(x, names, t) : String(x))
    const added = a.filter((x) => !(b as (number | string)[]).includes(x))
    const removed = b.filter((x) => !(a as (number | string)[]).includes(x))
    if (added.length) lines.push(t('audit.added', { names: added.map(show).join(', ') }))
    if (removed.length) lines.push(t('audit.removed', { names: removed.map(show).join(', ') }))
    return lines
  }

  // Keyed by id: scores per criterion, or statuses per entry (bulk screening).
  if (isRecord(after) && Object.keys(after).length && Object.keys(after).every(isNumericKey)) {
    const b = isRecord(before) ? before : {}
    for (const [key, v] of Object.entries(after)) {
      const label =
        typeof v === 'number'
          ? (names.criteria?.[Number(key)] ?? t('audit.criterion', { id: key }))
          : entry(key, names, t)
      const was = key in b ? value(b[key], t, te) : undefined
      lines.push(`${label}: ${arrow(was, value(v, t, te))}`)
    }
    return lines
  }

  // Named fields: show what differs, skipping empty ones ({"shortfalls":{}}).
  if (isRecord(after) || isRecord(before)) {
    const b = isRecord(before) ? before : {}
    const a = isRecord(after) ? after : {}
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      const av = a[key]
      const bv = b[key]
      if (JSON.stringify(av) === JSON.stringify(bv) && isRecord(before)) continue
      if (isEmpty(av) && isEmpty(bv)) continue
      const show = (v: unknown) =>
        key === 'judgeId' ? person(v, names, t) : key === 'entryId' ? entry(v, names, t) : value(v, t, te)
      lines.push(`${field(key, t, te)}: ${arrow(key in b ? show(bv) : undefined, show(av))}`)
    }
    return lines
  }

  if (before !== undefined || after !== undefined) {
    lines.push(arrow(before === undefined ? undefined : value(before, t, te), value(after, t, te)))
  }
  return lines
}

/** The record as one sentence in the reader's language. */
export function auditSentence(item: AuditRecordLike, names: AuditNames, t: Translate, te: Exists): string {
  const params = {
    actor: actorOf(item, names, t),
    entry: item.entryId != null ? entry(item.entryId, names, t) : t('audit.anEntry'),
    action: item.action,
  }
  let key = `audit.sentences.${item.action}`
  if (!te(key) && item.action.startsWith('LIVE_')) {
    const step = `live.host.actions.${item.action.replace(/^LIVE_/, '')}`
    return t('audit.sentences.LIVE', { ...params, step: te(step) ? t(step) : item.action })
  }
  if (!te(key) && item.action.startsWith('CONFLICT_')) key = 'audit.sentences.CONFLICT_ORGANIZER'
  if (!te(key) && item.action.endsWith('_ASSIGNED')) key = 'audit.sentences.AUTO_ASSIGNED'
  return te(key) ? t(key, params) : t('audit.sentences.other', params)
}
