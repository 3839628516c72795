import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import type { VueWrapper } from '@vue/test-utils'
import LiveReveal from './LiveReveal.vue'
import type { Reveal } from '@/api/live'
import { mountComponent } from '@/test/mountComponent'

const REVEAL: Reveal = {
  slotId: 3,
  entryId: 30,
  title: 'Solar sails',
  method: 'TRIMMED_MEAN',
  scores: [
    { judge: 1, name: null, total: 82.5, dropped: false },
    { judge: 2, name: null, total: 70, dropped: true },
    { judge: 3, name: null, total: 95.25, dropped: true },
    { judge: 4, name: null, total: 81, dropped: false },
    { judge: 5, name: null, total: 80.333, dropped: false },
  ],
  finalScore: 81.2777,
}

function cards(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-testid="reveal-score"]'))
}

function shown(root: ParentNode): string[] {
  return cards(root)
    .filter((c) => c.getAttribute('aria-hidden') !== 'true')
    .map((c) =>
      Array.from(c.children)
        .map((part) => (part.textContent ?? '').replace(/\s+/g, ' ').trim())
        .join(' '),
    )
}

describe('LiveReveal', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    vi.useFakeTimers()
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  it('shows the judges one by one, then strikes exactly the dropped scores, then the final to two decimals', async () => {
    const finished = vi.fn()
    const mounted = mountComponent(LiveReveal, { reveal: REVEAL, stepMs: 600, onFinished: finished })
    wrapper = mounted.wrapper
    const { root } = mounted

    expect(shown(root)).toEqual([])
    await vi.advanceTimersByTimeAsync(600)
    expect(shown(root)).toEqual(['Judge 1 82.50'])
    await vi.advanceTimersByTimeAsync(600 * 2)
    expect(shown(root)).toEqual(['Judge 1 82.50', 'Judge 2 70.00', 'Judge 3 95.25'])
    expect(root.querySelector('[data-testid="reveal-final"]')).toBeNull()
    await vi.advanceTimersByTimeAsync(600 * 2)
    expect(shown(root)).toHaveLength(5)
    // Nothing is struck out before every score is on screen.
    expect(cards(root).filter((c) => c.dataset.dropped === 'true')).toHaveLength(0)

    await vi.advanceTimersByTimeAsync(900)
    const struck = cards(root).filter((c) => c.dataset.dropped === 'true')
    expect(struck.map((c) => c.textContent)).toEqual([
      expect.stringContaining('70.00'),
      expect.stringContaining('95.25'),
    ])
    for (const card of struck) expect(card.textContent).toContain('Removed')
    expect(cards(root).filter((c) => c.dataset.dropped === 'false')).toHaveLength(3)
    expect(finished).not.toHaveBeenCalled()

    await vi.advanceTimersByTimeAsync(900)
    expect(root.querySelector('[data-testid="reveal-final"]')?.textContent).toBe('81.28')
    expect(root.textContent).toContain('Highest and lowest removed')
    expect(finished).toHaveBeenCalledTimes(1)
  })

  it('names the judges when the organizer chose to, and speaks Chinese', async () => {
    const named: Reveal = {
      ...REVEAL,
      scores: [
        { judge: 1, name: '李评委', total: 90, dropped: false },
        { judge: 2, name: null, total: 88, dropped: false },
      ],
      finalScore: 89,
      method: 'MEAN',
    }
    const mounted = mountComponent(LiveReveal, { reveal: named, animate: false }, { locale: 'zh-CN' })
    wrapper = mounted.wrapper
    await nextTick()
    expect(shown(mounted.root)).toEqual(['李评委 90.00', '评委 2 88.00'])
    expect(cards(mounted.root).every((c) => c.dataset.dropped === 'false')).toBe(true)
    expect(mounted.root.querySelector('[data-testid="reveal-final"]')?.textContent).toBe('89.00')
  })
})
