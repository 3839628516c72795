import { ElMessage } from 'element-plus'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { useAuthStore } from '@/stores/auth'

/** Signs out (ending the session on the server too), says so, and returns to the home page. */
export function useSignOut(): () => void {
  const auth = useAuthStore()
  const router = useRouter()
  const { t } = useI18n()
  return () => {
    void auth.signOut()
    ElMessage.success(t('nav.signedOut'))
    void router.push({ name: 'home' })
  }
}
