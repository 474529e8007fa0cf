import { describe, expect, it } from 'vitest'
import { fenToYuan, formatYuan, yuanToFen } from '@/utils/money'

describe('money: 元 ⇄ 分', () => {
  it('formats fen as yuan with two decimals', () => {
    expect(fenToYuan(0)).toBe('0.00')
    expect(fenToYuan(5)).toBe('0.05')
    expect(fenToYuan(123456)).toBe('1234.56')
    expect(fenToYuan(-5)).toBe('-0.05')
    expect(fenToYuan(500002000000)).toBe('5000020000.00')
    expect(fenToYuan(null)).toBe('')
    expect(fenToYuan(undefined)).toBe('')
  })
  it('adds thousands separators for display', () => {
    expect(formatYuan(123456789)).toBe('1,234,567.89')
    expect(formatYuan(100)).toBe('1.00')
    expect(formatYuan(-123456789)).toBe('-1,234,567.89')
  })
  it('parses yuan text exactly (no float error)', () => {
    expect(yuanToFen('1234.56')).toBe(123456)
    expect(yuanToFen('0.1')).toBe(10)
    expect(yuanToFen('0.29')).toBe(29)
    expect(yuanToFen('1.005')).toBeNull()
    expect(yuanToFen('1.500')).toBe(150)
    expect(yuanToFen('1,234.5')).toBe(123450)
    expect(yuanToFen('￥12')).toBe(1200)
    expect(yuanToFen(' 12 ')).toBe(1200)
    expect(yuanToFen('.5')).toBe(50)
    expect(yuanToFen('-3.2')).toBe(-320)
    expect(yuanToFen('')).toBeNull()
    expect(yuanToFen('abc')).toBeNull()
    expect(yuanToFen('1e3')).toBeNull()
    expect(yuanToFen('-0')).toBe(0)
  })
  it('parses numbers from an input box, tolerating float noise', () => {
    expect(yuanToFen(0.1 + 0.2)).toBe(30)
    expect(yuanToFen(1234.56)).toBe(123456)
    expect(yuanToFen(19.99)).toBe(1999)
    expect(yuanToFen(1.005)).toBeNull()
    expect(yuanToFen(Number.NaN)).toBeNull()
  })
  it('round-trips', () => {
    for (const fen of [0, 1, 99, 100, 101, 123456, 999999999]) expect(yuanToFen(fenToYuan(fen))).toBe(fen)
  })
})
