// The router. The guard restores the session once (GET auth/session), sends signed-out
// users to the login page and users without the permission to their home page.
import { createRouter, createWebHistory } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { allows, homePath } from '@/permissions/menu'
import { routes } from './routes'

export { routes }

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
})

router.beforeEach(async (to) => {
  const auth = useAuthStore()
  if (!auth.ready) await auth.restore()
  if (to.meta.public) {
    if (to.name === 'login' && auth.isLoggedIn) return homePath(auth.permissions)
    return true
  }
  if (!auth.isLoggedIn) {
    return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} }
  }
  if (to.name === 'home') return homePath(auth.permissions)
  if (!allows(to.meta.anyOf, auth.permissions)) {
    const home = homePath(auth.permissions)
    return to.path === home ? { name: 'forbidden' } : home
  }
  return true
})
