import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import ProgramImageField from './ProgramImageField.vue'
import { mountComponent } from '@/test/mountComponent'
import { getByRole } from '@/test/dom'
import { ApiError } from '@/api/http'
import type { ProgramImageKind, ProgramView } from '@/api/programs'
import { DEFAULT_TEAM, NO_BRAND } from '@/test/fixtures/brand'

const api = vi.hoisted(() => ({
  uploadProgramImage: vi.fn(),
  removeProgramImage: vi.fn(),
  fetchProgramImage: vi.fn(),
}))
vi.mock('@/api/programs', async (original) => ({ ...(await original<object>()), ...api }))

const PROGRAM = {
  id: 7,
  kind: 'AWARD',
  title: 'Expo Award',
  slug: 'expo-award',
  description: '',
  timeZone: 'Asia/Shanghai',
  submissionOpensAt: '2026-01-01T00:00:00Z',
  submissionClosesAt: '2026-02-01T00:00:00Z',
  submissionState: 'OPEN',
  status: 'DRAFT',
  publishedAt: null,
  categories: [],
  formFields: [],
  prizeTiers: [],
  canEdit: true,
  logoUrl: null,
  brand: NO_BRAND,
  team: DEFAULT_TEAM,
  event: null,
  i18n: { title: { 'zh-CN': 'Expo Award', en: 'Expo Award' }, description: { 'zh-CN': '', en: '' } },
} satisfies ProgramView

describe('ProgramImageField', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:logo'), revokeObjectURL: vi.fn() }))
    api.fetchProgramImage.mockResolvedValue(new Blob(['png']))
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.clearAllMocks()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  function render(program: ProgramView, kind: ProgramImageKind = 'logo') {
    const changed: ProgramView[] = []
    const mounted = mountComponent(ProgramImageField, {
      program,
      kind,
      onChanged: (p: ProgramView) => changed.push(p),
    })
    wrapper = mounted.wrapper
    return { root: mounted.root, changed }
  }

  function pick(root: Element, file: File) {
    const input = root.querySelector('input[type=file]') as HTMLInputElement
    Object.defineProperty(input, 'files', { value: [file], configurable: true })
    input.dispatchEvent(new Event('change'))
  }

  it('offers an upload when there is no logo, and passes the saved program up', async () => {
    const withLogo = { ...PROGRAM, logoUrl: '/api/programs/7/logo?v=abcd1234' }
    api.uploadProgramImage.mockResolvedValue(withLogo)
    const { root, changed } = render(PROGRAM)

    expect(root.textContent).toContain('No logo')
    expect(root.textContent).not.toContain('Remove')
    const file = new File(['png'], 'logo.png', { type: 'image/png' })
    pick(root, file)
    await flushPromises()

    expect(api.uploadProgramImage).toHaveBeenCalledWith(7, 'logo', file)
    expect(changed).toEqual([withLogo])
    expect(api.fetchProgramImage).not.toHaveBeenCalled()
  })

  it('previews the current logo with the organizer’s credentials and removes it', async () => {
    api.removeProgramImage.mockResolvedValue(PROGRAM)
    const { root, changed } = render({ ...PROGRAM, logoUrl: '/api/programs/7/logo?v=abcd1234' })
    await flushPromises()

    expect(api.fetchProgramImage).toHaveBeenCalledWith('/api/programs/7/logo?v=abcd1234')
    expect(root.querySelector('img')?.getAttribute('src')).toBe('blob:logo')
    getByRole(root, 'button', 'Remove').click()
    await flushPromises()

    expect(api.removeProgramImage).toHaveBeenCalledWith(7, 'logo')
    expect(changed).toEqual([PROGRAM])
  })

  it('shows the server’s reason when it refuses a file, and changes nothing', async () => {
    api.uploadProgramImage.mockRejectedValue(
      new ApiError({
        status: 415,
        type: 'https://laurel.dev/problems/logo-invalid',
        detail: 'A logo must be a PNG or JPEG image.',
      }),
    )
    const { root, changed } = render(PROGRAM)

    pick(root, new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }))
    await flushPromises()

    expect(changed).toEqual([])
    expect(document.body.textContent).toContain('A logo must be a PNG or JPEG image.')
  })

  it('handles the certificate signature the same way, from the brand’s address and in its own words', async () => {
    const signed = {
      ...PROGRAM,
      brand: { ...NO_BRAND, signatureUrl: '/api/programs/7/signature?v=5e1f0a2b' },
      team: DEFAULT_TEAM,
    }
    api.uploadProgramImage.mockResolvedValue(signed)
    api.removeProgramImage.mockResolvedValue(PROGRAM)
    const { root, changed } = render(PROGRAM, 'signature')

    expect(root.textContent).toContain('No signature')
    const file = new File(['png'], 'signature.png', { type: 'image/png' })
    pick(root, file)
    await flushPromises()
    expect(api.uploadProgramImage).toHaveBeenCalledWith(7, 'signature', file)
    expect(changed).toEqual([signed])

    wrapper?.unmount()
    const again = render(signed, 'signature')
    await flushPromises()
    expect(api.fetchProgramImage).toHaveBeenCalledWith('/api/programs/7/signature?v=5e1f0a2b')
    expect(again.root.querySelector('img')?.getAttribute('alt')).toBe('Signature on the certificates of Expo Award')
    getByRole(again.root, 'button', 'Remove').click()
    await flushPromises()
    expect(api.removeProgramImage).toHaveBeenCalledWith(7, 'signature')
  })

  it('shows a logo and a signature independently of each other', async () => {
    const logoOnly = { ...PROGRAM, logoUrl: '/api/programs/7/logo?v=abcd1234' }
    const { root } = render(logoOnly, 'signature')
    await flushPromises()

    expect(api.fetchProgramImage).not.toHaveBeenCalled()
    expect(root.textContent).toContain('Upload signature')
  })
})
