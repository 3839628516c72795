import { onBeforeUnmount, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter, type RouteLocationNormalized } from 'vue-router'
import { ElMessageBox } from 'element-plus'

/**
 * Asks before leaving a page with unsaved changes: in-app navigation gets a confirmation box,
 * closing or reloading the tab the browser's own prompt. `allow` lets some navigations through
 * (e.g. a new record's move to its edit page after the first save).
 */
export function useUnsavedChangesGuard(
  dirty: Ref<boolean>,
  allow: (to: RouteLocationNormalized, from: RouteLocationNormalized) => boolean = () => false,
): void {
  const { t } = useI18n()
  const router = useRouter()

  const removeGuard = router.beforeEach(async (to, from) => {
    if (!dirty.value || allow(to, from) || to.fullPath === from.fullPath) return true
    try {
      await ElMessageBox.confirm(t('common.unsavedText'), t('common.unsavedTitle'), {
        type: 'warning',
        confirmButtonText: t('common.leave'),
        cancelButtonText: t('common.stay'),
      })
      return true
    } catch {
      return false
    }
  })

  function onBeforeUnload(event: BeforeUnloadEvent): void {
    if (!dirty.value) return
    event.preventDefault()
    event.returnValue = ''
  }
  window.addEventListener('beforeunload', onBeforeUnload)

  onBeforeUnmount(() => {
    removeGuard()
    window.removeEventListener('beforeunload', onBeforeUnload)
  })
}
