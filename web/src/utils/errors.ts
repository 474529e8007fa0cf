// Showing API errors: the server's message (already in the UI language, Accept-Language),
// or a generic text by status when the body had none.
import { ElMessage } from 'element-plus'
import { ApiError } from '@/api/http'
import { t } from '@/i18n'

export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.message) return e.message
    if (e.status === 0) return t('errors.network')
    const key = `errors.status.${e.status}`
    const text = t(key)
    return text !== key ? text : t('errors.generic', { status: e.status })
  }
  if (e instanceof Error && e.message) return e.message
  return t('errors.unknown')
}

export function notifyError(e: unknown): void {
  if (e instanceof ApiError && e.status === 401) return // the app goes to the login page
  ElMessage({ type: 'error', message: errorMessage(e), showClose: true, duration: 5000 })
}
