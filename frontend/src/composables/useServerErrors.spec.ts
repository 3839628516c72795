import { describe, expect, it } from 'vitest'
import { useServerErrors } from './useServerErrors'
import { ApiError } from '@/api/http'

describe('useServerErrors', () => {
  it('maps problem errors onto form fields, renaming and merging', () => {
    const server = useServerErrors(['email', 'password', 'roles'] as const, { fieldMap: { username: 'email' } })
    server.apply(
      new ApiError({
        status: 400,
        detail: '3 fields are invalid',
        errors: [
          { field: 'username', message: 'must not be blank' },
          { field: 'password', message: 'must not be blank' },
          { field: 'password', message: 'must be at least 10 characters' },
          { field: 'roles[0]', message: 'must not be null' },
        ],
      }),
    )
    expect(server.errors.email).toBe('must not be blank')
    expect(server.errors.password).toBe('must not be blank; must be at least 10 characters')
    expect(server.errors.roles).toBe('must not be null')
    expect(server.message.value).toBeNull()
  })

  it('puts a problem without field errors in the message', () => {
    const server = useServerErrors(['email'] as const)
    server.apply(new ApiError({ status: 401, detail: 'The email or password is not correct.' }))
    expect(server.errors.email).toBe('')
    expect(server.message.value).toBe('The email or password is not correct.')
  })

  it('places a typed problem on its field', () => {
    const server = useServerErrors(['email'] as const, { typeFields: { 'email-taken': 'email' } })
    server.apply(
      new ApiError({ status: 409, type: 'https://laurel.dev/problems/email-taken', detail: 'Already registered.' }),
    )
    expect(server.errors.email).toBe('Already registered.')
    expect(server.message.value).toBeNull()
  })

  it('keeps errors for unknown fields visible in the message', () => {
    const server = useServerErrors(['email'] as const)
    server.apply(
      new ApiError({
        status: 400,
        detail: '2 fields are invalid',
        errors: [
          { field: 'email', message: 'bad' },
          { field: 'locale', message: 'must be zh-CN or en' },
        ],
      }),
    )
    expect(server.errors.email).toBe('bad')
    expect(server.message.value).toBe('locale: must be zh-CN or en')
  })

  it('clears everything, or one field', () => {
    const server = useServerErrors(['email', 'password'] as const)
    server.apply(
      new ApiError({
        status: 400,
        errors: [
          { field: 'email', message: 'a' },
          { field: 'password', message: 'b' },
        ],
      }),
    )
    server.clear('email')
    expect(server.errors.email).toBe('')
    expect(server.errors.password).toBe('b')
    server.clear()
    expect(server.errors.password).toBe('')
  })

  it('rethrows anything that is not an ApiError', () => {
    const server = useServerErrors(['email'] as const)
    expect(() => server.apply(new TypeError('boom'))).toThrow('boom')
  })
})
