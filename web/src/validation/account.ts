// Port of ValidatePasswordPolicy / ValidateUsername (src/domain/org/org.cc) and the
// region-code shape rules (org.h) for the admin forms.
import { fail, type Checked } from './result'

/** At least 10 characters with three of: lower case, upper case, digits, symbols; not the username. */
export function checkPassword(password: string, username = ''): Checked<object> {
  const chars = [...password].length
  if (chars < 10) return fail('validation.password.length', { min: 10, n: chars })
  let lower = false
  let upper = false
  let digit = false
  let symbol = false
  for (const ch of password) {
    if (ch >= 'a' && ch <= 'z') lower = true
    else if (ch >= 'A' && ch <= 'Z') upper = true
    else if (ch >= '0' && ch <= '9') digit = true
    else symbol = true
  }
  const classes = Number(lower) + Number(upper) + Number(digit) + Number(symbol)
  if (classes < 3) return fail('validation.password.classes', { n: classes })
  if (username && password.toLowerCase() === username.toLowerCase()) return fail('validation.password.sameAsUsername')
  return { ok: true }
}

/** 3–32 of [a-z0-9_.-], starting with a letter. */
export function checkUsername(username: string): Checked<object> {
  if (!/^[a-z][a-z0-9_.-]{2,31}$/.test(username)) return fail('validation.username')
  return { ok: true }
}

export type Level = 'county' | 'township' | 'village'

/** The level a 12-digit 统计用区划代码 implies, or null when it is not one. */
export function regionLevelOfCode(code: string): Level | null {
  if (!/^\d{12}$/.test(code) || code.startsWith('00') || code.slice(4, 6) === '00') return null
  if (code.endsWith('000000')) return 'county'
  if (code.endsWith('000')) return 'township'
  if (code.slice(6, 9) === '000') return null
  return 'village'
}

/** A child code of `level` under `parentCode`: the right level and the parent's prefix. */
export function checkRegionCode(code: string, level: Level, parentCode?: string | null): Checked<object> {
  const l = regionLevelOfCode(code)
  if (!l) return fail('validation.regionCode.format')
  if (l !== level) return fail('validation.regionCode.level')
  if (parentCode) {
    const prefix = level === 'township' ? parentCode.slice(0, 6) : level === 'village' ? parentCode.slice(0, 9) : ''
    if (prefix && !code.startsWith(prefix)) return fail('validation.regionCode.parent', { prefix })
  }
  return { ok: true }
}
