import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import WinnersOutcomeCard from './WinnersOutcomeCard.vue'
import type { Outcome } from '@/api/awards'
import { createAppI18n, type AppLocale } from '@/i18n'
import { routes } from '@/router'

const AWARDED: Outcome = {
  entryId: 9,
  status: 'AWARDED',
  tier: 'Gold',
  announcementVersion: 1,
  publishedAt: '2025-03-01T09:00:00Z',
  certificateCode: 'D9K9-JQFK-3AQ2',
  feedbackReleased: true,
  feedback: [
    { roundName: 'Online review', judgeNumber: 2, judgeName: null, text: 'Tested on site.' },
    { roundName: 'Online review', judgeNumber: 1, judgeName: null, text: 'Clear and useful.' },
    { roundName: 'Final roadshow', judgeNumber: 1, judgeName: 'Dr. Wu', text: 'A strong pitch.' },
  ],
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe('WinnersOutcomeCard', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  async function render(outcome: Outcome, locale: AppLocale = 'en') {
    const router = createRouter({ history: createMemoryHistory(), routes })
    await router.push('/')
    wrapper = mount(WinnersOutcomeCard, {
      props: { outcome, programSlug: 'dev-cup' },
      global: { plugins: [router, createAppI18n(locale), ElementPlus] },
      attachTo: document.body,
    })
    return wrapper.element as HTMLElement
  }

  it('shows the award, the certificate and its verification, and labels blind feedback “Judge n”', async () => {
    const root = await render(AWARDED)
    expect(text(root.querySelector('h2'))).toBe('Your entry won Gold')
    const pdf = Array.from(root.querySelectorAll('a')).find((a) => text(a) === 'Download certificate (PDF)')
    expect(pdf?.getAttribute('href')).toBe('/api/certificates/D9K9-JQFK-3AQ2')
    const verify = Array.from(root.querySelectorAll('a')).find((a) => text(a) === 'Verify')
    expect(verify?.getAttribute('href')).toBe('/certificates/D9K9-JQFK-3AQ2')

    const online = root.querySelector('ul[aria-label="Online review"]')!
    const said = (list: Element) =>
      Array.from(list.querySelectorAll('li')).map((li) => [text(li.querySelector('span')), text(li.querySelector('p'))])
    expect(said(online)).toEqual([
      ['Judge 1', 'Clear and useful.'],
      ['Judge 2', 'Tested on site.'],
    ])
    // Named where the round was not blind.
    expect(said(root.querySelector('ul[aria-label="Final roadshow"]')!)).toEqual([['Dr. Wu', 'A strong pitch.']])
  })

  it('labels judges in Chinese too', async () => {
    const root = await render(AWARDED, 'zh-CN')
    expect(text(root.querySelector('ul[aria-label="Online review"]'))).toContain('评委 1')
  })

  it('says kindly when the entry did not win, and when feedback was not released', async () => {
    const root = await render({
      ...AWARDED,
      status: 'NOT_AWARDED',
      tier: null,
      certificateCode: null,
      feedbackReleased: false,
      feedback: [],
    })
    expect(text(root)).toContain('Thank you for taking part')
    expect(text(root)).toContain('Not among the winners this time')
    expect(text(root)).not.toContain('Download certificate')
    expect(text(root)).toContain('The organizers have not released the judges’ feedback.')
  })

  it('says when feedback was released but none was written', async () => {
    const root = await render({ ...AWARDED, feedback: [] })
    expect(text(root)).toContain('The judges left no written feedback for your entry.')
  })
})
