import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import CertificateVerifyView from './CertificateVerifyView.vue'
import type { CertificateCheck } from '@/api/awards'
import { mountView } from '@/test/mountView'
import { fieldErrorText, getAllByRole, jsonResponse } from '@/test/dom'

const WAIT = { timeout: 5000 }

const CHECK: CertificateCheck = {
  code: 'D9K9-JQFK-3AQ2',
  valid: true,
  current: true,
  programTitle: 'Dev Cup 2025',
  programSlug: 'dev-cup',
  tier: 'Gold',
  entryTitle: 'LiveCaption',
  organization: 'Photon Labs',
  version: 1,
  issuedAt: '2025-03-01T09:00:00Z',
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('CertificateVerifyView', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => localStorage.clear())

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  async function open(path: string, check: CertificateCheck | null) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        check && url === `/api/public/certificates/${check.code}`
          ? jsonResponse(200, check)
          : jsonResponse(404, { status: 404, title: 'Not found', detail: 'No certificate has the code.' }),
      ),
    )
    const mounted = await mountView(CertificateVerifyView, path)
    wrapper = mounted.wrapper
    const root = mounted.root as HTMLElement
    await flushPromises()
    return { ...mounted, root }
  }

  const result = (root: ParentNode) => root.querySelector('[data-testid="certificate-result"]')

  it('confirms a valid, current certificate with its details', async () => {
    const { root } = await open('/certificates/D9K9-JQFK-3AQ2', CHECK)
    await vi.waitFor(() => expect(text(result(root))).toContain('Valid certificate'), WAIT)
    expect(text(result(root))).toContain('Gold')
    expect(text(result(root))).toContain('LiveCaption')
    expect(text(result(root))).toContain('Photon Labs')
    expect(result(root)?.querySelector('a[href="/api/certificates/D9K9-JQFK-3AQ2"]')).not.toBeNull()
  })

  it('says when a later correction superseded the certificate', async () => {
    const { root } = await open('/certificates/D9K9-JQFK-3AQ2', { ...CHECK, current: false })
    await vi.waitFor(() => expect(text(result(root))).toContain('Superseded by a correction'), WAIT)
    expect(text(result(root))).toContain('issued with version 1')
  })

  it('says when no certificate has the code', async () => {
    const { root } = await open('/certificates/NOPE-NOPE', null)
    await vi.waitFor(() => expect(text(result(root))).toContain('No certificate has this code'), WAIT)
  })

  it('asks for a code before checking one', async () => {
    const { root } = await open('/certificates', null)
    expect(result(root)).toBeNull()
    getAllByRole(root, 'button')
      .find((b) => text(b) === 'Verify')!
      .click()
    await vi.waitFor(
      () => expect(fieldErrorText(root, 'Certificate code')).toContain('Please type a certificate code.'),
      WAIT,
    )
  })
})
