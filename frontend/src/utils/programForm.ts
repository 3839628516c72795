// The program editor's working copy of a program: rows carry a local key (uid) so they keep
// their identity (and their server errors) while being added, moved and removed; saved rows also
// keep their server id so a PUT updates them instead of replacing them.
import {
  CHOICE_FIELD_TYPES,
  TEXT_FIELD_TYPES,
  type FieldType,
  type FormField,
  type ProgramKind,
  type ProgramView,
  type SaveProgram,
} from '@/api/programs'
import { browserTimeZone, COMMON_TIME_ZONES, instantToWallTime, wallTimeToIso, type WallTime } from './timeZone'

export interface CategoryRow {
  uid: string
  id?: number
  name: string
}

export interface FieldRow {
  uid: string
  id?: number
  key: string
  label: string
  type: FieldType
  required: boolean
  options: string[]
  maxLength: number | null
  helpText: string
  identifying: boolean
}

export interface PrizeTierRow {
  uid: string
  id?: number
  name: string
  rank: number
  count: number
  /** uid of a category row, or null for every category. */
  categoryUid: string | null
}

export interface ProgramForm {
  kind: ProgramKind
  title: string
  slug: string
  description: string
  timeZone: string
  opensAt: WallTime
  closesAt: WallTime
  categories: CategoryRow[]
  formFields: FieldRow[]
  prizeTiers: PrizeTierRow[]
}

let counter = 0
/** A key for a new row, unique within this page. */
export function newUid(prefix = 'r'): string {
  counter += 1
  return `${prefix}${counter}`
}

export function hasOptions(type: FieldType): boolean {
  return CHOICE_FIELD_TYPES.includes(type)
}

export function hasMaxLength(type: FieldType): boolean {
  return TEXT_FIELD_TYPES.includes(type)
}

/** The zone a new program starts with: the organizer's own if it is a common one, else Asia/Shanghai. */
export function defaultTimeZone(): string {
  const own = browserTimeZone()
  return (COMMON_TIME_ZONES as readonly string[]).includes(own) ? own : 'Asia/Shanghai'
}

/** A blank program: open from the coming hour, closing 30 days later at 23:59 (wall times in the zone). */
export function emptyProgramForm(now: Date = new Date()): ProgramForm {
  const timeZone = defaultTimeZone()
  const nextHour = new Date(Math.ceil(now.getTime() / 3_600_000) * 3_600_000)
  const opensAt = instantToWallTime(nextHour, timeZone)
  const closesAt = `${instantToWallTime(new Date(nextHour.getTime() + 30 * 86_400_000), timeZone).slice(0, 10)} 23:59`
  return {
    kind: 'AWARD',
    title: '',
    slug: '',
    description: '',
    timeZone,
    opensAt,
    closesAt,
    categories: [],
    formFields: [],
    prizeTiers: [],
  }
}

export function emptyField(existingKeys: readonly string[] = []): FieldRow {
  let n = existingKeys.length + 1
  while (existingKeys.includes(`field_${n}`)) n++
  return {
    uid: newUid('f'),
    key: `field_${n}`,
    label: '',
    type: 'TEXT',
    required: false,
    options: [],
    maxLength: null,
    helpText: '',
    identifying: false,
  }
}

/** A field key made from a label: "Pitch deck" -> "pitch_deck" (letters first, at most 40). */
export function keyFromLabel(label: string): string {
  const base = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
    .slice(0, 40)
    .replace(/_+$/, '')
  return base
}

export function programToForm(program: ProgramView): ProgramForm {
  const categories: CategoryRow[] = program.categories.map((c) => ({ uid: newUid('c'), id: c.id, name: c.name }))
  const uidOfCategory = new Map(categories.map((c) => [c.id, c.uid]))
  return {
    kind: program.kind,
    title: program.title,
    slug: program.slug ?? '',
    description: program.description ?? '',
    timeZone: program.timeZone,
    opensAt: instantToWallTime(program.submissionOpensAt, program.timeZone),
    closesAt: instantToWallTime(program.submissionClosesAt, program.timeZone),
    categories,
    formFields: program.formFields.map((f) => ({
      uid: newUid('f'),
      id: f.id,
      key: f.key,
      label: f.label,
      type: f.type,
      required: f.required,
      options: [...(f.options ?? [])],
      maxLength: f.maxLength ?? null,
      helpText: f.helpText ?? '',
      identifying: f.identifying,
    })),
    prizeTiers: program.prizeTiers.map((p) => ({
      uid: newUid('p'),
      id: p.id,
      name: p.name,
      rank: p.rank,
      count: p.count,
      categoryUid: p.categoryId === null ? null : (uidOfCategory.get(p.categoryId) ?? null),
    })),
  }
}

const trimmed = (value: string) => value.trim()

/** The request body for POST/PUT /programs. Times are wall times in the program's zone. */
export function formToSaveProgram(form: ProgramForm): SaveProgram {
  const categoryByUid = new Map(form.categories.map((c) => [c.uid, c]))
  return {
    kind: form.kind,
    title: trimmed(form.title),
    slug: trimmed(form.slug) || undefined,
    description: form.description,
    timeZone: form.timeZone,
    // An unreadable time is sent as-is (empty), so the server names the field.
    submissionOpensAt: wallTimeToIso(form.opensAt, form.timeZone) ?? '',
    submissionClosesAt: wallTimeToIso(form.closesAt, form.timeZone) ?? '',
    categories: form.categories.map((c) => ({ id: c.id, name: trimmed(c.name) })),
    formFields: form.formFields.map((f) => ({
      id: f.id,
      key: trimmed(f.key),
      label: trimmed(f.label),
      type: f.type,
      required: f.required,
      options: hasOptions(f.type) ? f.options.map(trimmed).filter(Boolean) : undefined,
      maxLength: hasMaxLength(f.type) && f.maxLength ? f.maxLength : undefined,
      helpText: trimmed(f.helpText) || undefined,
      identifying: f.identifying,
    })),
    prizeTiers: form.prizeTiers.map((p) => {
      const category = p.categoryUid ? categoryByUid.get(p.categoryUid) : undefined
      return {
        id: p.id,
        name: trimmed(p.name),
        rank: p.rank,
        count: p.count,
        categoryId: category?.id,
        categoryName: category && category.id === undefined ? trimmed(category.name) : undefined,
      }
    }),
  }
}

/** The builder's rows as the fields an applicant will see (for the live preview). */
export function previewFields(rows: readonly FieldRow[]): FormField[] {
  return rows.map((row, index) => ({
    id: row.id ?? -(index + 1),
    key: row.key.trim() || row.uid,
    label: row.label.trim(),
    type: row.type,
    required: row.required,
    options: hasOptions(row.type) ? row.options.map(trimmed).filter(Boolean) : [],
    maxLength: hasMaxLength(row.type) ? row.maxLength : null,
    helpText: row.helpText.trim() || null,
    identifying: row.identifying,
  }))
}

/** Row keys by collection, in the order they are sent, to place the server's "formFields[2].key" errors. */
export function programRowKeys(form: ProgramForm): Record<string, string[]> {
  return {
    categories: form.categories.map((c) => c.uid),
    formFields: form.formFields.map((f) => f.uid),
    prizeTiers: form.prizeTiers.map((p) => p.uid),
  }
}

/** Moves an item one place up (-1) or down (+1) in place. */
export function moveItem<T>(list: T[], index: number, delta: -1 | 1): void {
  const target = index + delta
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return
  const [item] = list.splice(index, 1)
  list.splice(target, 0, item as T)
}
