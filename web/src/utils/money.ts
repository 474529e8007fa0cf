// Money is integer 分 (fen) in the API; the UI shows and takes 元 (yuan).
// Conversions go through decimal strings so 0.1 + 0.2 style float errors never reach the API.

/** 123456 → "1234.56"; -5 → "-0.05". */
export function fenToYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return ''
  const n = Math.trunc(fen)
  const sign = n < 0 ? '-' : ''
  const abs = Math.abs(n)
  const yuan = Math.floor(abs / 100)
  const cents = abs % 100
  return `${sign}${yuan}.${String(cents).padStart(2, '0')}`
}

/** "1,234.56" → "1,234.56" with thousands separators for display: 123456 → "1,234.56". */
export function formatYuan(fen: number | null | undefined): string {
  const s = fenToYuan(fen)
  if (!s) return ''
  const [intPart, dec] = s.split('.')
  return `${intPart!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`
}

/**
 * "1234.5" / 1234.5 / "1,234.50" / "￥12" → fen (123450); null when not a number of 元 with at
 * most two decimals. Half a fen is never rounded silently: more than two decimals is null.
 */
export function yuanToFen(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') {
    // A number from an input box: accept float noise (0.1 + 0.2), not a third decimal.
    if (!Number.isFinite(value)) return null
    const fen = Math.round(value * 100)
    if (Math.abs(fen - value * 100) > 1e-6 || !Number.isSafeInteger(fen)) return null
    return fen || 0
  }
  let s = value
  s = s.trim().replace(/[,，\s]/g, '').replace(/^[¥￥]/, '')
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(s)
  if (!m || (!m[2] && !m[3])) return null
  const sign = m[1] === '-' ? -1 : 1
  const intPart = m[2] || '0'
  const dec = m[3] ?? ''
  if (dec.length > 2) {
    if (!/^0*$/.test(dec.slice(2))) return null
  }
  const cents = Number((dec + '00').slice(0, 2))
  const fen = Number(intPart) * 100 + cents
  if (!Number.isSafeInteger(fen)) return null
  return sign * fen || 0
}
