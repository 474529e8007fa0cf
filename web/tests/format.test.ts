import { describe, expect, it } from 'vitest'
import { basisText, chinaTime, fieldPathToProp, formatBytes, formatRate, hasIndicatorData, recentYears, shortSha256, toSortParam } from '@/utils/format'
import { checkPassword, checkRegionCode, checkUsername, regionLevelOfCode } from '@/validation/account'
import { createServerErrors } from '@/composables/useServerErrors'
import { ApiError } from '@/api/http'

describe('formatRate', () => {
  it('shows "—" when the denominator is 0, never 100%', () => {
    expect(formatRate(0, 0, null)).toBe('—')
    expect(formatRate(5, 0)).toBe('—')
  })
  it('uses the server rate, else the fraction', () => {
    expect(formatRate(210, 211, 99.53)).toBe('99.53%')
    expect(formatRate(1, 3)).toBe('33.33%')
    expect(formatRate(2, 2)).toBe('100.00%')
  })
})

describe('helpers', () => {
  it('formats file sizes and a short SHA-256', () => {
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(undefined)).toBe('0 B')
    expect(formatBytes(1023)).toBe('1023 B')
    expect(formatBytes(1024)).toBe('1 KB')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB')
    expect(formatBytes(150 * 1024)).toBe('150 KB')
    expect(shortSha256('a93fcdb43db5d175db04c91a2a4aafbf95a8b634933c77e34da48968c5e8607f')).toBe('a93fcdb43db5')
    expect(shortSha256('')).toBe('')
  })
  it('maps API field paths to form props', () => {
    expect(fieldPathToProp('parties[1].idNumber')).toBe('parties.1.idNumber')
    expect(fieldPathToProp('agreement.effectiveOn')).toBe('agreement.effectiveOn')
    expect(fieldPathToProp('excluded[0]')).toBe('excluded.0')
  })
  it('maps table sorting to the sort parameter', () => {
    expect(toSortParam('acceptedOn', 'descending')).toBe('-acceptedOn')
    expect(toSortParam('caseNo', 'ascending')).toBe('caseNo')
    expect(toSortParam('caseNo', null)).toBeUndefined()
  })
  it('formats a legal basis', () => {
    expect(basisText('《人民调解法》第8条')).toBe('《人民调解法》第8条')
    expect(basisText({ law: '信访工作条例', version: '2022-05-01施行', article: '第34条', display: '' })).toBe('《信访工作条例》（2022-05-01施行）第34条')
  })
  it('offers recent years', () => {
    expect(recentYears(new Date(2025, 5, 1), 3)).toEqual([2025, 2024, 2023])
  })
})

describe('server errors on fields', () => {
  it('puts a 400 on its field, money fields on the 元 input', () => {
    const ctx = createServerErrors()
    ctx.props.add('parties.1.idNumber')
    ctx.props.add('agreement.amountYuan')
    expect(ctx.apply(new ApiError(400, { code: 'INVALID_ARGUMENT', message: 'bad id', field: 'parties[1].idNumber' }))).toBe(true)
    expect(ctx.errors['parties.1.idNumber']).toBe('bad id')
    expect(ctx.apply(new ApiError(400, { message: 'neg', field: 'agreement.amountFen' }))).toBe(true)
    expect(ctx.errors['agreement.amountYuan']).toBe('neg')
    expect(ctx.apply(new ApiError(400, { message: 'x', field: 'unknownField' }))).toBe(false)
    expect(ctx.apply(new ApiError(409, { message: 'conflict' }))).toBe(false)
    ctx.clear()
    expect(Object.keys(ctx.errors)).toEqual([])
  })
})

describe('account checks (org.cc policy)', () => {
  it('password policy', () => {
    expect(checkPassword('short1A').ok).toBe(false)
    expect(checkPassword('alllowercase1').ok).toBe(false)
    expect(checkPassword('Fazhi@2025').ok).toBe(true)
    expect(checkPassword('Zhang.San2025', 'zhang.san2025').ok).toBe(false)
  })
  it('usernames', () => {
    expect(checkUsername('zhang.san').ok).toBe(true)
    expect(checkUsername('Zhang').ok).toBe(false)
    expect(checkUsername('1abc').ok).toBe(false)
    expect(checkUsername('ab').ok).toBe(false)
  })
  it('region codes', () => {
    expect(regionLevelOfCode('500199000000')).toBe('county')
    expect(regionLevelOfCode('500199101000')).toBe('township')
    expect(regionLevelOfCode('500199101201')).toBe('village')
    expect(regionLevelOfCode('500100000000')).toBeNull() // a city code
    expect(regionLevelOfCode('500000000000')).toBeNull()
    expect(checkRegionCode('500199101000', 'township', '500199000000').ok).toBe(true)
    expect(checkRegionCode('500198101000', 'township', '500199000000').ok).toBe(false)
    expect(checkRegionCode('500199101201', 'township', '500199000000').ok).toBe(false)
    expect(checkRegionCode('500199101201', 'village', '500199101000').ok).toBe(true)
  })
})

describe('hasIndicatorData', () => {
  it('is false when every denominator is 0 or there are no indicators', () => {
    expect(hasIndicatorData(undefined)).toBe(false)
    expect(hasIndicatorData([])).toBe(false)
    expect(hasIndicatorData([{ denominator: 0 }, { denominator: 0 }])).toBe(false)
  })
  it('is true when one indicator has records', () => {
    expect(hasIndicatorData([{ denominator: 0 }, { denominator: 3 }])).toBe(true)
  })
  it('ignores the officer register, which has a denominator in every year', () => {
    expect(hasIndicatorData([{ code: 'cert_holding_rate', denominator: 9 }, { code: 'cert_training_rate', denominator: 9 },
      { code: 'med_success_rate', denominator: 0 }])).toBe(false)
    expect(hasIndicatorData([{ code: 'cert_holding_rate', denominator: 9 }, { code: 'pet_closure_rate', denominator: 1 }])).toBe(true)
  })
})

describe('chinaTime', () => {
  it('shows a UTC timestamp of the server in China time, across the day and year', () => {
    expect(chinaTime('2026-12-06 03:09:21')).toBe('2026-12-06 11:09:21')
    expect(chinaTime('2025-12-31 16:30:00')).toBe('2026-01-01 00:30:00')
    expect(chinaTime('2024-02-28T20:00:00Z')).toBe('2024-02-29 04:00:00')
  })
  it('leaves other text alone', () => {
    expect(chinaTime('')).toBe('')
    expect(chinaTime(null)).toBe('')
    expect(chinaTime('2025-01-05')).toBe('2025-01-05')
  })
})
