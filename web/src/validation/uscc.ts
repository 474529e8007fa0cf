// Port of the blocking checks of src/domain/validation/uscc.cc (统一社会信用代码,
// GB 32100-2015, VAL-02): alphabet, length, digits 3–8, and the MOD 31 check character.
// The advisory warnings (unknown authority/type, organisation code check) stay server-side.
import { splitInputChars } from './inputText'
import { fail, type Checked } from './result'

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
// 3^(i-1) mod 31 for positions 1..17.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function usccCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < WEIGHTS.length && i < first17.length; ++i) {
    sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!
}

export function validateUscc(input: string): Checked<{ normalized: string }> {
  const chars = splitInputChars(input)
  if (chars.length === 0) return fail('validation.uscc.empty')
  let text = ''
  for (let i = 0; i < chars.length; ++i) {
    const c = chars[i]!
    const up = c.length === 1 ? c.toUpperCase() : ''
    if (!up || ALPHABET.indexOf(up) < 0) {
      return fail('validation.uscc.illegalChar', { pos: i + 1, char: up || c })
    }
    text += up
  }
  if (text.length !== 18) return fail('validation.uscc.length', { n: text.length })
  for (let i = 2; i < 8; ++i) {
    const c = text[i]!
    if (c < '0' || c > '9') return fail('validation.uscc.regionDigit', { pos: i + 1, char: c })
  }
  const expected = usccCheckChar(text.slice(0, 17))
  if (text[17] !== expected) return fail('validation.uscc.checkChar', { expected, actual: text[17]! })
  return { ok: true, normalized: text }
}
