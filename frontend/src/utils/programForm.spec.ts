import { describe, expect, it } from 'vitest'
import type { ProgramView } from '@/api/programs'
import { bilingual } from './bilingual'
import {
  emptyProgramForm,
  formToSaveProgram,
  keyFromLabel,
  keySource,
  moveItem,
  previewFields,
  programToForm,
} from './programForm'
import { DEFAULT_TEAM, NO_BRAND } from '@/test/fixtures/brand'

const both = (zh: string, en: string) => ({ 'zh-CN': zh, en })

const PROGRAM: ProgramView = {
  id: 7,
  kind: 'COMPETITION',
  title: 'Startup Cup',
  slug: 'startup-cup',
  description: '# Hi',
  timeZone: 'Asia/Shanghai',
  submissionOpensAt: '2026-06-01T01:00:00Z',
  submissionClosesAt: '2026-06-30T15:59:00Z',
  submissionState: 'OPEN',
  status: 'DRAFT',
  publishedAt: null,
  categories: [
    { id: 1, name: '人工智能', i18n: { name: both('人工智能', 'AI') } },
    { id: 2, name: 'Hardware', i18n: { name: both('Hardware', 'Hardware') } },
  ],
  formFields: [
    {
      id: 11,
      key: 'pitch',
      label: 'Pitch',
      type: 'TEXT',
      required: true,
      options: [],
      optionLabels: [],
      maxLength: 140,
      helpText: null,
      identifying: false,
      i18n: { label: both('Pitch', 'Pitch'), helpText: both('', ''), options: { 'zh-CN': [], en: [] } },
    },
    {
      id: 12,
      key: 'stage',
      label: 'Stage',
      type: 'SELECT',
      required: false,
      options: ['想法', 'MVP'],
      optionLabels: ['想法', 'MVP'],
      maxLength: null,
      helpText: 'Pick one',
      identifying: false,
      i18n: {
        label: both('阶段', 'Stage'),
        helpText: both('', 'Pick one'),
        options: { 'zh-CN': ['想法', ''], en: ['Idea', 'MVP'] },
      },
    },
  ],
  prizeTiers: [
    { id: 21, name: '金奖', rank: 1, count: 1, categoryId: 2, i18n: { name: both('金奖', 'Gold') } },
    { id: 22, name: 'Silver', rank: 2, count: 2, categoryId: null, i18n: { name: both('', 'Silver') } },
  ],
  canEdit: true,
  logoUrl: null,
  brand: NO_BRAND,
  team: DEFAULT_TEAM,
  event: null,
  i18n: { title: both('创业杯', 'Startup Cup'), description: both('', '# Hi') },
}

describe('programToForm / formToSaveProgram', () => {
  it('shows times as wall times in the program zone and sends them back as the same instants', () => {
    const form = programToForm(PROGRAM)
    expect(form.opensAt).toBe('2026-06-01 09:00')
    expect(form.closesAt).toBe('2026-06-30 23:59')
    const body = formToSaveProgram(form)
    expect(body.submissionOpensAt).toBe('2026-06-01T01:00:00.000Z')
    expect(body.submissionClosesAt).toBe('2026-06-30T15:59:00.000Z')
  })

  it('reads picked wall times in the chosen zone', () => {
    const form = programToForm(PROGRAM)
    form.timeZone = 'Europe/London'
    const body = formToSaveProgram(form)
    expect(body.submissionClosesAt).toBe('2026-06-30T22:59:00.000Z')
  })

  it('keeps ids of saved rows and names new categories for prize tiers', () => {
    const form = programToForm(PROGRAM)
    form.categories.push({ uid: 'new-cat', name: both('', ' Green tech ') })
    form.prizeTiers.push({ uid: 'new-tier', name: both('', 'Best green'), rank: 1, count: 1, categoryUid: 'new-cat' })
    const body = formToSaveProgram(form)
    expect(body.categories).toEqual([
      { id: 1, name: both('人工智能', 'AI') },
      { id: 2, name: both('Hardware', 'Hardware') },
      { id: undefined, name: both('', 'Green tech') },
    ])
    expect(body.prizeTiers[0]).toMatchObject({ id: 21, categoryId: 2, categoryName: undefined })
    expect(body.prizeTiers[1]).toMatchObject({ id: 22, categoryId: undefined, categoryName: undefined })
    expect(body.prizeTiers[2]).toMatchObject({ id: undefined, categoryId: undefined, categoryName: 'Green tech' })
    expect(body.formFields[0]).toMatchObject({ id: 11, key: 'pitch', maxLength: 140, options: undefined })
    expect(body.formFields[1]).toMatchObject({
      id: 12,
      options: [both('想法', 'Idea'), both('', 'MVP')],
      maxLength: undefined,
      helpText: both('', 'Pick one'),
    })
    expect(body.slug).toBe('startup-cup')
  })

  it('reads the team rules and sends them back as edited', () => {
    const form = programToForm({ ...PROGRAM, team: { maxSize: 5, exclusive: true } })
    expect(form.team).toEqual({ maxSize: 5, exclusive: true })
    form.team = { maxSize: 3, exclusive: false }
    expect(formToSaveProgram(form).team).toEqual({ maxSize: 3, exclusive: false })
  })

  it('starts a new program with the default team rules and sends them', () => {
    const form = emptyProgramForm()
    expect(form.team).toEqual({ maxSize: 20, exclusive: false })
    expect(formToSaveProgram(form).team).toEqual({ maxSize: 20, exclusive: false })
  })

  it('leaves a blank slug out so the server makes one', () => {
    const form = programToForm(PROGRAM)
    form.slug = '  '
    expect(formToSaveProgram(form).slug).toBeUndefined()
  })

  it('reads and sends every text in both languages', () => {
    const form = programToForm(PROGRAM)
    expect(form.title).toEqual(both('创业杯', 'Startup Cup'))
    expect(form.description).toEqual(both('', '# Hi'))
    expect(form.formFields[1]!.label).toEqual(both('阶段', 'Stage'))
    expect(form.prizeTiers.map((p) => p.name)).toEqual([both('金奖', 'Gold'), both('', 'Silver')])
    form.title = both(' 创业杯 ', '')
    form.formFields[1]!.options.push(bilingual(' ', ''))
    const body = formToSaveProgram(form)
    expect(body.title).toEqual(both('创业杯', ''))
    expect(body.formFields[0]!.helpText).toBeUndefined()
    expect(body.formFields[1]!.options).toHaveLength(2)
    expect(body.prizeTiers[1]!.name).toEqual(both('', 'Silver'))
  })

  it('reads a program from before translations as the same text in both languages', () => {
    const { i18n: _, ...old } = PROGRAM
    const form = programToForm({ ...old, categories: [{ id: 1, name: 'AI' }] } as unknown as ProgramView)
    expect(form.title).toEqual(both('Startup Cup', 'Startup Cup'))
    expect(form.categories[0]!.name).toEqual(both('AI', 'AI'))
  })

  it("turns builder rows into preview fields in the reader's language, keeping the stored values", () => {
    const rows = programToForm(PROGRAM).formFields
    const en = previewFields(rows, 'en')
    expect(en.map((f) => [f.key, f.type, f.label, f.options, f.optionLabels])).toEqual([
      ['pitch', 'TEXT', 'Pitch', [], []],
      ['stage', 'SELECT', 'Stage', ['想法', 'MVP'], ['Idea', 'MVP']],
    ])
    expect(en[1]!.helpText).toBe('Pick one')
    const zh = previewFields(rows, 'zh-CN')
    expect(zh[1]).toMatchObject({ label: '阶段', options: ['想法', 'MVP'], optionLabels: ['想法', 'MVP'] })
  })
})

describe('helpers', () => {
  it('makes keys from labels', () => {
    expect(keyFromLabel('Pitch deck')).toBe('pitch_deck')
    expect(keyFromLabel('  2nd  Round: Video! ')).toBe('nd_round_video')
    expect(keyFromLabel('Café crème')).toBe('cafe_creme')
    expect(keyFromLabel('项目简介')).toBe('')
    expect(keyFromLabel(keySource(both('项目简介', 'Project summary')))).toBe('project_summary')
    expect(keySource(both('项目简介', ''))).toBe('项目简介')
  })

  it('moves items up and down within bounds', () => {
    const list = ['a', 'b', 'c']
    moveItem(list, 2, -1)
    expect(list).toEqual(['a', 'c', 'b'])
    moveItem(list, 0, -1)
    expect(list).toEqual(['a', 'c', 'b'])
    moveItem(list, 0, 1)
    expect(list).toEqual(['c', 'a', 'b'])
  })
})
