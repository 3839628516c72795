import type { FieldError } from '@/api/http'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** The kinds of field problem the server names (FieldError.code) -> their sentence under errors.field. */
const SENTENCES: Record<string, string> = {
  required: 'required',
  'file-required': 'fileRequired',
  'too-long': 'tooLong',
  'not-text': 'notText',
  'not-a-number': 'notNumber',
  'not-an-option': 'notOption',
  'not-a-url': 'notUrl',
  'not-an-email': 'notEmail',
  'not-a-date': 'notDate',
  'not-a-category': 'notCategory',
}

/**
 * A field problem as a whole sentence in the reader's language, naming the field by its label:
 * "Fill in “Summary”." / "请填写“摘要”。". `choose`: the field is picked from a list, so a
 * missing answer reads "Choose …". Problems without a known code keep the server's words,
 * made into a sentence.
 */
export function fieldSentence(
  t: Translate,
  error: Pick<FieldError, 'message' | 'code'>,
  label: string,
  choose = false,
): string {
  const code = error.code ?? ''
  if (code === 'required' && choose) return t('errors.field.choose', { label })
  const key = SENTENCES[code]
  if (key) return t(`errors.field.${key}`, { label })
  const text = error.message.trim()
  if (/^[A-Z\u3400-\u9fff]/.test(text) && /[.!?。！？]$/.test(text)) return text
  return t('errors.field.other', { label, message: text.replace(/[.。]$/, '') })
}
