import { describe, expect, it } from 'vitest'
import { toFormPath, useNestedServerErrors } from './useNestedServerErrors'
import { ApiError } from '@/api/http'

describe('toFormPath', () => {
  const rows = { formFields: ['f1', 'f2', 'f3'], team: ['t9'] }

  it('names list rows by their stable key instead of their index', () => {
    expect(toFormPath('formFields[1].key', rows)).toBe('formFields.f2.key')
    expect(toFormPath('formFields[2].options', rows)).toBe('formFields.f3.options')
    expect(toFormPath('team[0].name', rows)).toBe('team.t9.name')
    expect(toFormPath('formFields[0]', rows)).toBe('formFields.f1')
  })

  it('leaves other paths alone', () => {
    expect(toFormPath('title', rows)).toBe('title')
    expect(toFormPath('answers.pitch', rows)).toBe('answers.pitch')
    expect(toFormPath('formFields[7].key', rows)).toBe('formFields[7].key')
    expect(toFormPath('categories[0].name', rows)).toBe('categories[0].name')
  })
})

describe('useNestedServerErrors', () => {
  const shows = (path: string) => ['title', 'timeZone'].includes(path) || /^formFields\.[^.]+\./.test(path)

  it('places row errors on the row that was sent at that index, even after the rows moved', () => {
    const server = useNestedServerErrors(shows)
    server.apply(
      new ApiError({
        status: 400,
        detail: '3 fields are invalid',
        errors: [
          { field: 'title', message: 'must not be blank' },
          { field: 'formFields[1].key', message: 'must start with a letter' },
          { field: 'formFields[1].key', message: 'is used twice' },
          { field: 'prizeTiers[0].rank', message: 'must be at least 1' },
        ],
      }),
      { rows: { formFields: ['a', 'b'] } },
    )
    expect(server.at('title')).toBe('must not be blank')
    expect(server.at('formFields.b.key')).toBe('must start with a letter; is used twice')
    expect(server.at('formFields.a.key')).toBe('')
    // A path the form does not show is not lost.
    expect(server.message.value).toBe('prizeTiers[0].rank: must be at least 1')
    expect(server.detail.value).toBe('3 fields are invalid')
    expect(server.count.value).toBe(2)
    expect(server.has('formFields.b')).toBe(true)
  })

  it('clears one path or a whole row', () => {
    const server = useNestedServerErrors(shows)
    server.apply(
      new ApiError({
        status: 400,
        errors: [
          { field: 'formFields[0].key', message: 'x' },
          { field: 'formFields[0].label', message: 'y' },
          { field: 'title', message: 'z' },
        ],
      }),
      { rows: { formFields: ['a'] } },
    )
    server.clear('title')
    expect(server.at('title')).toBe('')
    server.clear('formFields.a')
    expect(server.count.value).toBe(0)
  })

  it('shows a problem without field errors as a message, and a typed problem at its field', () => {
    const server = useNestedServerErrors(shows)
    server.apply(new ApiError({ status: 409, type: 'https://laurel.dev/problems/category-in-use', detail: 'In use.' }))
    expect(server.message.value).toBe('In use.')
    expect(server.count.value).toBe(0)

    const slugServer = useNestedServerErrors((p) => p === 'slug')
    slugServer.apply(new ApiError({ status: 409, type: 'https://laurel.dev/problems/slug-taken', detail: 'Taken.' }), {
      typePaths: { 'slug-taken': 'slug' },
    })
    expect(slugServer.at('slug')).toBe('Taken.')
    expect(slugServer.message.value).toBeNull()
  })
})
