import { describe, expect, it } from 'vitest'
import { breakpoints } from './breakpoints'

// Vitest stubs CSS imports (even ?raw), so the spec reads tokens.css from disk, relative to frontend/
// where Vitest runs. The app's types leave Node's out, hence the untyped import by name.
const fsModule = 'node:fs'

describe('breakpoints', () => {
  it('match the custom media of tokens.css', async () => {
    const fs = (await import(/* @vite-ignore */ fsModule)) as { readFileSync(path: string, encoding: 'utf8'): string }
    const tokens = fs.readFileSync('src/styles/tokens.css', 'utf8')
    const declared = Object.fromEntries(
      [...tokens.matchAll(/@custom-media --bp-(\w+) (\([^;]+\));/g)].map((m) => [m[1], m[2]]),
    )
    expect(declared).toEqual(breakpoints)
  })
})
