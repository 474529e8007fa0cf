// el-form rules mirroring the server's field checks (mediation_rules.h, petition_rules.h,
// idcard/phone/uscc). Messages are looked up when a check fails, so they follow the language.
import type { FormItemRule } from 'element-plus'
import { t } from '@/i18n'
import { validateIdCard, todayString } from './idcard'
import { validatePhone } from './phone'
import { validateUscc } from './uscc'
import { yuanToFen } from '@/utils/money'
import type { Checked } from './result'

type Callback = (error?: Error) => void
type Trigger = 'blur' | 'change' | ('blur' | 'change')[]

export function isBlank(v: unknown): boolean {
  if (v === null || v === undefined) return true
  if (typeof v === 'string') return v.trim() === ''
  if (Array.isArray(v)) return v.length === 0
  return false
}

function rule(validator: (value: unknown) => string | null, trigger: Trigger = ['blur', 'change'], required = false): FormItemRule {
  return {
    required,
    trigger,
    validator: (_r: unknown, value: unknown, cb: Callback) => {
      const msg = validator(value)
      if (msg) cb(new Error(msg))
      else cb()
    },
  }
}

function checked<T>(r: Checked<T>): string | null {
  return r.ok ? null : t(r.key, r.params)
}

export const rules = {
  required: (trigger: Trigger = ['blur', 'change']) =>
    rule((v) => (isBlank(v) ? t('validation.required') : null), trigger, true),
  /** Only when `when()` holds, the field is required. */
  requiredWhen: (when: () => boolean, trigger: Trigger = ['blur', 'change']) =>
    rule((v) => (when() && isBlank(v) ? t('validation.required') : null), trigger),
  idCard: (required = false) =>
    rule((v) => {
      if (isBlank(v)) return required ? t('validation.required') : null
      return checked(validateIdCard(String(v), todayString()))
    }, 'blur', required),
  phone: (required = false) =>
    rule((v) => {
      if (isBlank(v)) return required ? t('validation.required') : null
      return checked(validatePhone(String(v)))
    }, 'blur', required),
  uscc: (required = false) =>
    rule((v) => {
      if (isBlank(v)) return required ? t('validation.required') : null
      return checked(validateUscc(String(v)))
    }, 'blur', required),
  /** A date (YYYY-MM-DD) not after today. */
  notFuture: () =>
    rule((v) => (!isBlank(v) && String(v) > todayString() ? t('validation.notFuture') : null), 'change'),
  /** A date not before another field's date (when both are set). */
  notBefore: (other: () => string | null | undefined, otherLabelKey: string) =>
    rule((v) => {
      const o = other()
      return !isBlank(v) && o && String(v) < o ? t('validation.notBefore', { other: t(otherLabelKey) }) : null
    }, 'change'),
  /** An amount of 元 that converts to whole 分 and is ≥ 0. */
  yuan: () =>
    rule((v) => {
      if (isBlank(v)) return null
      const fen = yuanToFen(v as string | number)
      if (fen === null) return t('validation.amountFormat')
      return fen < 0 ? t('validation.nonNegative') : null
    }),
  intRange: (min: number, max?: number) =>
    rule((v) => {
      if (isBlank(v)) return null
      const n = Number(v)
      if (!Number.isInteger(n)) return t('validation.integer')
      if (n < min || (max !== undefined && n > max)) {
        return max === undefined ? t('validation.min', { min }) : t('validation.range', { min, max })
      }
      return null
    }),
  /** Not a masked value (the server rejects a masked number sent back). */
  notMasked: () => rule((v) => (typeof v === 'string' && v.includes('*') ? t('validation.masked') : null), 'blur'),
}

/** el-date-picker disabled-date for "not after today". */
export function disableFuture(d: Date): boolean {
  const today = new Date()
  today.setHours(23, 59, 59, 999)
  return d.getTime() > today.getTime()
}
