import { onBeforeUnmount, ref, type Ref } from 'vue'
import { breakpoints } from '@/styles/breakpoints'

/** Reactive match of a CSS media query, e.g. useMediaQuery('(max-width: 768px)'). */
export function useMediaQuery(query: string): Ref<boolean> {
  const supported = typeof window !== 'undefined' && typeof window.matchMedia === 'function'
  const list = supported ? window.matchMedia(query) : null
  const matches = ref(list?.matches ?? false)
  const update = (event: MediaQueryListEvent) => {
    matches.value = event.matches
  }
  list?.addEventListener?.('change', update)
  onBeforeUnmount(() => list?.removeEventListener?.('change', update))
  return matches
}

/** Phone-sized viewport (the layout's single breakpoint). */
export function useIsPhone(): Ref<boolean> {
  return useMediaQuery(breakpoints.md)
}
