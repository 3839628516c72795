import { describe, expect, it } from 'vitest'
import type { ProgramView } from '@/api/programs'
import { formToSaveProgram, keyFromLabel, moveItem, previewFields, programToForm } from './programForm'

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
    { id: 1, name: 'AI' },
    { id: 2, name: 'Hardware' },
  ],
  formFields: [
    {
      id: 11,
      key: 'pitch',
      label: 'Pitch',
      type: 'TEXT',
      required: true,
      options: [],
      maxLength: 140,
      helpText: null,
      identifying: false,
    },
    {
      id: 12,
      key: 'stage',
      label: 'Stage',
      type: 'SELECT',
      required: false,
      options: ['Idea', 'MVP'],
      maxLength: null,
      helpText: 'Pick one',
      identifying: false,
    },
  ],
  prizeTiers: [
    { id: 21, name: 'Gold', rank: 1, count: 1, categoryId: 2 },
    { id: 22, name: 'Silver', rank: 2, count: 2, categoryId: null },
  ],
  canEdit: true,
  logoUrl: null,
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
    form.categories.push({ uid: 'new-cat', name: ' Green tech ' })
    form.prizeTiers.push({ uid: 'new-tier', name: 'Best green', rank: 1, count: 1, categoryUid: 'new-cat' })
    const body = formToSaveProgram(form)
    expect(body.categories).toEqual([
      { id: 1, name: 'AI' },
      { id: 2, name: 'Hardware' },
      { id: undefined, name: 'Green tech' },
    ])
    expect(body.prizeTiers[0]).toMatchObject({ id: 21, categoryId: 2, categoryName: undefined })
    expect(body.prizeTiers[1]).toMatchObject({ id: 22, categoryId: undefined, categoryName: undefined })
    expect(body.prizeTiers[2]).toMatchObject({ id: undefined, categoryId: undefined, categoryName: 'Green tech' })
    expect(body.formFields[0]).toMatchObject({ id: 11, key: 'pitch', maxLength: 140, options: undefined })
    expect(body.formFields[1]).toMatchObject({
      id: 12,
      options: ['Idea', 'MVP'],
      maxLength: undefined,
      helpText: 'Pick one',
    })
    expect(body.slug).toBe('startup-cup')
  })

  it('leaves a blank slug out so the server makes one', () => {
    const form = programToForm(PROGRAM)
    form.slug = '  '
    expect(formToSaveProgram(form).slug).toBeUndefined()
  })

  it('turns builder rows into preview fields', () => {
    const fields = previewFields(programToForm(PROGRAM).formFields)
    expect(fields.map((f) => [f.key, f.type, f.options])).toEqual([
      ['pitch', 'TEXT', []],
      ['stage', 'SELECT', ['Idea', 'MVP']],
    ])
  })
})

describe('helpers', () => {
  it('makes keys from labels', () => {
    expect(keyFromLabel('Pitch deck')).toBe('pitch_deck')
    expect(keyFromLabel('  2nd  Round: Video! ')).toBe('nd_round_video')
    expect(keyFromLabel('Café crème')).toBe('cafe_creme')
    expect(keyFromLabel('项目简介')).toBe('')
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
