// The signed-in user: user record, permissions and the CSRF token of the session (kept in
// memory only; after a reload GET auth/session gives it back while the cookie lives).
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { authApi } from '@/api/auth'
import type { Permission, SessionInfo, User } from '@/api/types'

const COUNTY_ROLES = new Set(['county_reviewer', 'sysadmin', 'secadmin', 'auditor'])

export const useAuthStore = defineStore('auth', () => {
  const user = ref<User | null>(null)
  const csrfToken = ref<string | null>(null)
  const permissions = ref<Permission[]>([])
  /** true once the session has been probed (restore) or set (login) */
  const ready = ref(false)

  const isLoggedIn = computed(() => user.value !== null)
  /** A county-level user (reads every township of the county). */
  const isCounty = computed(() => {
    const u = user.value
    if (!u) return false
    if (u.unit?.level) return u.unit.level === 'county'
    return COUNTY_ROLES.has(u.role)
  })

  function has(p: Permission): boolean {
    return permissions.value.includes(p)
  }

  function apply(s: SessionInfo) {
    user.value = s.user
    csrfToken.value = s.csrfToken
    permissions.value = Array.isArray(s.permissions) ? s.permissions : []
    ready.value = true
  }

  function clear() {
    user.value = null
    csrfToken.value = null
    permissions.value = []
    ready.value = true
  }

  async function login(username: string, password: string) {
    apply(await authApi.login(username, password))
  }

  /** Probes GET auth/session; a 401 (or any failure) leaves the user signed out. */
  async function restore() {
    try {
      apply(await authApi.session())
    } catch {
      clear()
    }
  }

  async function logout() {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  return { user, csrfToken, permissions, ready, isLoggedIn, isCounty, has, apply, clear, login, restore, logout }
})
