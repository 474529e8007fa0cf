// Port of src/domain/validation/idcard.cc (居民身份证号码, GB 11643-1999, VAL-01):
// trims, folds full-width digits, accepts a lower-case x, converts a legacy 15-digit number,
// and reports the first problem (empty, illegal character and its position, length, birth
// date not real or after today, check character) as a message key with parameters that
// render to the same zh-CN/en-US text as the server's messages.
import { splitInputChars, isDigitChar } from './inputText'
import { fail, type Checked, type Notice } from './result'

// Weights 2^(17-i) mod 11 for positions 1..17.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
// (12 - S mod 11) mod 11, indexed by S mod 11; 10 is written X.
const CHECK_CHARS = '10X98765432'

// Province-level prefixes of GB/T 2260 (81/82/83: 港澳台居民居住证 numbers).
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34',
  '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52',
  '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83',
])

export interface IdCardInfo {
  normalized18: string
  birthDate: string // YYYY-MM-DD
  gender: 'male' | 'female'
  convertedFrom15: boolean
  regionPrefix: string
  warnings: Notice[]
}

/** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
export function idCardCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < WEIGHTS.length && i < first17.length; ++i) {
    sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!
  }
  return CHECK_CHARS[sum % 11]!
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

export function formatDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return d <= days[m - 1]!
}

/** Today as YYYY-MM-DD in local time. */
export function todayString(now: Date = new Date()): string {
  return formatDate(now.getFullYear(), now.getMonth() + 1, now.getDate())
}

export function validateIdCard(input: string, today: string = todayString()): Checked<IdCardInfo> {
  const chars = splitInputChars(input)
  if (chars.length === 0) return fail('validation.idcard.empty')
  for (let i = 0; i < chars.length; ++i) {
    const c = chars[i]!
    if (!isDigitChar(c) && c !== 'X' && c !== 'x') {
      return fail('validation.idcard.illegalChar', { pos: i + 1, char: c })
    }
  }
  const n = chars.length
  if (n !== 18 && n !== 15) return fail('validation.idcard.length', { n })
  for (let i = 0; i < n; ++i) {
    if (!isDigitChar(chars[i]!) && !(n === 18 && i === 17)) {
      return fail('validation.idcard.xPosition', { pos: i + 1, char: chars[i]! })
    }
  }
  const text = chars.join('')
  const convertedFrom15 = n === 15
  const birthText = convertedFrom15 ? '19' + text.slice(6, 12) : text.slice(6, 14)
  const birthLastPos = convertedFrom15 ? 12 : 14
  const y = Number(birthText.slice(0, 4))
  const m = Number(birthText.slice(4, 6))
  const d = Number(birthText.slice(6, 8))
  if (!isRealDate(y, m, d)) {
    return fail('validation.idcard.birthInvalid', { birth: birthText, last: birthLastPos })
  }
  const birth = formatDate(y, m, d)
  if (birth > today) return fail('validation.idcard.birthFuture', { birth, today })

  const warnings: Notice[] = []
  let normalized18: string
  if (convertedFrom15) {
    const first17 = text.slice(0, 6) + '19' + text.slice(6, 15)
    normalized18 = first17 + idCardCheckChar(first17)
    warnings.push({ key: 'validation.idcard.converted', params: { normalized: normalized18 } })
  } else {
    const actual = text[17] === 'x' ? 'X' : text[17]!
    const expected = idCardCheckChar(text.slice(0, 17))
    if (actual !== expected) return fail('validation.idcard.checkChar', { expected, actual })
    normalized18 = text.slice(0, 17) + actual
  }
  const province = normalized18.slice(0, 2)
  if (!PROVINCES.has(province)) {
    warnings.push({ key: 'validation.idcard.unknownProvince', params: { province } })
  }
  return {
    ok: true,
    normalized18,
    birthDate: birth,
    gender: (normalized18.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female',
    convertedFrom15,
    regionPrefix: normalized18.slice(0, 6),
    warnings,
  }
}

/** "11010519491231002X" → "110105********002X" (masking as the server does, MaskIdCard). */
export function maskIdCard(idNumber: string): string {
  const chars = splitInputChars(idNumber)
  const n = chars.length
  let head = 0
  let tail = 0
  if (n === 18 || n === 15) {
    head = 6
    tail = 4
  } else if (n > 8) {
    tail = 4
  }
  return chars
    .map((c, i) => (i < head || i + tail >= n ? (c === 'x' ? 'X' : c) : '*'))
    .join('')
}

/** Age in whole years on `on` (both YYYY-MM-DD), port of domain AgeOn: it goes up on the
 *  birthday (a 29 February birthday counts as 28 February in common years); negative when
 *  `on` precedes `birth`. */
export function ageOn(birth: string, on: string): number {
  const by = Number(birth.slice(0, 4))
  const bm = Number(birth.slice(5, 7))
  let bd = Number(birth.slice(8, 10))
  const oy = Number(on.slice(0, 4))
  if (!isRealDate(oy, bm, bd)) bd = 28
  let years = oy - by
  if (on < formatDate(oy, bm, bd)) --years
  return years
}

/** True when the text looks masked by the server (contains '*'): never sent back. */
export function isMasked(value: string | null | undefined): boolean {
  return !!value && value.includes('*')
}
