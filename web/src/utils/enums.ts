// Labels and select options of enum codes, through the locale files.
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { ENUMS, type EnumName } from '@/constants/enums'

export interface Option {
  value: string
  label: string
}

type Translate = (key: string) => string
type Exists = (key: string) => boolean

export function enumLabelWith(t: Translate, te: Exists, name: EnumName | string, code: string | null | undefined, fallback?: string | null): string {
  if (code === null || code === undefined || code === '') return ''
  const key = `enum.${name}.${code}`
  if (te(key)) return t(key)
  return fallback || code
}

/** Composable: label(name, code, serverLabel?) and options(name). */
export function useEnums() {
  const { t, te, locale } = useI18n()
  const label = (name: EnumName | string, code: string | null | undefined, fallback?: string | null) =>
    enumLabelWith(t, te, name, code, fallback)
  const options = (name: EnumName): ComputedRef<Option[]> =>
    computed(() => {
      void locale.value
      return ENUMS[name].map((code) => ({ value: code, label: label(name, code) }))
    })
  return { label, options }
}
