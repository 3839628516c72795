import { computed, ref } from 'vue'
import { isApiError, type ApiError, type FieldError } from '@/api/http'

/**
 * Rows of a list as the form knows them: the server names rows by index ("formFields[2].key"),
 * the form by a stable key, so errors stay with their row when rows are later moved or removed.
 */
export type RowKeys = Record<string, readonly string[]>

export interface NestedApplyOptions {
  /** collection -> the stable keys of its rows, in the order they were sent. */
  rows?: RowKeys
  /** Problem types (slugs) that belong to one path, e.g. { 'slug-taken': 'slug' }. */
  typePaths?: Record<string, string>
  /** Words a field problem for the form (e.g. as a sentence in the reader's language, naming the field). */
  word?: (error: FieldError, path: string) => string
}

/**
 * Turns a server path into the form's: "formFields[2].key" -> "formFields.u7.key" when row 2 of
 * formFields has the key "u7". Paths without a known collection stay as they are.
 */
export function toFormPath(path: string, rows: RowKeys = {}): string {
  return path.replace(/^([A-Za-z_$][\w$]*)\[(\d+)\]/, (whole, collection: string, index: string) => {
    const key = rows[collection]?.[Number(index)]
    return key === undefined ? whole : `${collection}.${key}`
  })
}

/**
 * Server field errors for forms with lists and nested values (program editor, entry form):
 * messages are kept by form path ("title", "answers.pitch", "formFields.u7.key"). Paths the
 * form does not show (per `shows`) and problems without field errors end up in `message` for an
 * alert, so nothing the server said is lost.
 */
export function useNestedServerErrors(shows: (path: string) => boolean) {
  const errors = ref<Record<string, string>>({})
  const message = ref<string | null>(null)
  /** The problem's own detail (e.g. "4 fields need attention"), set whenever any error arrived. */
  const detail = ref<string | null>(null)

  const count = computed(() => Object.keys(errors.value).length)

  function at(path: string): string {
    return errors.value[path] ?? ''
  }

  /**
   * Clears one path, every path under a prefix ("formFields.u7"), or everything. Once the last field
   * problem is gone the problem's own detail ("4 fields need attention") goes too: nothing is left to fix.
   */
  function clear(path?: string): void {
    if (path === undefined) {
      errors.value = {}
      message.value = null
      detail.value = null
      return
    }
    if (!(path in errors.value) && !Object.keys(errors.value).some((p) => p.startsWith(`${path}.`))) return
    const next: Record<string, string> = {}
    for (const [p, text] of Object.entries(errors.value)) {
      if (p !== path && !p.startsWith(`${path}.`)) next[p] = text
    }
    errors.value = next
    if (Object.keys(next).length === 0) detail.value = null
  }

  /** True if the path or anything under it has an error. */
  function has(prefix: string): boolean {
    return Object.keys(errors.value).some((p) => p === prefix || p.startsWith(`${prefix}.`))
  }

  function apply(error: unknown, options: NestedApplyOptions = {}): ApiError {
    if (!isApiError(error)) throw error
    clear()
    const collected: Record<string, string[]> = {}
    const unplaced: string[] = []
    for (const fieldError of error.errors) {
      const { field, message: text } = fieldError
      const path = toFormPath(field, options.rows)
      if (field && shows(path)) (collected[path] ??= []).push(options.word ? options.word(fieldError, path) : text)
      else unplaced.push(field && field !== 'body' ? `${field}: ${text}` : text)
    }
    const typePath = options.typePaths?.[error.slug]
    if (typePath && shows(typePath) && !collected[typePath]) collected[typePath] = [error.detail]

    const next: Record<string, string> = {}
    for (const [path, texts] of Object.entries(collected)) next[path] = [...new Set(texts)].join('; ')
    errors.value = next
    const placedAny = Object.keys(next).length > 0
    detail.value = placedAny ? error.detail : null
    if (!placedAny) message.value = error.detail
    else if (unplaced.length) message.value = unplaced.join('; ')
    return error
  }

  return { errors, message, detail, count, at, has, clear, apply }
}
