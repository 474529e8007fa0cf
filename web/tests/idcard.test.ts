// The same vectors as src/domain/validation/idcard_test.cc (VAL-01), through the TS port.
import { describe, expect, it } from 'vitest'
import { idCardCheckChar, maskIdCard, validateIdCard, isRealDate } from '@/validation/idcard'
import { en, expectFailure, zh } from './helpers'

const TODAY = '2025-06-01'
const withCheck = (first17: string) => first17 + idCardCheckChar(first17)
function ok(input: string) {
  const r = validateIdCard(input, TODAY)
  if (!r.ok) throw new Error(`${input}: ${zh(r)}`)
  return r
}
const bad = (input: string) => expectFailure(validateIdCard(input, TODAY))

describe('IdCardCheck', () => {
  it('computes the check character of known vectors', () => {
    expect(idCardCheckChar('11010519491231002')).toBe('X')
    expect(idCardCheckChar('36042619910101007')).toBe('1')
    expect(idCardCheckChar('44052418800101001')).toBe('4')
  })
})

describe('IdCardValidate', () => {
  it('accepts every valid vector of the rules', () => {
    const a = ok('11010519491231002X')
    expect(a.normalized18).toBe('11010519491231002X')
    expect(a.birthDate).toBe('1949-12-31')
    expect(a.gender).toBe('female')
    expect(a.convertedFrom15).toBe(false)
    expect(a.regionPrefix).toBe('110105')
    expect(a.warnings).toEqual([])

    const b = ok('360426199101010071')
    expect(b.birthDate).toBe('1991-01-01')
    expect(b.gender).toBe('male')
    expect(b.regionPrefix).toBe('360426')

    const c = ok('440524188001010014')
    expect(c.birthDate).toBe('1880-01-01')
    expect(c.gender).toBe('male')
  })

  it('converts a legacy 15-digit number', () => {
    const r = ok('110105491231002')
    expect(r.normalized18).toBe('11010519491231002X')
    expect(r.convertedFrom15).toBe(true)
    expect(r.birthDate).toBe('1949-12-31')
    expect(r.gender).toBe('female')
    expect(r.warnings).toHaveLength(1)
    expect(zh(r.warnings[0]!)).toContain('11010519491231002X')
  })

  it('normalises a lower-case x and surrounding space', () => {
    expect(ok('  11010519491231002x\t').normalized18).toBe('11010519491231002X')
  })

  it('folds full-width digits', () => {
    expect(ok('１１０１０５１９４９１２３１００２Ｘ').normalized18).toBe('11010519491231002X')
  })

  it('rejects a wrong check character naming expected and actual', () => {
    const f = bad('110105194912310025')
    expect(zh(f)).toBe('身份证号校验位错误：应为 X，实际为 5')
    expect(en(f)).toBe('ID number check character is wrong: expected X, got 5')
  })

  it('rejects a wrong length', () => {
    const f = bad('11010519491231002')
    expect(zh(f)).toBe('身份证号应为 18 位（旧版为 15 位），实际为 17 位')
    expect(en(f)).toContain('got 17')
    expect(zh(bad('11010519491231002X1'))).toContain('实际为 19 位')
  })

  it('rejects empty input', () => {
    for (const input of ['', '   ', '\u3000']) {
      const f = bad(input)
      expect(zh(f)).toBe('身份证号不能为空')
      expect(en(f)).toBe('ID number is empty')
    }
  })

  it('names the position of an illegal character', () => {
    const letter = bad('1101051949123100A2')
    expect(zh(letter)).toContain('第 17 位“A”不是数字')
    expect(en(letter)).toContain("character 17 ('A') is not a digit")
    expect(zh(bad('11010519491231002号'))).toContain('第 18 位“号”')
    expect(zh(bad('110105 19491231002X'))).toContain('第 7 位“ ”')
  })

  it('accepts X only as the 18th character', () => {
    expect(zh(bad('1101051949X231002X'))).toContain('第 11 位“X”不是数字')
    expect(zh(bad('11010549123100X'))).toContain('第 15 位“X”不是数字')
  })

  it('rejects a birth date that is not real', () => {
    const f = bad('110105194902300000')
    expect(zh(f)).toBe('身份证号中的出生日期 19490230（第 7 至 14 位）不是真实存在的日期')
    expect(en(f)).toBe('ID number birth date 19490230 (characters 7-14) is not a real calendar date')
    expect(zh(bad('110105491301002'))).toContain('19491301（第 7 至 12 位）')
    expect(zh(bad('110105190002290000'))).toContain('19000229')
  })

  it('accepts a leap-day birth', () => {
    expect(ok(withCheck('11010520000229001')).birthDate).toBe('2000-02-29')
  })

  it('rejects a birth date after today', () => {
    const f = bad(withCheck('11010520250602001'))
    expect(zh(f)).toBe('身份证号中的出生日期 2025-06-02 晚于今天（2025-06-01）')
    expect(en(f)).toBe('ID number birth date 2025-06-02 is after today (2025-06-01)')
    expect(validateIdCard(withCheck('11010520250601001'), TODAY).ok).toBe(true)
  })

  it('warns on an unknown province prefix but accepts', () => {
    const r = ok(withCheck('99010519491231002'))
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0]!.key).toBe('validation.idcard.unknownProvince')
    expect(zh(r.warnings[0]!)).toContain('99')
  })

  it('derives the gender from the sequence digit', () => {
    expect(ok(withCheck('11010519800101003')).gender).toBe('male')
    expect(ok(withCheck('11010519800101004')).gender).toBe('female')
  })
})

describe('IdCardMask', () => {
  it('keeps the first six and last four', () => {
    expect(maskIdCard('11010519491231002X')).toBe('110105********002X')
    expect(maskIdCard('11010519491231002x')).toBe('110105********002X')
    expect(maskIdCard(' 360426199101010071 ')).toBe('360426********0071')
    expect(maskIdCard('110105491231002')).toBe('110105*****1002')
  })
  it('masks other lengths conservatively', () => {
    expect(maskIdCard('')).toBe('')
    expect(maskIdCard('123')).toBe('***')
    expect(maskIdCard('12345678')).toBe('********')
    expect(maskIdCard('123456789')).toBe('*****6789')
    expect(maskIdCard('护照E1234567')).toBe('******4567')
  })
})

describe('isRealDate', () => {
  it('knows leap years', () => {
    expect(isRealDate(2000, 2, 29)).toBe(true)
    expect(isRealDate(1900, 2, 29)).toBe(false)
    expect(isRealDate(2024, 2, 29)).toBe(true)
    expect(isRealDate(2025, 4, 31)).toBe(false)
    expect(isRealDate(2025, 13, 1)).toBe(false)
  })
})
