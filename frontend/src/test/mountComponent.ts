import { mount } from '@vue/test-utils'
import ElementPlus, { ElForm } from 'element-plus'
import { defineComponent, h, type Component } from 'vue'
import { createAppI18n, type AppLocale } from '@/i18n'

/**
 * Mounts a component with i18n and Element Plus, optionally inside an el-form with labels on top
 * (the way the views place form parts). Props are passed straight through (use
 * 'onUpdate:modelValue' to follow v-model).
 */
export function mountComponent(
  component: Component,
  props: Record<string, unknown> = {},
  options: { locale?: AppLocale; inForm?: boolean; slots?: Record<string, unknown> } = {},
) {
  const i18n = createAppI18n(options.locale ?? 'en')
  const Host = defineComponent({
    name: 'TestHost',
    setup() {
      // Props are read while rendering, so getters in `props` keep them reactive.
      const inner = () => h(component, { ...props }, options.slots as never)
      return () => (options.inForm ? h(ElForm, { labelPosition: 'top' }, { default: inner }) : inner())
    },
  })
  const wrapper = mount(Host, { global: { plugins: [i18n, ElementPlus] }, attachTo: document.body })
  return { wrapper, i18n, root: (wrapper.element as Element).ownerDocument.body }
}
