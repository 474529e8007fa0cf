// Display helpers shared by pages (pure functions, unit-tested).
import type { LegalBasis } from '@/api/types'

export const DASH = '—'

/** A rate from its numerator and denominator: "—" when the denominator is 0, never 100%. */
export function formatRate(numerator: number, denominator: number, rate?: number | null): string {
  if (!denominator) return DASH
  const value = typeof rate === 'number' && Number.isFinite(rate) ? rate : (numerator / denominator) * 100
  return `${value.toFixed(2)}%`
}

export function basisText(basis: string | LegalBasis | null | undefined): string {
  if (!basis) return ''
  if (typeof basis === 'string') return basis
  if (basis.display) return basis.display
  const law = basis.law ? `《${basis.law}》` : ''
  const version = basis.version ? `（${basis.version}）` : ''
  return `${law}${version}${basis.article ?? ''}`
}

/** Years offered by the year selectors: this year back to `count` years ago. */
export function recentYears(now: Date = new Date(), count = 6): number[] {
  const y = now.getFullYear()
  return Array.from({ length: count }, (_, i) => y - i)
}

/**
 * Indicators whose denominator is a standing register (the officers in post on the year's last
 * day), not the year's records: they have a denominator in any year, so they say nothing about
 * whether a year has been recorded yet.
 */
export const REGISTER_INDICATORS: ReadonlySet<string> = new Set(['cert_holding_rate', 'cert_training_rate'])

/** Whether any indicator of a year has records of that year behind it (a denominator above 0). */
export function hasIndicatorData(indicators: { code?: string; denominator: number }[] | undefined): boolean {
  return (indicators ?? []).some((i) => i.denominator > 0 && !REGISTER_INDICATORS.has(i.code ?? ''))
}

/** Field path of an API error → the el-form-item prop: "parties[1].idNumber" → "parties.1.idNumber". */
export function fieldPathToProp(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '')
}

/** A sort string of the API from an el-table sort-change: ("acceptedOn","descending") → "-acceptedOn". */
export function toSortParam(prop: string | null | undefined, order: string | null | undefined): string | undefined {
  if (!prop || !order) return undefined
  return order === 'descending' ? `-${prop}` : prop
}

/** Whole days from `today` to `due` (both YYYY-MM-DD); negative when past. */
export function daysBetween(today: string, due: string): number {
  const a = Date.UTC(+today.slice(0, 4), +today.slice(5, 7) - 1, +today.slice(8, 10))
  const b = Date.UTC(+due.slice(0, 4), +due.slice(5, 7) - 1, +due.slice(8, 10))
  return Math.round((b - a) / 86400000)
}

/** A server timestamp ("YYYY-MM-DD HH:MM:SS", UTC — audit rows, accounts) as China time (UTC+8,
 *  no daylight saving), the clock the audit filter's calendar days follow. Other text passes
 *  through unchanged; null/undefined give "". */
export function chinaTime(utc: string | null | undefined): string {
  if (!utc) return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z?$/.exec(utc)
  if (!m) return utc
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) + 8 * 3600 * 1000
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

/** A file size for people: "820 B", "1.5 KB", "3.2 MB" (1 KB = 1024 B). */
export function formatBytes(bytes: number | null | undefined): string {
  const n = typeof bytes === 'number' && Number.isFinite(bytes) && bytes > 0 ? bytes : 0
  if (n < 1024) return `${n} B`
  const units = ['KB', 'MB', 'GB']
  let v = n / 1024
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${v >= 100 ? Math.round(v) : v.toFixed(1).replace(/\.0$/, '')} ${units[i]}`
}

/** The first `n` hex digits of a SHA-256 (enough to tell files apart on screen). */
export function shortSha256(sha: string | null | undefined, n = 12): string {
  return (sha ?? '').slice(0, n)
}
