import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n, currentLocale, setLocale } from './i18n'
import { configureApi } from './api/http'
import { useAuthStore } from './stores/auth'
import { useOrgStore } from './stores/org'
// Styles of the Element Plus services called from scripts (components get theirs on demand).
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import 'element-plus/es/components/notification/style/css'
import 'element-plus/es/components/loading/style/css'
import './styles/main.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)

const auth = useAuthStore(pinia)
configureApi({
  getCsrfToken: () => auth.csrfToken,
  getLanguage: () => currentLocale(),
  onUnauthorized: () => {
    auth.clear()
    useOrgStore(pinia).reset()
    const current = router.currentRoute.value
    if (current.name !== 'login') {
      void router.push({ name: 'login', query: { redirect: current.fullPath, expired: '1' } })
    }
  },
})

app.use(router)
setLocale(currentLocale())
app.mount('#app')
