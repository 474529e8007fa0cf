// Port of src/domain/validation/phone.cc: a mainland mobile number (11 digits, 1[3-9]…,
// optionally +86/0086/86 and grouped) or a landline with its area code (010, 02X, 0[3-9]XX),
// a 7–8 digit local number starting 2–9 and an optional extension of 1–6 digits.
import { splitInputChars, isDigitChar } from './inputText'
import { fail, type Checked } from './result'

export interface PhoneNumber {
  normalized: string // "13812345678" or "023-12345678[-ext]"
  kind: 'mobile' | 'landline'
}

const SEPARATORS = new Set(['-', ' ', '(', ')'])

export function validatePhone(input: string): Checked<PhoneNumber> {
  const chars = splitInputChars(input)
  if (chars.length === 0) return fail('validation.phone.empty')
  let start = 0
  if (chars[0] === '+') {
    if (chars.length < 3 || chars[1] !== '8' || chars[2] !== '6') return fail('validation.phone.foreign')
    start = 3
  }
  let groups: string[] = []
  let inGroup = false
  for (let i = start; i < chars.length; ++i) {
    const c = chars[i]!
    if (isDigitChar(c)) {
      if (!inGroup) groups.push('')
      groups[groups.length - 1] += c
      inGroup = true
    } else if (SEPARATORS.has(c)) {
      inGroup = false
    } else {
      return fail('validation.phone.illegalChar', { pos: i + 1, char: c })
    }
  }
  let all = groups.join('')
  if (!all) return fail('validation.phone.noDigits')
  if (start === 0 && all.length === 15 && all.startsWith('00861')) {
    all = all.slice(4)
    groups = [all]
  } else if (start === 0 && all.length === 13 && all.startsWith('861')) {
    all = all.slice(2)
    groups = [all]
  }
  if (all[0] === '1') {
    if (all.length !== 11) return fail('validation.phone.mobileLength', { n: all.length })
    if (all[1]! < '3') return fail('validation.phone.mobileSecond', { digit: all[1]! })
    return { ok: true, normalized: all, kind: 'mobile' }
  }
  if (all[0] !== '0') return fail('validation.phone.needAreaCode')
  let area: string
  let local: string
  let ext = ''
  if (groups.length === 1) {
    const g = groups[0]!
    const areaLen = g.startsWith('01') || g.startsWith('02') ? 3 : 4
    if (g.length <= areaLen) return fail('validation.phone.noLocal')
    area = g.slice(0, areaLen)
    local = g.slice(areaLen)
  } else if (groups.length <= 3) {
    area = groups[0]!
    local = groups[1]!
    if (groups.length === 3) ext = groups[2]!
  } else {
    return fail('validation.phone.layout')
  }
  const areaOk = (area.length === 3 && (area === '010' || area[1] === '2')) || (area.length === 4 && area[1]! >= '3')
  if (!areaOk) return fail('validation.phone.areaCode', { area })
  if (local.length < 7 || local.length > 8) return fail('validation.phone.localLength', { n: local.length })
  if (local[0]! < '2') return fail('validation.phone.localStart', { digit: local[0]! })
  if (ext.length > 6) return fail('validation.phone.extLength', { n: ext.length })
  return { ok: true, normalized: ext ? `${area}-${local}-${ext}` : `${area}-${local}`, kind: 'landline' }
}
