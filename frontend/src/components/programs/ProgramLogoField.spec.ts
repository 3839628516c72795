import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import ProgramLogoField from './ProgramLogoField.vue'
import { mountComponent } from '@/test/mountComponent'
import { getByRole } from '@/test/dom'
import { ApiError } from '@/api/http'
import type { ProgramView } from '@/api/programs'

const api = vi.hoisted(() => ({
  uploadProgramLogo: vi.fn(),
  removeProgramLogo: vi.fn(),
  fetchProgramLogo: vi.fn(),
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
  i18n: { title: { 'zh-CN': 'Expo Award', en: 'Expo Award' }, description: { 'zh-CN': '', en: '' } },
} satisfies ProgramView

describe('ProgramLogoField', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:logo'), revokeObjectURL: vi.fn() }))
    api.fetchProgramLogo.mockResolvedValue(new Blob(['png']))
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.clearAllMocks()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  function render(program: ProgramView) {
    const changed: ProgramView[] = []
    const mounted = mountComponent(ProgramLogoField, { program, onChanged: (p: ProgramView) => changed.push(p) })
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
    api.uploadProgramLogo.mockResolvedValue(withLogo)
    const { root, changed } = render(PROGRAM)

    expect(root.textContent).toContain('No logo')
    expect(root.textContent).not.toContain('Remove')
    const file = new File(['png'], 'logo.png', { type: 'image/png' })
    pick(root, file)
    await flushPromises()

    expect(api.uploadProgramLogo).toHaveBeenCalledWith(7, file)
    expect(changed).toEqual([withLogo])
    expect(api.fetchProgramLogo).not.toHaveBeenCalled()
  })

  it('previews the current logo with the organizer’s credentials and removes it', async () => {
    api.removeProgramLogo.mockResolvedValue(PROGRAM)
    const { root, changed } = render({ ...PROGRAM, logoUrl: '/api/programs/7/logo?v=abcd1234' })
    await flushPromises()

    expect(api.fetchProgramLogo).toHaveBeenCalledWith('/api/programs/7/logo?v=abcd1234')
    expect(root.querySelector('img')?.getAttribute('src')).toBe('blob:logo')
    getByRole(root, 'button', 'Remove').click()
    await flushPromises()

    expect(api.removeProgramLogo).toHaveBeenCalledWith(7)
    expect(changed).toEqual([PROGRAM])
  })

  it('shows the server’s reason when it refuses a file, and changes nothing', async () => {
    api.uploadProgramLogo.mockRejectedValue(
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
})
