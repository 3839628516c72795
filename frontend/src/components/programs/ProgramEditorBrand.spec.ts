import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { reactive } from 'vue'
import ProgramEditorBrand from './ProgramEditorBrand.vue'
import { mountComponent } from '@/test/mountComponent'
import { fieldErrorText, getByLabelText, getByRole, type } from '@/test/dom'
import { DEFAULT_TEAM, NO_BRAND } from '@/test/fixtures/brand'
import type { ProgramView } from '@/api/programs'
import { emptyBrand, type BrandForm } from '@/utils/programForm'

vi.mock('@/api/programs', async (original) => ({
  ...(await original<object>()),
  fetchProgramImage: vi.fn(async () => new Blob(['png'])),
}))

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
  brand: { ...NO_BRAND, accentColor: '#0B4F4A', accentText: '#FFFFFF' },
  team: DEFAULT_TEAM,
  event: null,
  i18n: { title: { 'zh-CN': 'Expo Award', en: 'Expo Award' }, description: { 'zh-CN': '', en: '' } },
} satisfies ProgramView

describe('ProgramEditorBrand', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(brand: BrandForm, program: ProgramView | null = PROGRAM, errors: Record<string, string> = {}) {
    const state = reactive({ brand, cleared: [] as string[] })
    const mounted = mountComponent(
      ProgramEditorBrand,
      {
        get modelValue() {
          return state.brand
        },
        'onUpdate:modelValue': (next: BrandForm) => (state.brand = next),
        program,
        errors,
        onClearError: (path: string) => state.cleared.push(path),
      },
      { inForm: true },
    )
    wrapper = mounted.wrapper
    await flushPromises() // Element Plus gives inputs their ids once mounted
    return { root: mounted.root, state }
  }

  const preview = (root: Element) => getByRole(root, 'img', 'Preview')

  it('previews the saved accent with the text colour the server chose for it', async () => {
    const { root } = await render({ ...emptyBrand(), accentColor: '#0B4F4A' })

    expect(getByLabelText(root, 'Accent colour').value).toBe('#0B4F4A')
    expect(preview(root).style.background).toMatch(/#0B4F4A|rgb\(11, 79, 74\)/i)
    expect(preview(root).style.color).toMatch(/#FFFFFF|rgb\(255, 255, 255\)/i)
    expect(preview(root).textContent).toContain('Apply now')
  })

  it('shows only the colour of an unsaved accent, and says the text colour comes with the save', async () => {
    const { root, state } = await render({ ...emptyBrand(), accentColor: '#0B4F4A' })

    await type(getByLabelText(root, 'Accent colour'), '#ffd400')

    expect(state.brand.accentColor).toBe('#FFD400')
    expect(state.cleared).toContain('brand.accentColor')
    expect(preview(root).style.background).toMatch(/#FFD400|rgb\(255, 212, 0\)/i)
    expect(preview(root).style.color).toBe('transparent')
    expect(root.textContent).toContain('Save to see the text colour the server picks for readability.')
  })

  it('clears the accent back to Laurel’s colours', async () => {
    const { root, state } = await render({ ...emptyBrand(), accentColor: '#0B4F4A' })

    await type(getByLabelText(root, 'Accent colour'), '')

    expect(state.brand.accentColor).toBeNull()
    expect(root.textContent).toContain('No accent colour: Laurel’s colours are used.')
  })

  it('places the server’s sentence on the accent field', async () => {
    const { root } = await render({ ...emptyBrand(), accentColor: 'blue' }, PROGRAM, {
      'brand.accentColor': 'brand.accentColor must be a colour written #RRGGBB',
    })

    // Element Plus renders a form item's message on its own tick.
    await vi.waitFor(
      () => expect(fieldErrorText(root, 'Accent colour')).toContain('must be a colour written #RRGGBB'),
      { timeout: 3000 },
    )
  })

  it('edits the signer in both languages side by side', async () => {
    const { root, state } = await render(emptyBrand())

    await type(getByLabelText(getByRole(root, 'group', 'Signer’s name'), '中文'), '王芳')
    await type(getByLabelText(getByRole(root, 'group', 'Signer’s title'), 'English'), 'Jury chair')

    expect(state.brand.signerName).toEqual({ 'zh-CN': '王芳', en: '' })
    expect(state.brand.signerTitle).toEqual({ 'zh-CN': '', en: 'Jury chair' })
  })

  it('offers the signature upload once the program is saved', async () => {
    const unsaved = await render(emptyBrand(), null)
    expect(unsaved.root.textContent).toContain('Save the program first to add a signature.')
    wrapper?.unmount()
    document.body.innerHTML = ''

    const saved = await render(emptyBrand())
    expect(getByRole(saved.root, 'button', 'Upload signature')).toBeTruthy()
  })
})
