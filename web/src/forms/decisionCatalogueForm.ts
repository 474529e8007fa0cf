// The 重大行政决策目录 (DEC-03; 重大行政决策程序暂行条例 第3条第3款) form ⇄ the API record
// (decision-catalogue), the client checks of ValidateCatalogueItem
// (src/domain/decision/decision_catalogue.cc) and the helpers the decision dialog uses to offer
// a year's items (FindCatalogueItem, CheckDecisionInCatalogue).
//
//  * catalogueItemToForm drops the label; formToCatalogueItem builds the POST/PUT body: texts
//    trimmed, '' dates as null, the withdrawal reason only with a withdrawal date.
//  * catalogueItemProblems validates the body as ValidateCatalogueItem does, but reports every
//    problem (not only the first), keyed by the el-form prop (= the server's field), as a
//    message key with parameters.
//  * The decision side: a year's catalogue "is recorded" once it has any item (withdrawn ones
//    count, as on the server). Then a decision in the catalogue must name an item of that year —
//    the same title once blanks are ignored — listed on or before the decision's start and not
//    withdrawn before it (catalogueItemProblem); otherwise the server answers 400
//    "catalogueItem". A year without any item only warns (DEC-03 on catalogueYear).
import type { DecisionCatalogueItem, DecisionCatalogueItemBody, DecisionScope, Id } from '@/api/types'
import { ENUMS } from '@/constants/enums'
import { todayString } from '@/validation/idcard'
import type { Notice } from '@/validation/result'

/** The server's limit of short texts (json_reader.h kNameMaxChars). */
export const NAME_MAX_CHARS = 200
/** The server's limit of long texts (kTextMaxChars). */
export const TEXT_MAX_CHARS = 4000
/** ValidateCatalogueItem: a title of at most 300 bytes of UTF-8 ("不能超过100个字"). */
export const TITLE_MAX_BYTES = 300
export const TITLE_MAX_CHARS = 100
export const YEAR_MIN = 2000
export const YEAR_MAX = 2100
/** The decision dialog asks for the whole year's catalogue in one page (the API's maximum). */
export const CATALOGUE_PAGE_SIZE = 200

export interface CatalogueFormModel {
  id: Id | null
  townshipId: Id | null
  year: number | null
  title: string
  scope: DecisionScope
  draftingUnit: string
  plannedPeriod: string
  listedOn: string | null
  partyConsentOn: string | null
  publishedOn: string | null
  publicationChannel: string
  withdrawnOn: string | null
  withdrawalReason: string
  note: string
}

/** Problems of the form: el-form prop → the first problem of that field. */
export type CatalogueProblems = Record<string, Notice>

/** The date fields of an item, in the order the server checks them. */
export const CATALOGUE_DATE_PROPS = ['listedOn', 'partyConsentOn', 'publishedOn', 'withdrawnOn'] as const
export type CatalogueDateProp = (typeof CATALOGUE_DATE_PROPS)[number]

export function yearOf(day: string): number {
  return Number(day.slice(0, 4))
}

export function emptyCatalogueItem(townshipId: Id | null = null, year: number | null = null, today: string = todayString()): CatalogueFormModel {
  return {
    id: null,
    townshipId,
    year: year ?? yearOf(today),
    title: '',
    scope: 'public_policy',
    draftingUnit: '',
    plannedPeriod: '',
    listedOn: null,
    partyConsentOn: null,
    publishedOn: null,
    publicationChannel: '',
    withdrawnOn: null,
    withdrawalReason: '',
    note: '',
  }
}

function text(s: string | null | undefined): string {
  return (s ?? '').trim()
}

function date(s: string | null | undefined): string | null {
  return s ? s : null
}

export function catalogueItemToForm(k: DecisionCatalogueItem): CatalogueFormModel {
  const base = emptyCatalogueItem(k.townshipId ?? null, k.year ?? null)
  return {
    ...base,
    id: k.id,
    title: k.title ?? '',
    scope: k.scope && (ENUMS.decisionScope as readonly string[]).includes(k.scope) ? k.scope : base.scope,
    draftingUnit: k.draftingUnit ?? '',
    plannedPeriod: k.plannedPeriod ?? '',
    listedOn: k.listedOn ?? null,
    partyConsentOn: k.partyConsentOn ?? null,
    publishedOn: k.publishedOn ?? null,
    publicationChannel: k.publicationChannel ?? '',
    withdrawnOn: k.withdrawnOn ?? null,
    withdrawalReason: k.withdrawalReason ?? '',
    note: k.note ?? '',
  }
}

/** The JSON body of POST/PUT decision-catalogue (the whole item). */
export function formToCatalogueItem(f: CatalogueFormModel): DecisionCatalogueItemBody {
  const withdrawnOn = date(f.withdrawnOn)
  const body: DecisionCatalogueItemBody = {
    townshipId: f.townshipId ?? 0,
    year: f.year ?? 0,
    title: text(f.title),
    scope: f.scope,
    draftingUnit: text(f.draftingUnit),
    plannedPeriod: text(f.plannedPeriod),
    // Required: the server names the field when it is missing (the client check does too).
    listedOn: f.listedOn ?? '',
    partyConsentOn: date(f.partyConsentOn),
    publishedOn: date(f.publishedOn),
    publicationChannel: text(f.publicationChannel),
    withdrawnOn,
    withdrawalReason: withdrawnOn ? text(f.withdrawalReason) : '',
    note: text(f.note),
  }
  if (f.id) body.id = f.id
  return body
}

// ---- client checks (ValidateCatalogueItem) ----

function notice(key: string, params: Notice['params'] = {}): Notice {
  return { key, params }
}

const REQUIRED = notice('validation.required')
const NOT_FUTURE = notice('validation.notFuture')

function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length
}

/** Whether `year` is a year a catalogue may have (2000…2100). */
export function validYear(year: number | null | undefined): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX
}

/** The first and last day a date of the catalogue of `year` may have: 1 January of the year
 *  before (a catalogue is fixed late in the previous year) to 31 December, and never after
 *  today. Null bounds for an invalid year. */
export function catalogueDateRange(year: number | null | undefined, today: string = todayString()): { from: string; to: string } | null {
  if (!validYear(year)) return null
  const last = `${year}-12-31`
  return { from: `${year - 1}-01-01`, to: last < today ? last : today }
}

/** The problems of the form on `today` (YYYY-MM-DD), by el-form prop (= the server's field). */
export function catalogueItemProblems(f: CatalogueFormModel, today: string = todayString()): CatalogueProblems {
  const out: CatalogueProblems = {}
  const put = (prop: string, p: Notice | null) => {
    if (p && !out[prop]) out[prop] = p
  }
  const b = formToCatalogueItem(f)
  const year = validYear(f.year) ? f.year : null
  if (!year) put('year', notice('validation.catalogue.year', { min: YEAR_MIN, max: YEAR_MAX }))
  if (!b.title) put('title', REQUIRED)
  else if (utf8Bytes(b.title) > TITLE_MAX_BYTES) put('title', notice('validation.catalogue.titleTooLong', { max: TITLE_MAX_CHARS }))
  if (!b.draftingUnit) put('draftingUnit', REQUIRED)
  if (!b.listedOn) put('listedOn', REQUIRED)
  // Every date: not after today, in the year or the year before.
  for (const prop of CATALOGUE_DATE_PROPS) {
    const d = b[prop]
    if (!d) continue
    if (d > today) put(prop, NOT_FUTURE)
    else if (year && yearOf(d) !== year && yearOf(d) !== year - 1) put(prop, notice('validation.catalogue.inYears', { year, previous: year - 1 }))
  }
  if (b.publishedOn) {
    // Published "经同级党委同意后": the consent first, on or before the publication.
    if (!b.partyConsentOn) put('partyConsentOn', notice('validation.catalogue.consentRequired'))
    else if (b.partyConsentOn > b.publishedOn) put('publishedOn', notice('validation.catalogue.publishedBeforeConsent', { date: b.partyConsentOn }))
    if (!b.publicationChannel) put('publicationChannel', notice('validation.catalogue.channelRequired'))
  }
  if (b.withdrawnOn) {
    if (b.listedOn && b.withdrawnOn < b.listedOn) put('withdrawnOn', notice('validation.catalogue.withdrawnBeforeListed', { date: b.listedOn }))
    if (!b.withdrawalReason) put('withdrawalReason', notice('validation.catalogue.reasonRequired'))
  }
  return out
}

/** The props required now (for the asterisk of their form item). */
export function catalogueRequiredProps(f: CatalogueFormModel): Set<string> {
  const out = new Set(['year', 'title', 'draftingUnit', 'listedOn'])
  if (f.publishedOn) ['partyConsentOn', 'publicationChannel'].forEach((p) => out.add(p))
  if (f.withdrawnOn) out.add('withdrawalReason')
  return out
}

// ---- the state of an item (the list's tag) ----

export type CatalogueState = 'withdrawn' | 'published' | 'unpublished'

/** 已移出 (withdrawn, whatever else), 已公布, or 未公布. */
export function catalogueState(k: Pick<DecisionCatalogueItem, 'publishedOn' | 'withdrawnOn'>): CatalogueState {
  if (k.withdrawnOn) return 'withdrawn'
  return k.publishedOn ? 'published' : 'unpublished'
}

export function catalogueStateTagType(s: CatalogueState): 'success' | 'warning' | 'info' {
  return s === 'published' ? 'success' : s === 'unpublished' ? 'warning' : 'info'
}

/** The years the page offers: next year (its catalogue is fixed late this year) down to
 *  `back` years ago, and `keep` (e.g. a year from the address) when outside that range. */
export function catalogueYears(today: string = todayString(), back = 5, keep: number | null = null): number[] {
  const y = yearOf(today)
  const out: number[] = []
  for (let v = y + 1; v >= y - back; v--) out.push(v)
  if (validYear(keep) && !out.includes(keep)) {
    out.push(keep)
    out.sort((a, b) => b - a)
  }
  return out
}

// ---- the decision side (FindCatalogueItem, CheckDecisionInCatalogue) ----

/** A title as the server compares it: ASCII blanks and U+3000 dropped. */
export function titleKey(title: string | null | undefined): string {
  return (title ?? '').replace(/[ \t\r\n\u3000]/g, '')
}

type CatalogueFields = Pick<DecisionCatalogueItem, 'id' | 'year' | 'title' | 'listedOn' | 'withdrawnOn'>

/** The items a decision may pick: those not withdrawn, by title. */
export function catalogueOptions<T extends CatalogueFields>(items: readonly T[]): T[] {
  return items.filter((k) => !k.withdrawnOn).sort((a, b) => a.title.localeCompare(b.title, 'zh-CN') || a.id - b.id)
}

/** The item a decision of `year` on `title` started `on` links to (FindCatalogueItem), or null. */
export function findCatalogueItem<T extends CatalogueFields>(items: readonly T[], year: number, title: string, on: string): T | null {
  const key = titleKey(title)
  if (!key) return null
  return items.find((k) => k.year === year && titleKey(k.title) === key && k.listedOn <= on && !(k.withdrawnOn && k.withdrawnOn < on)) ?? null
}

/** Why a decision started on `proposedOn` cannot name `title` in `year`'s catalogue `items`
 *  (the township's items of that year, withdrawn ones included), or null when it can — or when
 *  it cannot be told: no catalogue recorded for the year (the server only warns), no title (the
 *  required check says so) or no start date yet. */
export function catalogueItemProblem(
  items: readonly CatalogueFields[],
  year: number | null,
  title: string,
  proposedOn: string | null,
): Notice | null {
  if (!items.length || !validYear(year) || !titleKey(title) || !proposedOn) return null
  if (findCatalogueItem(items, year, title, proposedOn)) return null
  const key = titleKey(title)
  const same = items.filter((k) => k.year === year && titleKey(k.title) === key)
  const later = same.find((k) => k.listedOn > proposedOn)
  if (later) return notice('validation.catalogue.listedAfterProposed', { date: later.listedOn, proposed: proposedOn })
  const withdrawn = same.find((k) => k.withdrawnOn && k.withdrawnOn < proposedOn)
  if (withdrawn) return notice('validation.catalogue.withdrawnBeforeProposed', { date: withdrawn.withdrawnOn ?? '' })
  return notice('validation.catalogue.notInCatalogue', { year })
}
