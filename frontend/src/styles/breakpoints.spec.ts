import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { breakpoints } from './breakpoints'

describe('breakpoints', () => {
  it('match the custom media of tokens.css', () => {
    const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8')
    const declared = Object.fromEntries(
      [...css.matchAll(/@custom-media --bp-(\w+) (\([^;]+\));/g)].map((m) => [m[1], m[2]]),
    )
    expect(declared).toEqual(breakpoints)
  })
})
