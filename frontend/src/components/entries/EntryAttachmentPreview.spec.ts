import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import EntryAttachmentPreview from './EntryAttachmentPreview.vue'
import { mountComponent } from '@/test/mountComponent'

const httpBlob = vi.fn()
vi.mock('@/api/http', async (original) => ({
  ...(await original<typeof import('@/api/http')>()),
  httpBlob: (...args: unknown[]) => httpBlob(...args),
}))

describe('EntryAttachmentPreview', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    httpBlob.mockReset()
    URL.createObjectURL = vi.fn(() => 'blob:preview')
    URL.revokeObjectURL = vi.fn()
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(contentType: string, fileName = 'deck.pdf') {
    httpBlob.mockResolvedValue({ blob: new Blob(['x']), filename: fileName, contentType })
    const mounted = mountComponent(EntryAttachmentPreview, {
      entryId: 4,
      attachment: { id: 9, fileName, contentType },
    })
    wrapper = mounted.wrapper
    await flushPromises()
    return mounted.root
  }

  it('shows a PDF in the browser viewer from a blob pinned to application/pdf, fetched from the preview address', async () => {
    const root = await render('application/pdf')
    expect(httpBlob).toHaveBeenCalledWith('/entries/4/attachments/9/preview')
    const frame = root.querySelector('iframe')!
    // Chromium will not run its PDF viewer in a sandboxed frame; the blob's pinned type keeps script out.
    expect(frame.hasAttribute('sandbox')).toBe(false)
    expect(frame.getAttribute('src')).toBe('blob:preview')
    expect(frame.getAttribute('title')).toBe('Preview of deck.pdf')
  })

  it('shows an image as an image', async () => {
    const root = await render('image/png', 'team.png')
    expect(root.querySelector('iframe')).toBeNull()
    expect(root.querySelector('img')?.getAttribute('alt')).toBe('team.png')
  })

  it('never shows a type outside the allowed ones, whatever the server says', async () => {
    const root = await render('image/svg+xml', 'logo.svg')
    expect(root.querySelector('iframe, img')).toBeNull()
    expect(root.textContent).toContain('cannot be shown here')
  })

  it('releases the blob when it goes away', async () => {
    await render('application/pdf')
    wrapper!.unmount()
    wrapper = undefined
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:preview')
  })
})
