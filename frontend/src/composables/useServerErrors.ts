import { reactive, ref } from 'vue'
import { isApiError, type ApiError } from '@/api/http'

export interface ServerErrorOptions {
  /** Server field name -> form field name, e.g. { username: 'email' } for the login form. */
  fieldMap?: Record<string, string>
  /** Problem types (slugs) that belong to one form field, e.g. { 'email-taken': 'email' }. */
  typeFields?: Record<string, string>
}

/**
 * Keeps the server's field-level messages in a { field: message } record for el-form-item
 * :error, and everything that belongs to no field (401, 429, 5xx, network) in `message` for an
 * el-alert. Pass the form's field names so unknown fields end up in the alert, not lost.
 */
export function useServerErrors<F extends string>(fields: readonly F[], options: ServerErrorOptions = {}) {
  const errors = reactive({}) as Record<F, string>
  const message = ref<string | null>(null)

  function isField(name: string): name is F {
    return (fields as readonly string[]).includes(name)
  }

  function clear(field?: F): void {
    if (field) {
      errors[field] = ''
      return
    }
    for (const f of fields) errors[f] = ''
    message.value = null
  }

  /** Shows an error from an API call. Returns the ApiError (or null for other exceptions, which are rethrown). */
  function apply(error: unknown): ApiError {
    if (!isApiError(error)) throw error
    clear()
    const collected: Partial<Record<F, string[]>> = {}
    const unplaced: string[] = []

    for (const { field, message: text } of error.errors) {
      // "roles[0]" or "address.city" belong to the form field "roles" / "address".
      const mapped = options.fieldMap?.[field] ?? (isField(field) ? field : (field.split(/[.[]/)[0] ?? field))
      if (isField(mapped)) (collected[mapped] ??= []).push(text)
      else unplaced.push(field && field !== 'body' ? `${field}: ${text}` : text)
    }

    const typeField = options.typeFields?.[error.slug]
    if (typeField && isField(typeField) && !collected[typeField]) collected[typeField] = [error.detail]

    for (const f of fields) {
      const texts = collected[f]
      if (texts?.length) errors[f] = [...new Set(texts)].join('; ')
    }

    const placedAny = Object.keys(collected).length > 0
    if (!placedAny) message.value = error.detail
    else if (unplaced.length) message.value = unplaced.join('; ')
    return error
  }

  clear()
  return { errors, message, apply, clear }
}
