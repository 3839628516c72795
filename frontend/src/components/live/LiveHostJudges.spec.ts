import { afterEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import LiveHostJudges from './LiveHostJudges.vue'
import type { HostJudge } from '@/api/live'
import { mountComponent } from '@/test/mountComponent'

describe('LiveHostJudges', () => {
  let wrapper: VueWrapper | undefined

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
  })

  it('counts submitted scorecards against the judges who are not recused', () => {
    const judges: HostJudge[] = [
      { id: 11, number: 1, name: 'Ada', status: 'SUBMITTED' },
      { id: 12, number: 2, name: 'Grace', status: 'DRAFT' },
      { id: 13, number: 3, name: 'Linus', status: 'RECUSED' },
      { id: 14, number: 4, name: 'Barbara', status: 'SUBMITTED' },
    ]
    const mounted = mountComponent(LiveHostJudges, { judges })
    wrapper = mounted.wrapper
    const root = mounted.root
    expect(root.querySelector('[data-testid="host-submitted"]')?.textContent).toBe('2 of 3 submitted')
    const rows = Array.from(root.querySelectorAll('li')).map((li) =>
      Array.from(li.children)
        .map((part) => (part.textContent ?? '').trim())
        .join(' '),
    )
    expect(rows).toEqual(['1 Ada Submitted', '2 Grace Scoring', '3 Linus Recused', '4 Barbara Submitted'])
  })
})
