// Vectors of src/domain/validation/phone_test.cc and uscc_test.cc through the TS ports.
import { describe, expect, it } from 'vitest'
import { validatePhone } from '@/validation/phone'
import { usccCheckChar, validateUscc } from '@/validation/uscc'
import { en, expectFailure, zh } from './helpers'

describe('validatePhone', () => {
  it('accepts mobile numbers in common layouts', () => {
    for (const input of ['13812345678', ' 138 1234 5678 ', '138-1234-5678', '+86 138 1234 5678', '+8613812345678', '8613812345678', '008613812345678', '１３８１２３４５６７８']) {
      const r = validatePhone(input)
      expect(r.ok, input).toBe(true)
      if (r.ok) {
        expect(r.normalized).toBe('13812345678')
        expect(r.kind).toBe('mobile')
      }
    }
    expect(validatePhone('19912345678').ok).toBe(true)
  })

  it('rejects a mobile number with a wrong length', () => {
    const f = expectFailure(validatePhone('1381234567'))
    expect(zh(f)).toBe('手机号应为 11 位数字，实际为 10 位')
    expect(en(f)).toBe('A mobile number must have 11 digits; got 10')
  })

  it('rejects a second digit below 3', () => {
    expect(zh(expectFailure(validatePhone('12812345678')))).toContain('第 2 位应为 3–9，实际为 2')
  })

  it('accepts landlines with an area code', () => {
    const cases: [string, string][] = [
      ['023-62345678', '023-62345678'],
      ['(023)62345678', '023-62345678'],
      ['023 62345678', '023-62345678'],
      ['02362345678', '023-62345678'],
      ['010-6234567', '010-6234567'],
      ['0851-6234567', '0851-6234567'],
      ['085162345678', '0851-62345678'],
      ['023-62345678-801', '023-62345678-801'],
    ]
    for (const [input, want] of cases) {
      const r = validatePhone(input)
      expect(r.ok, input).toBe(true)
      if (r.ok) {
        expect(r.normalized).toBe(want)
        expect(r.kind).toBe('landline')
      }
    }
  })

  it('rejects a landline without area code, bad area codes and bad local numbers', () => {
    expect(zh(expectFailure(validatePhone('62345678')))).toContain('固定电话须带区号')
    expect(zh(expectFailure(validatePhone('0123-1234567')))).toContain('区号“0123”无效')
    expect(zh(expectFailure(validatePhone('031-12345678')))).toContain('区号“031”无效')
    expect(zh(expectFailure(validatePhone('023-123456')))).toContain('本地号码应为 7–8 位，实际为 6 位')
    expect(zh(expectFailure(validatePhone('023-02345678')))).toContain('本地号码不能以 0 开头')
    expect(zh(expectFailure(validatePhone('023-12345678')))).toContain('本地号码不能以 1 开头')
    expect(validatePhone('023 1234 5678').ok).toBe(false)
    expect(zh(expectFailure(validatePhone('023-62345678-1234567')))).toContain('分机号最多 6 位')
  })

  it('names the position of an illegal character', () => {
    const f = expectFailure(validatePhone('138a2345678'))
    expect(zh(f)).toContain('第 4 个字符“a”不允许')
    expect(en(f)).toContain("Character 4 ('a')")
  })

  it('rejects empty and foreign numbers', () => {
    expect(zh(expectFailure(validatePhone('  ')))).toBe('联系电话不能为空')
    expect(zh(expectFailure(validatePhone('+1 212 555 0100')))).toContain('+86')
  })
})

describe('validateUscc', () => {
  it('computes check characters of known vectors', () => {
    expect(usccCheckChar('91110000600037341')).toBe('L')
    expect(usccCheckChar('91350100M000100Y4')).toBe('3')
  })
  it('accepts valid codes, upper-cases and trims', () => {
    expect(validateUscc('91110000600037341L').ok).toBe(true)
    expect(validateUscc('91350100M000100Y43').ok).toBe(true)
    const r = validateUscc('  91350100m000100y43\u3000')
    expect(r.ok && r.normalized).toBe('91350100M000100Y43')
  })
  it('rejects a wrong check character', () => {
    const f = expectFailure(validateUscc('91110000600037341M'))
    expect(zh(f)).toBe('统一社会信用代码校验位错误：应为 L，实际为 M')
    expect(en(f)).toBe('Unified social credit code check character is wrong: expected L, got M')
  })
  it('rejects excluded letters naming the position', () => {
    for (const c of ['I', 'O', 'Z', 'S', 'V']) {
      const code = '91110000600037341L'.slice(0, 11) + c + '91110000600037341L'.slice(12)
      expect(zh(expectFailure(validateUscc(code)))).toContain(`第 12 位“${c}”不允许`)
    }
    expect(zh(expectFailure(validateUscc('91110000600o37341L')))).toContain('第 12 位“O”')
    expect(zh(expectFailure(validateUscc('9111-0000600037341L')))).toContain('第 5 位“-”')
  })
  it('rejects wrong length, empty and letters in the division code', () => {
    expect(zh(expectFailure(validateUscc('91110000600037341')))).toBe('统一社会信用代码应为 18 位，实际为 17 位')
    expect(zh(expectFailure(validateUscc(' ')))).toBe('统一社会信用代码不能为空')
    const withCheck = (s: string) => s + usccCheckChar(s)
    expect(zh(expectFailure(validateUscc(withCheck('9111A000600037341'))))).toContain('第 5 位“A”应为数字')
    expect(validateUscc(withCheck('N2500230MA0000001')).ok).toBe(true)
  })
})
