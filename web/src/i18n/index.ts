// vue-i18n set-up: zh-CN (default) and en-US; the choice is kept in localStorage and sent as
// Accept-Language by the API client. Element Plus follows through elementLocale().
import { createI18n } from 'vue-i18n'
import zhCN from '@/locales/zh-CN'
import enUS from '@/locales/en-US'
import elZhCn from 'element-plus/es/locale/lang/zh-cn'
import elEn from 'element-plus/es/locale/lang/en'

export type AppLocale = 'zh-CN' | 'en-US'
export const LOCALES: readonly AppLocale[] = ['zh-CN', 'en-US']
export const DEFAULT_LOCALE: AppLocale = 'zh-CN'
export const LOCALE_STORAGE_KEY = 'fazhi.locale'

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export function isAppLocale(v: unknown): v is AppLocale {
  return v === 'zh-CN' || v === 'en-US'
}

export function savedLocale(): AppLocale {
  const v = storage()?.getItem(LOCALE_STORAGE_KEY)
  return isAppLocale(v) ? v : DEFAULT_LOCALE
}

export const i18n = createI18n({
  legacy: false,
  globalInjection: true,
  locale: savedLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  missingWarn: false,
  fallbackWarn: false,
})

export function currentLocale(): AppLocale {
  const v = i18n.global.locale.value
  return isAppLocale(v) ? v : DEFAULT_LOCALE
}

export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale
  storage()?.setItem(LOCALE_STORAGE_KEY, locale)
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale
    document.title = i18n.global.t('app.title')
  }
}

export function isEnglish(): boolean {
  return currentLocale() === 'en-US'
}

export function elementLocale(locale: AppLocale) {
  return locale === 'en-US' ? elEn : elZhCn
}

export const t = i18n.global.t
export const te = i18n.global.te
