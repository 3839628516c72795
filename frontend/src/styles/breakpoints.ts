/**
 * The breakpoints of tokens.css for scripts (useMediaQuery). CSS cannot share its custom media
 * with JavaScript, so breakpoints.spec.ts fails when the two lists drift apart.
 */
export const breakpoints = {
  xs: '(max-width: 560px)',
  sm: '(max-width: 640px)',
  md: '(max-width: 768px)',
  lg: '(max-width: 900px)',
  xl: '(max-width: 1100px)',
  xxl: '(max-width: 1200px)',
} as const

export type Breakpoint = keyof typeof breakpoints
