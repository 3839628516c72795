import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import { createMemoryHistory } from 'vue-router'
import type { Component } from 'vue'
import { createAppI18n, type AppLocale } from '@/i18n'
import { createAppRouter } from '@/router'

/** Mounts a view the way the app runs it: real router (memory history), Pinia, i18n and Element Plus. */
export async function mountView(view: Component, path: string, locale: AppLocale = 'en') {
  const pinia = createPinia()
  const router = createAppRouter(createMemoryHistory())
  const i18n = createAppI18n(locale)
  // The router's guard reads the auth store, so Pinia must be installed before navigating.
  const wrapper = mount(view, {
    global: { plugins: [pinia, router, i18n, ElementPlus] },
    attachTo: document.body,
  })
  await router.push(path)
  await router.isReady()
  return { wrapper, router, pinia, i18n, root: wrapper.element.ownerDocument.body }
}
