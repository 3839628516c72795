/// <reference types="vite/client" />

import 'vue-router'

export {}

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /**
     * Requires a signed-in person. An empty list admits anyone signed in; otherwise the
     * person must hold at least one of the listed roles.
     */
    roles?: string[]
    /** i18n key of the page title. */
    titleKey?: string
    /** The header navigation item this page belongs to (highlighted while it is shown). */
    nav?: string
    /** An organizer's work page: tables get the wide layout (--laurel-page-width-wide). */
    wide?: boolean
    /** Shown alone, without the app's header and footer (the live big screen). */
    bare?: boolean
  }
}
