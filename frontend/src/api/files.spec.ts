import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { ApiError, filenameFromDisposition, httpBlob } from './http'
import { uploadAttachment } from './entries'
import { exportEntries } from './screening'
import { useAuthStore } from '@/stores/auth'

describe('filenameFromDisposition', () => {
  it('prefers the UTF-8 filename*, then the plain filename', () => {
    expect(filenameFromDisposition(`attachment; filename="deck.pdf"; filename*=UTF-8''%E8%B7%AF%E6%BC%94.pdf`)).toBe(
      '路演.pdf',
    )
    expect(filenameFromDisposition('attachment; filename="probe-program-entries.csv"')).toBe(
      'probe-program-entries.csv',
    )
    expect(filenameFromDisposition('attachment; filename=plain.xlsx')).toBe('plain.xlsx')
  })

  it('never returns a path', () => {
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd')
    expect(filenameFromDisposition('attachment; filename="C:\\\\temp\\\\x.pdf"')).toBe('x.pdf')
  })

  it('gives null without a name', () => {
    expect(filenameFromDisposition(null)).toBeNull()
    expect(filenameFromDisposition('inline')).toBeNull()
  })
})

describe('file transfers', () => {
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    useAuthStore().setTokens('token-1', 'refresh-1')
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('downloads a file with the bearer token and its server name', async () => {
    fetchMock.mockResolvedValue(
      new Response('a,b\n1,2\n', {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="x.csv"; filename*=UTF-8''cup-entries.csv`,
        },
      }),
    )
    const file = await exportEntries(4, 'csv', { status: 'ELIGIBLE', categoryId: null, q: ' solar ' })
    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/api/programs/4/entries/export?format=csv&status=ELIGIBLE&q=solar')
    expect((init as RequestInit).headers).toMatchObject({ Authorization: 'Bearer token-1' })
    expect(file.filename).toBe('cup-entries.csv')
    expect(await file.blob.text()).toBe('a,b\n1,2\n')
  })

  it('turns a failed download into an ApiError', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ status: 403, title: 'Forbidden', detail: 'Not your program.' }), {
        status: 403,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    )
    const error = await httpBlob('/programs/4/entries/export').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).detail).toBe('Not your program.')
  })

  it('uploads multipart with the file and its field key, letting the browser set the boundary', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ id: 3, fileName: 'deck.pdf' }), { status: 201 }))
    const file = new File(['%PDF-1.4\n%%EOF'], 'deck.pdf', { type: 'application/pdf' })
    await uploadAttachment(9, file, 'deck')
    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/api/entries/9/attachments')
    const request = init as RequestInit
    expect(request.method).toBe('POST')
    expect(request.headers).not.toHaveProperty('Content-Type')
    const body = request.body as FormData
    expect(body.get('fieldKey')).toBe('deck')
    expect((body.get('file') as File).name).toBe('deck.pdf')
  })

  it('reports a 415 problem from an upload', async () => {
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({
          type: 'https://laurel.dev/problems/file-type',
          status: 415,
          title: 'File type not accepted',
          detail: 'Only PDF, PNG, JPEG, PPTX, DOCX and MP4 files are accepted.',
        }),
        { status: 415, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    )
    const error = await uploadAttachment(9, new File(['hi'], 'x.txt')).catch((e: unknown) => e)
    expect((error as ApiError).status).toBe(415)
    expect((error as ApiError).detail).toContain('Only PDF')
  })
})
