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
import { bilingual, fromI18n, inLocale, isBlank, trimmedText, type Bilingual } from './bilingual'
import { browserTimeZone, COMMON_TIME_ZONES, instantToWallTime, wallTimeToIso, type WallTime } from './timeZone'

export interface CategoryRow {
  uid: string
  id?: number
  name: Bilingual
}

export interface FieldRow {
  uid: string
  id?: number
  key: string
  label: Bilingual
  type: FieldType
  required: boolean
  /** Each choice in both languages; its Chinese text (else its English one) is the value answers store. */
  options: Bilingual[]
  maxLength: number | null
  helpText: Bilingual
  identifying: boolean
}

export interface PrizeTierRow {
  uid: string
  id?: number
  name: Bilingual
  rank: number
  count: number
  /** uid of a category row, or null for every category. */
  categoryUid: string | null
}

export interface ProgramForm {
  kind: ProgramKind
  title: Bilingual
  slug: string
  description: Bilingual
  timeZone: string
  opensAt: WallTime
  closesAt: WallTime
  categories: CategoryRow[]
  formFields: FieldRow[]
  prizeTiers: PrizeTierRow[]
  brand: BrandForm
  team: TeamForm
  /** The event (a slug) whose public schedule shows this program's stages with others'; empty: none. */
  event: string
}

/** How entries form teams: at most `maxSize` people (owner included), and whether one team per person. */
export interface TeamForm {
  maxSize: number
  exclusive: boolean
}

/** The server's default rules: teams of up to 20, a person may be in several. */
export function defaultTeam(): TeamForm {
  return { maxSize: 20, exclusive: false }
}

/** The program's look and certificate signer; the signature image is saved on its own. */
export interface BrandForm {
  /** `#RRGGBB`, or null for Laurel's colours. */
  accentColor: string | null
  signerName: Bilingual
  signerTitle: Bilingual
}

export function emptyBrand(): BrandForm {
  return { accentColor: null, signerName: bilingual(), signerTitle: bilingual() }
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
    title: bilingual(),
    slug: '',
    description: bilingual(),
    timeZone,
    opensAt,
    closesAt,
    categories: [],
    formFields: [],
    prizeTiers: [],
    brand: emptyBrand(),
    team: defaultTeam(),
    event: '',
  }
}

export function emptyField(existingKeys: readonly string[] = []): FieldRow {
  let n = existingKeys.length + 1
  while (existingKeys.includes(`field_${n}`)) n++
  return {
    uid: newUid('f'),
    key: `field_${n}`,
    label: bilingual(),
    type: 'TEXT',
    required: false,
    options: [],
    maxLength: null,
    helpText: bilingual(),
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

/** A label's text for making a key: the English one (keys are ASCII), else the Chinese one. */
export function keySource(label: Bilingual): string {
  return label.en.trim() || label['zh-CN']
}

/** The value a choice stores: its primary text, Chinese first (as the server keeps it). */
export function choiceValue(option: Bilingual): string {
  return option['zh-CN'].trim() || option.en.trim()
}

/** A field's choices in both languages, from the response's values and index-aligned display texts. */
function choicesOf(field: FormField): Bilingual[] {
  const values = field.options ?? []
  const zh = field.i18n?.options?.['zh-CN'] ?? []
  const en = field.i18n?.options?.en ?? []
  return values.map((value, i) =>
    zh.length === values.length && en.length === values.length ? bilingual(zh[i], en[i]) : bilingual(value, value),
  )
}

export function programToForm(program: ProgramView): ProgramForm {
  const categories: CategoryRow[] = program.categories.map((c) => ({
    uid: newUid('c'),
    id: c.id,
    name: fromI18n(c.i18n?.name, c.name),
  }))
  const uidOfCategory = new Map(categories.map((c) => [c.id, c.uid]))
  return {
    kind: program.kind,
    title: fromI18n(program.i18n?.title, program.title),
    slug: program.slug ?? '',
    description: fromI18n(program.i18n?.description, program.description ?? ''),
    timeZone: program.timeZone,
    opensAt: instantToWallTime(program.submissionOpensAt, program.timeZone),
    closesAt: instantToWallTime(program.submissionClosesAt, program.timeZone),
    categories,
    formFields: program.formFields.map((f) => ({
      uid: newUid('f'),
      id: f.id,
      key: f.key,
      label: fromI18n(f.i18n?.label, f.label),
      type: f.type,
      required: f.required,
      options: choicesOf(f),
      maxLength: f.maxLength ?? null,
      helpText: fromI18n(f.i18n?.helpText, f.helpText ?? ''),
      identifying: f.identifying,
    })),
    prizeTiers: program.prizeTiers.map((p) => ({
      uid: newUid('p'),
      id: p.id,
      name: fromI18n(p.i18n?.name, p.name),
      rank: p.rank,
      count: p.count,
      categoryUid: p.categoryId === null ? null : (uidOfCategory.get(p.categoryId) ?? null),
    })),
    brand: {
      accentColor: program.brand?.accentColor ?? null,
      signerName: fromI18n(program.brand?.i18n?.signerName, program.brand?.signerName ?? ''),
      signerTitle: fromI18n(program.brand?.i18n?.signerTitle, program.brand?.signerTitle ?? ''),
    },
    team: program.team ? { maxSize: program.team.maxSize, exclusive: program.team.exclusive } : defaultTeam(),
    event: program.event ?? '',
  }
}

const trimmed = (value: string) => value.trim()

/** The request body for POST/PUT /programs. Times are wall times in the program's zone. */
export function formToSaveProgram(form: ProgramForm): SaveProgram {
  const categoryByUid = new Map(form.categories.map((c) => [c.uid, c]))
  return {
    kind: form.kind,
    title: trimmedText(form.title),
    slug: trimmed(form.slug) || undefined,
    description: form.description,
    timeZone: form.timeZone,
    // An unreadable time is sent as-is (empty), so the server names the field.
    submissionOpensAt: wallTimeToIso(form.opensAt, form.timeZone) ?? '',
    submissionClosesAt: wallTimeToIso(form.closesAt, form.timeZone) ?? '',
    categories: form.categories.map((c) => ({ id: c.id, name: trimmedText(c.name) })),
    formFields: form.formFields.map((f) => ({
      id: f.id,
      key: trimmed(f.key),
      label: trimmedText(f.label),
      type: f.type,
      required: f.required,
      options: hasOptions(f.type) ? f.options.filter((o) => !isBlank(o)).map(trimmedText) : undefined,
      maxLength: hasMaxLength(f.type) && f.maxLength ? f.maxLength : undefined,
      helpText: isBlank(f.helpText) ? undefined : trimmedText(f.helpText),
      identifying: f.identifying,
    })),
    prizeTiers: form.prizeTiers.map((p) => {
      const category = p.categoryUid ? categoryByUid.get(p.categoryUid) : undefined
      return {
        id: p.id,
        name: trimmedText(p.name),
        rank: p.rank,
        count: p.count,
        categoryId: category?.id,
        // A new category has no id yet: the server finds it by its text in either language.
        categoryName: category && category.id === undefined ? choiceValue(category.name) : undefined,
      }
    }),
    // The editor holds the whole brand, so it always sends it (a request without one keeps it).
    brand: {
      accentColor: form.brand.accentColor || null,
      signerName: trimmedText(form.brand.signerName),
      signerTitle: trimmedText(form.brand.signerTitle),
    },
    // Likewise the team rules (null would keep the stored ones).
    team: { maxSize: form.team.maxSize, exclusive: form.team.exclusive },
    // "" clears the event (absent would keep the stored one).
    event: trimmed(form.event),
  }
}

/** The builder's rows as the fields an applicant reading `locale` will see (for the live preview). */
export function previewFields(rows: readonly FieldRow[], locale: string): FormField[] {
  return rows.map((row, index) => {
    const choices = hasOptions(row.type) ? row.options.filter((o) => !isBlank(o)).map(trimmedText) : []
    const helpText = inLocale(trimmedText(row.helpText), locale).trim()
    return {
      id: row.id ?? -(index + 1),
      key: row.key.trim() || row.uid,
      label: inLocale(trimmedText(row.label), locale),
      type: row.type,
      required: row.required,
      options: choices.map(choiceValue),
      optionLabels: choices.map((c) => inLocale(c, locale)),
      maxLength: hasMaxLength(row.type) ? row.maxLength : null,
      helpText: helpText || null,
      identifying: row.identifying,
      i18n: {
        label: row.label,
        helpText: row.helpText,
        options: { 'zh-CN': choices.map((c) => c['zh-CN']), en: choices.map((c) => c.en) },
      },
    }
  })
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
