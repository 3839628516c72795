import { describe, expect, it } from 'vitest'
import { blankEntryForm, toEntryForm, toSaveEntry } from './useEntryEditor'
import type { EntryView } from '@/api/entries'

const ENTRY = {
  id: 5,
  categoryId: 3,
  title: 'Solar tiles',
  summary: 'Roof tiles',
  organization: null,
  team: [{ name: 'Ann', email: null, role: 'Lead' }],
  answers: { pitch: 'Sun on every roof' },
} as unknown as EntryView

const NO_AFFILIATION = { institution: '', institutionKind: null, region: '' } as const

describe('useEntryEditor form helpers', () => {
  it('turns an entry into an editable form with a uid per team row', () => {
    const form = toEntryForm(ENTRY)
    expect(form).toMatchObject({
      title: 'Solar tiles',
      categoryId: 3,
      summary: 'Roof tiles',
      organization: '',
      answers: { pitch: 'Sun on every roof' },
    })
    expect(form.team).toEqual([{ ...NO_AFFILIATION, uid: expect.any(String), name: 'Ann', email: '', role: 'Lead' }])
  })

  it('trims the request, leaves blank team rows and file answers out, and keeps the uids of the rows sent', () => {
    const form = {
      ...blankEntryForm(),
      title: '  Solar tiles ',
      organization: '  ',
      team: [
        { ...NO_AFFILIATION, uid: 't1', name: ' Ann ', email: '', role: ' Lead ' },
        { ...NO_AFFILIATION, uid: 't2', name: ' ', email: '', role: '' },
        {
          uid: 't3',
          name: 'Bo',
          email: 'bo@example.org',
          role: '',
          institution: ' Tsinghua University ',
          institutionKind: 'UNIVERSITY' as const,
          region: 'China',
        },
      ],
      answers: { pitch: 'Sun', deck: 'deck.pdf' },
    }
    const { body, teamUids } = toSaveEntry(form, new Set(['deck']))
    expect(body.title).toBe('Solar tiles')
    expect(body.organization).toBeUndefined()
    expect(body.team).toEqual([
      {
        name: 'Ann',
        email: undefined,
        role: 'Lead',
        institution: undefined,
        institutionKind: undefined,
        region: undefined,
      },
      {
        name: 'Bo',
        email: 'bo@example.org',
        role: undefined,
        institution: 'Tsinghua University',
        institutionKind: 'UNIVERSITY',
        region: 'China',
      },
    ])
    expect(body.answers).not.toHaveProperty('deck')
    expect(body.answers).toHaveProperty('pitch', 'Sun')
    expect(teamUids).toEqual(['t1', 't3'])
  })
})
