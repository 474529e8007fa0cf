// Renders validation failures through the real locale files, so the tests can compare the
// UI's messages with the server's (the C++ tests' expected strings).
import { createI18n } from 'vue-i18n'
import zhCN from '@/locales/zh-CN'
import enUS from '@/locales/en-US'
import type { Failure } from '@/validation/result'

const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN, 'en-US': enUS } })

export function zh(f: Failure | { key: string; params: Record<string, string | number> }): string {
  return i18n.global.t(f.key, f.params, { locale: 'zh-CN' })
}

export function en(f: Failure | { key: string; params: Record<string, string | number> }): string {
  return i18n.global.t(f.key, f.params, { locale: 'en-US' })
}

export function expectFailure<T>(r: { ok: true } & T | Failure): Failure {
  if (r.ok) throw new Error('expected a failure, got ' + JSON.stringify(r))
  return r
}
