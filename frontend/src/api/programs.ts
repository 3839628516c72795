import { http } from './http'
import type { Page } from './identity'

export const PROGRAM_KINDS = ['AWARD', 'COMPETITION'] as const
export type ProgramKind = (typeof PROGRAM_KINDS)[number]

export const FIELD_TYPES = [
  'TEXT',
  'LONG_TEXT',
  'NUMBER',
  'SELECT',
  'MULTI_SELECT',
  'URL',
  'EMAIL',
  'DATE',
  'FILE',
] as const
export type FieldType = (typeof FIELD_TYPES)[number]

/** Field types whose answers are text and may have a maximum length. */
export const TEXT_FIELD_TYPES: readonly FieldType[] = ['TEXT', 'LONG_TEXT', 'URL', 'EMAIL']
/** Field types that offer a list of options. */
export const CHOICE_FIELD_TYPES: readonly FieldType[] = ['SELECT', 'MULTI_SELECT']

export type SubmissionState = 'UPCOMING' | 'OPEN' | 'CLOSED'
export type ProgramStatus = 'DRAFT' | 'PUBLISHED'

export interface Category {
  id: number
  name: string
}

export interface FormField {
  id: number
  key: string
  label: string
  type: FieldType
  required: boolean
  options: string[] | null
  maxLength: number | null
  helpText: string | null
  identifying: boolean
}

export interface PrizeTier {
  id: number
  name: string
  rank: number
  count: number
  categoryId: number | null
}

export interface ProgramSummary {
  id: number
  kind: ProgramKind
  title: string
  slug: string
  timeZone: string
  submissionOpensAt: string
  submissionClosesAt: string
  submissionState: SubmissionState
  status: ProgramStatus
  publishedAt: string | null
  categories: string[]
  canEdit: boolean
}

export interface ProgramView extends Omit<ProgramSummary, 'categories'> {
  description: string | null
  categories: Category[]
  formFields: FormField[]
  prizeTiers: PrizeTier[]
}

export interface SaveCategory {
  id?: number
  name: string
}

export interface SaveFormField {
  id?: number
  key: string
  label: string
  type: FieldType
  required: boolean
  options?: string[]
  maxLength?: number
  helpText?: string
  identifying: boolean
}

export interface SavePrizeTier {
  id?: number
  name: string
  rank: number
  count: number
  categoryId?: number
  /** Names a category of the same request (one that has no id yet). */
  categoryName?: string
}

export interface SaveProgram {
  kind: ProgramKind
  title: string
  slug?: string
  description: string
  timeZone: string
  submissionOpensAt: string
  submissionClosesAt: string
  categories: SaveCategory[]
  formFields: SaveFormField[]
  prizeTiers: SavePrizeTier[]
}

const id = (value: number | string) => encodeURIComponent(String(value))

/** Published programs, plus the drafts the caller organizes. */
export function listPrograms(): Promise<Page<ProgramSummary>> {
  return http<Page<ProgramSummary>>('/programs')
}

export function getProgram(programId: number | string): Promise<ProgramView> {
  return http<ProgramView>(`/programs/${id(programId)}`)
}

export function getProgramBySlug(slug: string): Promise<ProgramView> {
  return http<ProgramView>(`/programs/slug/${id(slug)}`)
}

export function createProgram(body: SaveProgram): Promise<ProgramView> {
  return http<ProgramView>('/programs', { method: 'POST', body })
}

export function updateProgram(programId: number, body: SaveProgram): Promise<ProgramView> {
  return http<ProgramView>(`/programs/${id(programId)}`, { method: 'PUT', body })
}

export function publishProgram(programId: number): Promise<ProgramView> {
  return http<ProgramView>(`/programs/${id(programId)}/publish`, { method: 'POST' })
}
