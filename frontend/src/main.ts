import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus, { ElMessage } from 'element-plus'
import 'element-plus/dist/index.css'
import './styles/main.css'
import App from './App.vue'
import { onSessionExpired, setApiLanguage } from './api/http'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { useAuthStore } from './stores/auth'

const app = createApp(App)
const pinia = createPinia()
const i18n = createAppI18n()
const router = createAppRouter()

app.use(pinia).use(i18n).use(router).use(ElementPlus)

// Every API call asks for the UI's language.
setApiLanguage(() => i18n.global.locale.value)

// A refresh failed: the store has already signed the person out; send them to sign in again.
onSessionExpired(() => {
  const current = router.currentRoute.value
  if (current.name === 'login') return
  ElMessage.warning(i18n.global.t('errors.sessionExpired'))
  void router.replace({
    name: 'login',
    query: current.meta.public ? {} : { redirect: current.fullPath },
  })
})

// Roles may have changed since the last visit: refresh the profile in the background.
const auth = useAuthStore(pinia)
if (auth.isAuthenticated) {
  auth.loadMe().catch(() => {
    // A 401 is handled by the session-expired path; other failures keep the stored profile.
  })
}

app.mount('#app')
