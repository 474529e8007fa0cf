// The 权力事项目录 (LEP-01 事前公开) form ⇄ the API item (enforcement/powers), the client checks
// mirroring the server's (every field of the item required but the note; 事项编码 ≤ 50, 事项名称
// and 实施主体 ≤ 100, 设定依据/办理程序/救济途径 ≤ 2000 characters), the three ways the dialog
// saves (create a power, correct a version in place, revise from a later date), the state of a
// version on a day and the public page's grouping by category.
import type { ActionCategory, Id } from '@/api/types'
import type { PowerItem, PowerItemBody } from '@/api/powers'
import { ENUMS } from '@/constants/enums'
import { todayString } from '@/validation/idcard'
import type { Notice } from '@/validation/result'

export const CODE_MAX_CHARS = 50
export const NAME_MAX_CHARS = 100
export const SUBJECT_MAX_CHARS = 100
export const TEXT_MAX_CHARS = 2000
export const NOTE_MAX_CHARS = 2000

/** create: a new power (version 1); correct: PUT the version in place (code, version and
 *  effectiveFrom frozen); revise: the next version from a date after the current one's. */
export type PowerMode = 'create' | 'correct' | 'revise'

export interface PowerFormModel {
  id: Id | null
  townshipId: Id | null
  code: string
  version: number | null
  name: string
  category: ActionCategory
  subject: string
  basis: string
  procedure: string
  remedy: string
  note: string
  effectiveFrom: string | null
}

export type PowerProblems = Record<string, Notice>

export const POWER_PROPS = ['code', 'name', 'category', 'subject', 'basis', 'procedure', 'remedy', 'note', 'effectiveFrom'] as const
/** Required in every mode (the note is optional). */
export const POWER_REQUIRED = ['code', 'name', 'category', 'subject', 'basis', 'procedure', 'remedy', 'effectiveFrom'] as const

export function emptyPower(townshipId: Id | null = null): PowerFormModel {
  return {
    id: null,
    townshipId,
    code: '',
    version: null,
    name: '',
    category: 'penalty',
    subject: '',
    basis: '',
    procedure: '',
    remedy: '',
    note: '',
    effectiveFrom: null,
  }
}

function isCategory(c: unknown): c is ActionCategory {
  return (ENUMS.actionCategory as readonly string[]).includes(String(c))
}

/** The form of a version: to correct it (mode correct) or to revise it (mode revise: the same
 *  content, the start date left empty for the new version's). */
export function powerToForm(p: PowerItem, mode: PowerMode = 'correct'): PowerFormModel {
  return {
    id: p.id,
    townshipId: p.townshipId ?? null,
    code: p.code ?? '',
    version: p.version ?? null,
    name: p.name ?? '',
    category: isCategory(p.category) ? p.category : 'penalty',
    subject: p.subject ?? '',
    basis: p.basis ?? '',
    procedure: p.procedure ?? '',
    remedy: p.remedy ?? '',
    note: p.note ?? '',
    effectiveFrom: mode === 'revise' ? null : p.effectiveFrom ?? null,
  }
}

const text = (s: string | null | undefined) => (s ?? '').trim()

/** The JSON body of POST / PUT / revise: texts trimmed; id and version only when known. */
export function formToPower(f: PowerFormModel): PowerItemBody {
  const body: PowerItemBody = {
    townshipId: f.townshipId ?? 0,
    code: text(f.code),
    name: text(f.name),
    category: f.category,
    subject: text(f.subject),
    basis: text(f.basis),
    procedure: text(f.procedure),
    remedy: text(f.remedy),
    note: text(f.note),
    effectiveFrom: f.effectiveFrom ?? '',
  }
  if (f.id) body.id = f.id
  if (f.version) body.version = f.version
  return body
}

function notice(key: string, params: Notice['params'] = {}): Notice {
  return { key, params }
}

const MAX: Record<string, number> = {
  code: CODE_MAX_CHARS,
  name: NAME_MAX_CHARS,
  subject: SUBJECT_MAX_CHARS,
  basis: TEXT_MAX_CHARS,
  procedure: TEXT_MAX_CHARS,
  remedy: TEXT_MAX_CHARS,
  note: NOTE_MAX_CHARS,
}

const chars = (s: string) => [...s].length
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The problems of the form, by el-form prop (= the server's field). In mode revise, `from`
 *  is the start of the version being revised: the new one must start after it. */
export function powerProblems(f: PowerFormModel, mode: PowerMode = 'create', from: string | null = null): PowerProblems {
  const out: PowerProblems = {}
  const put = (prop: string, p: Notice) => {
    if (!out[prop]) out[prop] = p
  }
  const b = formToPower(f)
  for (const prop of POWER_REQUIRED) {
    const v = b[prop]
    if (!v) put(prop, notice('validation.required'))
  }
  if (!isCategory(b.category)) put('category', notice('validation.required'))
  for (const [prop, max] of Object.entries(MAX)) {
    const v = b[prop as keyof PowerItemBody]
    if (typeof v === 'string' && chars(v) > max) put(prop, notice('powers.validation.tooLong', { max }))
  }
  if (b.effectiveFrom && !DAY.test(b.effectiveFrom)) put('effectiveFrom', notice('powers.validation.date'))
  if (mode === 'revise' && from && b.effectiveFrom && b.effectiveFrom <= from) {
    put('effectiveFrom', notice('powers.validation.reviseAfter', { date: from }))
  }
  return out
}

/** The asterisks: the same props in every mode. */
export function powerRequiredProps(): Set<string> {
  return new Set(POWER_REQUIRED)
}

/** The props the dialog does not let change: a correction keeps code and start date (the
 *  server answers 412 on them); a revision keeps the code. */
export function powerFrozenProps(mode: PowerMode): Set<string> {
  if (mode === 'correct') return new Set(['code', 'effectiveFrom'])
  if (mode === 'revise') return new Set(['code'])
  return new Set()
}

// ---- dates and the state of a version ----

/** The day before YYYY-MM-DD (the old version's effectiveTo after a revision). */
export function dayBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const t = new Date(Date.UTC(y, m - 1, d) - 86400000)
  return t.toISOString().slice(0, 10)
}

/** current: in force on `on`; expired: ended before it; pending: starts after it. */
export type PowerState = 'current' | 'expired' | 'pending'

export function powerState(p: Pick<PowerItem, 'effectiveFrom' | 'effectiveTo'>, on: string = todayString()): PowerState {
  if (p.effectiveTo && p.effectiveTo < on) return 'expired'
  if (p.effectiveFrom > on) return 'pending'
  return 'current'
}

export function powerStateTagType(s: PowerState): 'success' | 'info' | 'warning' {
  return s === 'current' ? 'success' : s === 'expired' ? 'info' : 'warning'
}

/** Whether a row may be corrected or revised: only the latest version. */
export function isLatest(p: Pick<PowerItem, 'latest' | 'effectiveTo'>): boolean {
  return typeof p.latest === 'boolean' ? p.latest : p.effectiveTo === null
}

// ---- the public page ----

export interface PowerGroup<T> {
  category: ActionCategory
  items: T[]
}

/** The items by category, in the order of the six categories, each by code then version;
 *  empty categories left out. */
export function groupByCategory<T extends { category: ActionCategory; code: string; version: number }>(items: readonly T[]): PowerGroup<T>[] {
  return ENUMS.actionCategory
    .map((category) => ({
      category,
      items: items
        .filter((i) => i.category === category)
        .sort((a, b) => a.code.localeCompare(b.code, 'zh-CN', { numeric: true }) || a.version - b.version),
    }))
    .filter((g) => g.items.length > 0)
}
