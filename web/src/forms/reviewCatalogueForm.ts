// The 重大执法决定法制审核目录 (LEP-07; 《行政处罚法》第58条, 国办发〔2018〕118号) form ⇄ the API
// entry (enforcement/review-catalogue), the client checks of ValidateReviewCatalogueEntry
// (src/domain/enforcement/review_catalogue.cc) and the helpers of the list.
//
//  * An entry says which decisions need 法制审核 before they are made (PEN-10): a decision of
//    `kind` in a case of `matterType` ("" = every matter type); for 罚款, 没收违法所得 and 没收非法财物
//    from an amount (起点金额) for a natural person and for a legal person or other organisation.
//    The other kinds carry no amount (the kind itself is the trigger; the server wants 0).
//    警告 and 通报批评 are never 重大执法决定: not offered (the server answers 400 on `kind`).
//  * The API is in 分, the form in 元 (utils/money.ts): reviewEntryToForm shows the amounts of an
//    amount kind in 元 with two decimals ("0.00" for 0 = any amount) and "0" for the other kinds;
//    formToReviewEntry sends 分, and 0 for the kinds without an amount whatever the inputs hold.
//  * reviewEntryProblems validates as ValidateReviewCatalogueEntry does (the limits in bytes of
//    UTF-8, as the server counts them: 100 / 50 / 200 Chinese characters), but reports every
//    problem, keyed by the el-form prop (the server's field, money as its 元 input:
//    minPersonFen → minPersonYuan), as a message key with parameters. One stricter check: an
//    amount kind needs both amounts typed ("0" for any amount), so that an empty box never
//    silently lists every fine of the matter type.
//  * A matter type and kind appear once per township (taken-out entries included): the server
//    answers 409 on `kind`; the UI shows that message on 处罚种类.
import type { Id, PenaltyKind, ReviewCatalogueEntry, ReviewCatalogueEntryBody, ReviewKind } from '@/api/types'
import { ENUMS } from '@/constants/enums'
import { fenToYuan, formatYuan, yuanToFen } from '@/utils/money'
import type { Notice } from '@/validation/result'

/** ValidateReviewCatalogueEntry's limits: bytes of UTF-8 (the messages speak of characters). */
export const DESCRIPTION_MAX_BYTES = 300
export const DESCRIPTION_MAX_CHARS = 100
export const MATTER_TYPE_MAX_BYTES = 150
export const MATTER_TYPE_MAX_CHARS = 50
export const BASIS_MAX_BYTES = 600
export const BASIS_MAX_CHARS = 200
/** The largest 起点金额: 1亿元, in 分. */
export const MAX_THRESHOLD_FEN = 100_000_000 * 100

/** The kinds that are never a 重大执法决定 (申诫罚). */
export const NOT_REVIEW_KINDS: readonly PenaltyKind[] = ['warning', 'criticism']
/** The kinds an entry may name, in the order of the domain (ENUMS.penaltyKind). */
export const REVIEW_KINDS: readonly ReviewKind[] = ENUMS.penaltyKind.filter((k): k is ReviewKind => !NOT_REVIEW_KINDS.includes(k))
/** The kinds whose entries carry 起点金额 (ReviewKindHasAmount). */
export const AMOUNT_KINDS: readonly ReviewKind[] = ['fine', 'confiscate_gains', 'confiscate_property']

export function kindHasAmount(kind: string | null | undefined): boolean {
  return !!kind && (AMOUNT_KINDS as readonly string[]).includes(kind)
}

export function isReviewKind(kind: string | null | undefined): kind is ReviewKind {
  return !!kind && (REVIEW_KINDS as readonly string[]).includes(kind)
}

export interface ReviewCatalogueFormModel {
  id: Id | null
  townshipId: Id | null
  /** 事项类别; "" = every matter type. */
  matterType: string
  /** "" until chosen. */
  kind: ReviewKind | ''
  /** 起点金额（自然人）in 元, as typed. */
  minPersonYuan: string
  /** 起点金额（法人或其他组织）in 元, as typed. */
  minOrgYuan: string
  description: string
  basis: string
  active: boolean
}

/** Problems of the form: el-form prop → the first problem of that field. */
export type ReviewCatalogueProblems = Record<string, Notice>

/** The 元 inputs, in the order the server checks their 分 fields. */
export const AMOUNT_PROPS = ['minPersonYuan', 'minOrgYuan'] as const
export type AmountProp = (typeof AMOUNT_PROPS)[number]

/** What a kind without an amount shows in its (disabled) inputs. */
export const NO_AMOUNT_INPUT = '0'

export function emptyReviewEntry(townshipId: Id | null = null): ReviewCatalogueFormModel {
  return {
    id: null,
    townshipId,
    matterType: '',
    kind: '',
    minPersonYuan: '',
    minOrgYuan: '',
    description: '',
    basis: '',
    active: true,
  }
}

/** 分 → the 元 input of an entry of `kind`. */
function amountInput(kind: string, fen: number | null | undefined): string {
  if (!kindHasAmount(kind)) return NO_AMOUNT_INPUT
  return fenToYuan(fen ?? 0)
}

export function reviewEntryToForm(e: ReviewCatalogueEntry): ReviewCatalogueFormModel {
  const kind = isReviewKind(e.kind) ? e.kind : ''
  return {
    id: e.id,
    townshipId: e.townshipId ?? null,
    matterType: e.matterType ?? '',
    kind,
    minPersonYuan: amountInput(kind, e.minPersonFen),
    minOrgYuan: amountInput(kind, e.minOrgFen),
    description: e.description ?? '',
    basis: e.basis ?? '',
    active: e.active !== false,
  }
}

/** The 元 input → 分: '' and unreadable text as 0 (reviewEntryProblems reports the latter). */
function fen(yuan: string | null | undefined): number {
  if (yuan === null || yuan === undefined || yuan.trim() === '') return 0
  return yuanToFen(yuan) ?? 0
}

function text(s: string | null | undefined): string {
  return (s ?? '').trim()
}

/** The JSON body of POST/PUT enforcement/review-catalogue (the whole entry). */
export function formToReviewEntry(f: ReviewCatalogueFormModel): ReviewCatalogueEntryBody {
  const amount = kindHasAmount(f.kind)
  const body: ReviewCatalogueEntryBody = {
    townshipId: f.townshipId ?? 0,
    matterType: text(f.matterType),
    // Required: an empty kind is refused by the client check (and by the server on `kind`).
    kind: f.kind as ReviewKind,
    minPersonFen: amount ? fen(f.minPersonYuan) : 0,
    minOrgFen: amount ? fen(f.minOrgYuan) : 0,
    description: text(f.description),
    basis: text(f.basis),
    active: f.active,
  }
  if (f.id) body.id = f.id
  return body
}

/** The form after the kind changed from `previous`: a kind without an amount shows 0 in both
 *  inputs; a switch to an amount kind from one without empties them (to be typed). */
export function applyKind(f: ReviewCatalogueFormModel, previous: string | null | undefined): void {
  if (!kindHasAmount(f.kind)) {
    f.minPersonYuan = NO_AMOUNT_INPUT
    f.minOrgYuan = NO_AMOUNT_INPUT
  } else if (!kindHasAmount(previous)) {
    f.minPersonYuan = ''
    f.minOrgYuan = ''
  }
}

/** The same entry taken out of the catalogue (active false) or put back (true): the PUT body. */
export function withActive(e: ReviewCatalogueEntry, active: boolean): ReviewCatalogueEntryBody {
  return { ...formToReviewEntry(reviewEntryToForm(e)), active }
}

// ---- client checks (ValidateReviewCatalogueEntry) ----

function notice(key: string, params: Notice['params'] = {}): Notice {
  return { key, params }
}

const REQUIRED = notice('validation.required')

function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length
}

/** The problems of the form, by el-form prop (the server's field; 分 as its 元 input). */
export function reviewEntryProblems(f: ReviewCatalogueFormModel): ReviewCatalogueProblems {
  const out: ReviewCatalogueProblems = {}
  const put = (prop: string, p: Notice | null) => {
    if (p && !out[prop]) out[prop] = p
  }
  const b = formToReviewEntry(f)
  if (!b.description) put('description', REQUIRED)
  else if (utf8Bytes(b.description) > DESCRIPTION_MAX_BYTES) put('description', notice('validation.reviewCatalogue.descriptionTooLong', { max: DESCRIPTION_MAX_CHARS }))
  if (utf8Bytes(b.matterType) > MATTER_TYPE_MAX_BYTES) put('matterType', notice('validation.reviewCatalogue.matterTypeTooLong', { max: MATTER_TYPE_MAX_CHARS }))
  if (utf8Bytes(b.basis) > BASIS_MAX_BYTES) put('basis', notice('validation.reviewCatalogue.basisTooLong', { max: BASIS_MAX_CHARS }))
  const kind: string = f.kind
  if (!kind) put('kind', REQUIRED)
  else if ((NOT_REVIEW_KINDS as readonly string[]).includes(kind)) put('kind', notice('validation.reviewCatalogue.kindNotMajor'))
  else if (!isReviewKind(kind)) put('kind', REQUIRED)
  // The amounts depend on the kind: not checked before one the server accepts is chosen.
  if (!isReviewKind(kind)) return out
  const amount = kindHasAmount(kind)
  for (const prop of AMOUNT_PROPS) {
    const v = f[prop].trim()
    const who = prop === 'minPersonYuan' ? 'Person' : 'Org'
    if (!amount) {
      // The inputs are disabled and 0; the check is the server's, for a model set otherwise.
      if (v !== '' && fen(v) !== 0) put(prop, notice(`validation.reviewCatalogue.noAmount${who}`))
      continue
    }
    if (!v) {
      put(prop, notice('validation.reviewCatalogue.amountRequired'))
      continue
    }
    const n = yuanToFen(v)
    if (n === null) put(prop, notice('validation.amountFormat'))
    else if (n < 0 || n > MAX_THRESHOLD_FEN) put(prop, notice(`validation.reviewCatalogue.range${who}`))
  }
  return out
}

/** The props required now (for the asterisk of their form item). */
export function reviewRequiredProps(f: Pick<ReviewCatalogueFormModel, 'kind'>): Set<string> {
  const out = new Set(['kind', 'description'])
  if (kindHasAmount(f.kind)) AMOUNT_PROPS.forEach((p) => out.add(p))
  return out
}

// ---- the list ----

/** A threshold cell: "none" (—, a kind without an amount), "any" (0: every amount), or the
 *  amount in 元 with thousands separators. */
export type ThresholdCell = { type: 'none' } | { type: 'any' } | { type: 'amount'; yuan: string }

export function thresholdCell(kind: string, fenValue: number | null | undefined): ThresholdCell {
  if (!kindHasAmount(kind)) return { type: 'none' }
  if (!fenValue) return { type: 'any' }
  return { type: 'amount', yuan: formatYuan(fenValue) }
}

export type ReviewEntryState = 'active' | 'inactive'

export function reviewEntryState(e: Pick<ReviewCatalogueEntry, 'active'>): ReviewEntryState {
  return e.active ? 'active' : 'inactive'
}

export function reviewEntryStateTagType(s: ReviewEntryState): 'success' | 'info' {
  return s === 'active' ? 'success' : 'info'
}

/** What the page says about a township's catalogue from the counts of its entries: "own" (an
 *  active entry: the township's catalogue applies), "default" (no entry at all: the default
 *  catalogue of the settings applies, and start-from-default may copy it), "allInactive"
 *  (entries, none active: the default applies; start-from-default would answer 412). */
export type CatalogueStanding = 'own' | 'default' | 'allInactive'

export function catalogueStanding(total: number, active: number): CatalogueStanding {
  if (active > 0) return 'own'
  return total > 0 ? 'allInactive' : 'default'
}
