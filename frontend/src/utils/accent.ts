// A program's accent colour on its own pages (public page, apply, the applicant's entry pages)
// and the big screen. The colours are the server's: `accentText` is chosen there by contrast, so
// nothing here re-derives which text reads on the accent.

/** The part of a program's brand (or a live state) that colours a page. */
export interface Accent {
  accentColor: string | null
  accentText: string | null
}

/** What a branded page's root binds: the marker class and the two custom properties, or nothing. */
export interface AccentBinding {
  class?: string
  style?: Record<string, string>
}

const HEX = /^#[0-9a-fA-F]{6}$/

/**
 * `v-bind` for the root of a page of the program: `--program-accent` and `--program-accent-text`
 * plus the `has-program-accent` class that main.css keys the primary buttons on. Without an
 * accent (or with a value that is not a colour) the page keeps the house colours.
 */
export function accentBinding(accent: Accent | null | undefined): AccentBinding {
  const color = accent?.accentColor
  const text = accent?.accentText
  if (!color || !text || !HEX.test(color) || !HEX.test(text)) return {}
  return {
    class: 'has-program-accent',
    style: { '--program-accent': color, '--program-accent-text': text },
  }
}
