// A one-line summary of an audit row's change (before/after documents of the record).
import type { AuditRow } from '@/api/types'

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function scalar(v: unknown): string {
  if (v === null || v === undefined) return '∅'
  if (typeof v === 'string') return v.length > 40 ? v.slice(0, 40) + '…' : v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return '{…}'
}

/** "outcome: open → success; concludedOn: ∅ → 2025-03-02; parties" for an update; the
 *  record's fields "caseNo: …; acceptedOn: …; parties" for a create or delete; "" when there
 *  is nothing. */
export function auditDetail(row: Pick<AuditRow, 'before' | 'after'>, maxChars = 300): string {
  const { before, after } = row
  let text: string
  if (isObject(before) && isObject(after)) {
    const parts: string[] = []
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    for (const k of keys) {
      const b = before[k]
      const a = after[k]
      if (JSON.stringify(b) === JSON.stringify(a)) continue
      const simple = (v: unknown) => v === null || v === undefined || typeof v !== 'object'
      parts.push(simple(b) && simple(a) ? `${k}: ${scalar(b)} → ${scalar(a)}` : k)
    }
    text = parts.join('; ')
  } else {
    // A create or a delete: the record's own fields, "key: value", nested parts by name.
    const v = after ?? before
    if (isObject(v)) {
      text = Object.entries(v)
        .filter(([, x]) => x !== null && x !== undefined && x !== '')
        .map(([k, x]) => (typeof x === 'object' ? k : `${k}: ${scalar(x)}`))
        .join('; ')
    } else {
      text = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v)
    }
  }
  return text.length > maxChars ? text.slice(0, maxChars) + '…' : text
}
