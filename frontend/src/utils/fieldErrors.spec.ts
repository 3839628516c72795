import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@/i18n'
import { fieldSentence } from './fieldErrors'

function translate(locale: 'en' | 'zh-CN') {
  const { t } = createAppI18n(locale).global
  return (key: string, values?: Record<string, unknown>) => t(key, values ?? {})
}

describe('fieldSentence', () => {
  it('words each kind of problem as a whole sentence naming the field, in English', () => {
    const t = translate('en')
    expect(fieldSentence(t, { message: 'Enter a title.', code: 'required' }, 'Entry title')).toBe(
      'Fill in “Entry title”.',
    )
    expect(fieldSentence(t, { message: 'Choose a category.', code: 'required' }, 'Category', true)).toBe(
      'Choose “Category”.',
    )
    expect(fieldSentence(t, { message: '…', code: 'file-required' }, 'Pitch deck')).toBe(
      'Attach a file for “Pitch deck”.',
    )
    expect(fieldSentence(t, { message: '…', code: 'not-an-email' }, 'Email')).toBe(
      'Enter a valid email address for “Email”.',
    )
  })

  it('words the same problems in Chinese', () => {
    const t = translate('zh-CN')
    expect(fieldSentence(t, { message: 'Enter a title.', code: 'required' }, '作品名称')).toBe('请填写“作品名称”。')
    expect(fieldSentence(t, { message: '…', code: 'required' }, '类别', true)).toBe('请选择“类别”。')
    expect(fieldSentence(t, { message: '…', code: 'file-required' }, '申报材料')).toBe('请为“申报材料”上传文件。')
  })

  it('keeps a server sentence without a code, and makes a fragment into a sentence', () => {
    const t = translate('en')
    expect(fieldSentence(t, { message: 'Keep the role short.' }, 'Role')).toBe('Keep the role short.')
    expect(fieldSentence(t, { message: 'is required', code: null }, 'Summary')).toBe('“Summary”: is required.')
  })
})
