// The 行政执法案件 form ⇄ the API record (enforcement/cases), the client checks of
// ValidatePenaltyCase (src/domain/enforcement/penalty_rules.h) on the form model, and the
// helpers of the pages: the stages (order, the next one, the moves the server allows), the
// sections the dialog shows at a stage, the deadlines as timeline rows, the stepper.
//
//  * penaltyToForm drops what the server computes (labels, deadlines, officers' names are kept
//    only to show them); formToPenalty builds the POST/PUT body — the whole case (PUT replaces
//    it): money in 分 from the 元 inputs, '' dates as null, texts trimmed, the 7-item checklist
//    as 7 booleans, parties and documents with their id when stored (a document's stored file
//    description is sent back unchanged), officers as {officerId, certificateNumber}.
//  * What a stage has not reached is not sent: no decision, service, execution, closing or
//    publication data before their stage (the server forbids them); no 听证, 法制审核, 集体讨论
//    or deadline extensions under the 简易程序; a fine amount only with the kind 罚款, a
//    confiscated value only with a confiscation, no sanction for a decision without penalty;
//    for a person no USCC, for an organisation no 身份证号.
//  * penaltyProblems validates that body as the server does and keys every problem by the
//    el-form prop of its field ("parties.1.idNumber" for the server's "parties[1].idNumber",
//    "decided.fineYuan" for "decided.fineFen"), as a message key with parameters. A masked
//    身份证号 or phone (the server's display value, with '*') is a problem: type it in full or
//    clear it — the server refuses it too. The rules that need the register, the calendar or
//    the county's thresholds (412, PEN-02…PEN-20) are the server's alone.
import type {
  CaseOfficerRef,
  CaseStage,
  DeadlineDisplayState,
  DeadlineDocument,
  DeadlineItem,
  DecisionOutcome,
  EvidenceType,
  ExcludedInterval,
  Id,
  PartyKind,
  PenaltyCase,
  PenaltyCaseBody,
  PenaltyKind,
  PenaltyProcedure,
  PenaltyTerms,
  PeriodUnit,
  ReviewOutcome,
  ServiceMethod,
  ActionCategory,
} from '@/api/types'
import { CASE_STAGES, REVIEW_CHECKLIST } from '@/constants/enums'
import { fieldPathToProp } from '@/utils/format'
import { fenToYuan, yuanToFen } from '@/utils/money'
import { isMasked, todayString, validateIdCard } from '@/validation/idcard'
import { validatePhone } from '@/validation/phone'
import type { Notice } from '@/validation/result'
import { validateUscc } from '@/validation/uscc'

/** The server's limit of names, numbers and short labels (json_reader.h kNameMaxChars). */
export const NAME_MAX_CHARS = 200
/** The server's limit of long texts (kTextMaxChars). */
export const TEXT_MAX_CHARS = 4000
/** 1,000亿元 in 分: larger amounts are a typing error (penalty_rules.cc kMaxAmountFen). */
export const MAX_AMOUNT_FEN = 10_000_000_000_000
/** Days of an approved extension (ValidateExtensions). */
export const EXTENSION_MIN = 1
export const EXTENSION_MAX = 365
/** "Due soon" window of the timeline: the default of the county setting alert_soon_days. */
export const ALERT_SOON_DAYS = 7
/** Days before the limitation ends that the detail page highlights (setting default). */
export const LIMITATION_ALERT_DAYS = 60

// ---- the form model ----

export interface PartyFormRow {
  id: Id | null
  kind: PartyKind
  name: string
  idNumber: string
  uscc: string
  phone: string
  address: string
}

export interface OfficerFormRow {
  officerId: Id
  /** From the register (or the stored case), to show it. */
  name: string
  certificateNumber: string
}

export interface TermsFormModel {
  kinds: PenaltyKind[]
  fineYuan: string
  confiscationYuan: string
  description: string
}

export interface HearingFormModel {
  requestedOn: string | null
  notifiedOn: string | null
  heldOn: string | null
  host: string
  hostInvestigated: boolean
  partyAbsent: boolean
}

export interface ReviewFormModel {
  submittedOn: string | null
  reviewedOn: string | null
  reviewer: string
  reviewerFirstTime: boolean
  reviewerQualified: boolean
  outcome: ReviewOutcome
  opinion: string
  checklist: boolean[]
}

export interface CollectiveFormModel {
  heldOn: string | null
  participants: string
  conclusion: string
}

export interface ExtensionFormRow {
  /** el-input-number gives null (or undefined) when cleared */
  amount: number | null | undefined
  unit: PeriodUnit
  approver: string
  approvedOn: string | null
  reason: string
  partyNotified: boolean
}

export interface IntervalFormRow {
  from: string | null
  to: string | null
  reason: string
}

export interface DocumentFormRow {
  id: Id | null
  stage: CaseStage
  evidenceType: EvidenceType
  recordedOn: string | null
  title: string
  fileName: string
  mediaType: string
  sizeBytes: number
  sha256: string
}

export interface PenaltyFormModel {
  id: Id | null
  townshipId: Id | null
  number: string
  cause: string
  matterType: string
  powerBasis: string
  category: ActionCategory
  procedure: PenaltyProcedure
  stage: CaseStage
  leadReceivedOn: string | null
  filedOn: string | null
  actOn: string | null
  graveHarm: boolean
  parties: PartyFormRow[]
  officers: OfficerFormRow[]
  majorPublicInterest: boolean
  complexCase: boolean
  seriousViolation: boolean
  reviewRequiredByLaw: boolean
  investigatedOn: string | null
  noticeServedOn: string | null
  proposed: TermsFormModel
  hearingRightNotified: boolean
  rightsWaivedOn: string | null
  statementSummary: string
  /** The party asked for a hearing (the hearing part is sent). */
  hasHearing: boolean
  hearing: HearingFormModel
  /** Submitted for 法制审核 (always at the 法制审核 stage). */
  hasReview: boolean
  legalReview: ReviewFormModel
  /** 集体讨论 held (always at the 集体讨论 stage). */
  hasCollective: boolean
  collective: CollectiveFormModel
  decidedOn: string | null
  outcome: DecisionOutcome
  decided: TermsFormModel
  decisionNumber: string
  servedOn: string | null
  serviceMethod: ServiceMethod
  electronicConsent: boolean
  executedOn: string | null
  paidYuan: string
  closedOn: string | null
  extensions: ExtensionFormRow[]
  excluded: IntervalFormRow[]
  publicationRequired: boolean
  publishedOn: string | null
  publicationUrl: string
  documents: DocumentFormRow[]
}

/** Problems of the form: el-form prop → the first problem of that field. */
export type PenaltyProblems = Record<string, Notice>

export function emptyParty(): PartyFormRow {
  return { id: null, kind: 'person', name: '', idNumber: '', uscc: '', phone: '', address: '' }
}

export function emptyTerms(): TermsFormModel {
  return { kinds: [], fineYuan: '', confiscationYuan: '', description: '' }
}

export function emptyHearing(): HearingFormModel {
  return { requestedOn: null, notifiedOn: null, heldOn: null, host: '', hostInvestigated: false, partyAbsent: false }
}

export function emptyChecklist(): boolean[] {
  return REVIEW_CHECKLIST.map(() => false)
}

export function emptyReview(): ReviewFormModel {
  return {
    submittedOn: null,
    reviewedOn: null,
    reviewer: '',
    reviewerFirstTime: false,
    reviewerQualified: false,
    outcome: 'agree',
    opinion: '',
    checklist: emptyChecklist(),
  }
}

export function emptyCollective(): CollectiveFormModel {
  return { heldOn: null, participants: '', conclusion: '' }
}

export function emptyExtension(): ExtensionFormRow {
  return { amount: null, unit: 'calendar', approver: '', approvedOn: null, reason: '', partyNotified: false }
}

export function emptyInterval(): IntervalFormRow {
  return { from: null, to: null, reason: '' }
}

export function emptyDocument(stage: CaseStage = 'filed'): DocumentFormRow {
  return { id: null, stage, evidenceType: 'record', recordedOn: null, title: '', fileName: '', mediaType: '', sizeBytes: 0, sha256: '' }
}

export function emptyPenaltyCase(townshipId: Id | null = null): PenaltyFormModel {
  return {
    id: null,
    townshipId,
    number: '',
    cause: '',
    matterType: '',
    powerBasis: '',
    category: 'penalty',
    procedure: 'general',
    stage: 'filed',
    leadReceivedOn: null,
    filedOn: null,
    actOn: null,
    graveHarm: false,
    parties: [emptyParty()],
    officers: [],
    majorPublicInterest: false,
    complexCase: false,
    seriousViolation: false,
    reviewRequiredByLaw: false,
    investigatedOn: null,
    noticeServedOn: null,
    proposed: emptyTerms(),
    hearingRightNotified: false,
    rightsWaivedOn: null,
    statementSummary: '',
    hasHearing: false,
    hearing: emptyHearing(),
    hasReview: false,
    legalReview: emptyReview(),
    hasCollective: false,
    collective: emptyCollective(),
    decidedOn: null,
    outcome: 'penalty',
    decided: emptyTerms(),
    decisionNumber: '',
    servedOn: null,
    serviceMethod: 'direct',
    electronicConsent: false,
    executedOn: null,
    paidYuan: '',
    closedOn: null,
    extensions: [],
    excluded: [],
    publicationRequired: true,
    publishedOn: null,
    publicationUrl: '',
    documents: [],
  }
}

// ---- conversions ----

function text(s: string | null | undefined): string {
  return (s ?? '').trim()
}

function date(s: string | null | undefined): string | null {
  return s ? s : null
}

/** 分 → the 元 input: '' for 0 (an empty box), else two decimals. */
function yuanInput(fen: number | null | undefined): string {
  return fen ? fenToYuan(fen) : ''
}

/** The 元 input → 分; '' and unreadable text as 0 (penaltyProblems reports the latter). */
function fen(yuan: string | number | null | undefined): number {
  if (yuan === null || yuan === undefined || (typeof yuan === 'string' && yuan.trim() === '')) return 0
  return yuanToFen(yuan) ?? 0
}

export const FINE_KIND: PenaltyKind = 'fine'
export const CONFISCATION_KINDS: readonly PenaltyKind[] = ['confiscate_gains', 'confiscate_property']

export function hasFine(kinds: readonly PenaltyKind[]): boolean {
  return kinds.includes(FINE_KIND)
}

export function hasConfiscation(kinds: readonly PenaltyKind[]): boolean {
  return kinds.some((k) => CONFISCATION_KINDS.includes(k))
}

function termsToForm(t: PenaltyTerms | null | undefined): TermsFormModel {
  if (!t) return emptyTerms()
  return {
    kinds: [...(t.kinds ?? [])],
    fineYuan: yuanInput(t.fineFen),
    confiscationYuan: yuanInput(t.confiscationFen),
    description: t.description ?? '',
  }
}

function formToTerms(t: TermsFormModel): Omit<PenaltyTerms, 'kindLabels'> {
  return {
    kinds: [...t.kinds],
    fineFen: hasFine(t.kinds) ? fen(t.fineYuan) : 0,
    confiscationFen: hasConfiscation(t.kinds) ? fen(t.confiscationYuan) : 0,
    description: text(t.description),
  }
}

function noTerms(): Omit<PenaltyTerms, 'kindLabels'> {
  return { kinds: [], fineFen: 0, confiscationFen: 0, description: '' }
}

function checklistOf(list: readonly boolean[] | null | undefined): boolean[] {
  return REVIEW_CHECKLIST.map((_, i) => !!list?.[i])
}

export function penaltyToForm(c: PenaltyCase): PenaltyFormModel {
  const base = emptyPenaltyCase(c.townshipId ?? null)
  const h = c.hearing
  const r = c.legalReview
  const k = c.collective
  return {
    ...base,
    id: c.id,
    number: c.number ?? '',
    cause: c.cause ?? '',
    matterType: c.matterType ?? '',
    powerBasis: c.powerBasis ?? '',
    category: c.category ?? base.category,
    procedure: c.procedure ?? base.procedure,
    stage: c.stage ?? base.stage,
    leadReceivedOn: c.leadReceivedOn ?? null,
    filedOn: c.filedOn ?? null,
    actOn: c.actOn ?? null,
    graveHarm: !!c.graveHarm,
    parties: (c.parties ?? []).map((p) => ({
      id: p.id ?? null,
      kind: p.kind ?? 'person',
      name: p.name ?? '',
      idNumber: p.idNumber ?? '',
      uscc: p.uscc ?? '',
      phone: p.phone ?? '',
      address: p.address ?? '',
    })),
    officers: (c.officers ?? []).map((o) => ({ officerId: o.officerId, name: o.name ?? '', certificateNumber: o.certificateNumber ?? '' })),
    majorPublicInterest: !!c.majorPublicInterest,
    complexCase: !!c.complexCase,
    seriousViolation: !!c.seriousViolation,
    reviewRequiredByLaw: !!c.reviewRequiredByLaw,
    investigatedOn: c.investigatedOn ?? null,
    noticeServedOn: c.noticeServedOn ?? null,
    proposed: termsToForm(c.proposed),
    hearingRightNotified: !!c.hearingRightNotified,
    rightsWaivedOn: c.rightsWaivedOn ?? null,
    statementSummary: c.statementSummary ?? '',
    hasHearing: !!h,
    hearing: h
      ? {
          requestedOn: h.requestedOn ?? null,
          notifiedOn: h.notifiedOn ?? null,
          heldOn: h.heldOn ?? null,
          host: h.host ?? '',
          hostInvestigated: !!h.hostInvestigated,
          partyAbsent: !!h.partyAbsent,
        }
      : emptyHearing(),
    hasReview: !!r,
    legalReview: r
      ? {
          submittedOn: r.submittedOn ?? null,
          reviewedOn: r.reviewedOn ?? null,
          reviewer: r.reviewer ?? '',
          reviewerFirstTime: !!r.reviewerFirstTime,
          reviewerQualified: !!r.reviewerQualified,
          outcome: r.outcome ?? 'agree',
          opinion: r.opinion ?? '',
          checklist: checklistOf(r.checklist),
        }
      : emptyReview(),
    hasCollective: !!k,
    collective: k ? { heldOn: k.heldOn ?? null, participants: k.participants ?? '', conclusion: k.conclusion ?? '' } : emptyCollective(),
    decidedOn: c.decidedOn ?? null,
    outcome: c.outcome ?? 'penalty',
    decided: termsToForm(c.decided),
    decisionNumber: c.decisionNumber ?? '',
    servedOn: c.servedOn ?? null,
    serviceMethod: c.serviceMethod ?? 'direct',
    electronicConsent: !!c.electronicConsent,
    executedOn: c.executedOn ?? null,
    paidYuan: yuanInput(c.paidFen),
    closedOn: c.closedOn ?? null,
    extensions: (c.extensions ?? []).map((e) => ({
      amount: e.amount ?? null,
      unit: e.unit ?? 'calendar',
      approver: e.approver ?? '',
      approvedOn: e.approvedOn ?? null,
      reason: e.reason ?? '',
      partyNotified: !!e.partyNotified,
    })),
    excluded: (c.excluded ?? []).map((x) => ({ from: x.from ?? null, to: x.to ?? null, reason: x.reason ?? '' })),
    publicationRequired: c.publicationRequired ?? true,
    publishedOn: c.publishedOn ?? null,
    publicationUrl: c.publicationUrl ?? '',
    documents: (c.documents ?? []).map((d) => ({
      id: d.id ?? null,
      stage: d.stage ?? 'filed',
      evidenceType: d.evidenceType ?? 'record',
      recordedOn: d.recordedOn ?? null,
      title: d.title ?? '',
      fileName: d.fileName ?? '',
      mediaType: d.mediaType ?? '',
      sizeBytes: d.sizeBytes ?? 0,
      sha256: d.sha256 ?? '',
    })),
  }
}

/** The hearing is sent (a general-procedure case whose party asked for one). */
export function sendsHearing(f: Pick<PenaltyFormModel, 'procedure' | 'hasHearing'>): boolean {
  return f.procedure === 'general' && f.hasHearing
}

/** The 法制审核 is sent: general procedure, switched on or at the 法制审核 stage. */
export function sendsReview(f: Pick<PenaltyFormModel, 'procedure' | 'hasReview' | 'stage'>): boolean {
  return f.procedure === 'general' && (f.hasReview || f.stage === 'legal_review')
}

/** The 集体讨论 is sent: general procedure, switched on or at the 集体讨论 stage. */
export function sendsCollective(f: Pick<PenaltyFormModel, 'procedure' | 'hasCollective' | 'stage'>): boolean {
  return f.procedure === 'general' && (f.hasCollective || f.stage === 'collective')
}

/** The JSON body of POST/PUT enforcement/cases (the whole case). */
export function formToPenalty(f: PenaltyFormModel): PenaltyCaseBody {
  const general = f.procedure === 'general'
  const at = (s: CaseStage) => reached(f.stage, s)
  const decision = at('decision')
  const penalty = f.outcome === 'penalty'
  const body: PenaltyCaseBody = {
    townshipId: f.townshipId ?? 0,
    number: text(f.number),
    cause: text(f.cause),
    matterType: text(f.matterType),
    powerBasis: text(f.powerBasis),
    category: f.category,
    procedure: f.procedure,
    stage: f.stage,
    leadReceivedOn: date(f.leadReceivedOn),
    filedOn: date(f.filedOn),
    actOn: date(f.actOn),
    graveHarm: f.graveHarm,
    parties: f.parties.map((p) => ({
      ...(p.id ? { id: p.id } : {}),
      kind: p.kind,
      name: text(p.name),
      idNumber: p.kind === 'person' ? text(p.idNumber) : '',
      uscc: p.kind === 'org' ? text(p.uscc) : '',
      phone: text(p.phone),
      address: text(p.address),
    })),
    officers: f.officers.map((o) => ({ officerId: o.officerId, certificateNumber: text(o.certificateNumber) })),
    majorPublicInterest: f.majorPublicInterest,
    complexCase: f.complexCase,
    seriousViolation: f.seriousViolation,
    reviewRequiredByLaw: f.reviewRequiredByLaw,
    investigatedOn: general ? date(f.investigatedOn) : null,
    noticeServedOn: date(f.noticeServedOn),
    proposed: formToTerms(f.proposed),
    hearingRightNotified: f.hearingRightNotified,
    rightsWaivedOn: date(f.rightsWaivedOn),
    statementSummary: text(f.statementSummary),
    hearing: sendsHearing(f)
      ? {
          requestedOn: date(f.hearing.requestedOn),
          notifiedOn: date(f.hearing.notifiedOn),
          heldOn: date(f.hearing.heldOn),
          host: text(f.hearing.host),
          hostInvestigated: f.hearing.hostInvestigated,
          partyAbsent: f.hearing.partyAbsent,
        }
      : null,
    legalReview: sendsReview(f)
      ? {
          submittedOn: date(f.legalReview.submittedOn),
          reviewedOn: date(f.legalReview.reviewedOn),
          reviewer: text(f.legalReview.reviewer),
          reviewerFirstTime: f.legalReview.reviewerFirstTime,
          reviewerQualified: f.legalReview.reviewerQualified,
          outcome: f.legalReview.outcome,
          opinion: text(f.legalReview.opinion),
          checklist: checklistOf(f.legalReview.checklist),
        }
      : null,
    collective: sendsCollective(f)
      ? { heldOn: date(f.collective.heldOn), participants: text(f.collective.participants), conclusion: text(f.collective.conclusion) }
      : null,
    decidedOn: decision ? date(f.decidedOn) : null,
    outcome: f.outcome,
    decided: decision && penalty ? formToTerms(f.decided) : noTerms(),
    decisionNumber: decision ? text(f.decisionNumber) : '',
    servedOn: at('service') ? date(f.servedOn) : null,
    serviceMethod: f.serviceMethod,
    electronicConsent: f.electronicConsent,
    executedOn: at('execution') ? date(f.executedOn) : null,
    paidFen: at('execution') ? fen(f.paidYuan) : 0,
    closedOn: at('closed') ? date(f.closedOn) : null,
    extensions: general
      ? f.extensions.map((e) => ({
          amount: Number.isFinite(Number(e.amount)) && e.amount !== null && e.amount !== undefined ? Number(e.amount) : 0,
          unit: e.unit,
          approver: text(e.approver),
          approvedOn: date(e.approvedOn),
          reason: text(e.reason),
          partyNotified: e.partyNotified,
        }))
      : [],
    excluded: general ? f.excluded.map((x): ExcludedInterval => ({ from: date(x.from), to: date(x.to), reason: text(x.reason) })) : [],
    publicationRequired: f.publicationRequired,
    publishedOn: decision ? date(f.publishedOn) : null,
    publicationUrl: decision ? text(f.publicationUrl) : '',
    documents: f.documents.map((d) => ({
      ...(d.id ? { id: d.id } : {}),
      stage: d.stage,
      evidenceType: d.evidenceType,
      recordedOn: date(d.recordedOn),
      title: text(d.title),
      fileName: d.fileName ?? '',
      mediaType: d.mediaType ?? '',
      sizeBytes: d.sizeBytes ?? 0,
      sha256: d.sha256 ?? '',
    })),
  }
  if (f.id) body.id = f.id
  return body
}

/** The officer rows after the multi-select changed: kept rows keep their certificate number,
 *  a new one takes `defaultNumber(id)` (the certificate valid today, from the register). */
export function syncOfficers(
  rows: readonly OfficerFormRow[],
  ids: readonly Id[],
  lookup: (id: Id) => { name: string; certificateNumber: string } | undefined,
): OfficerFormRow[] {
  return ids.map((id) => {
    const kept = rows.find((r) => r.officerId === id)
    if (kept) return kept
    const o = lookup(id)
    return { officerId: id, name: o?.name ?? String(id), certificateNumber: o?.certificateNumber ?? '' }
  })
}

/** The body's officer list as the record's (for tests and the detail page). */
export function officerRefs(rows: readonly OfficerFormRow[]): CaseOfficerRef[] {
  return rows.map((o) => ({ officerId: o.officerId, name: o.name, certificateNumber: o.certificateNumber }))
}

// ---- stages ----

export function stageIndex(s: CaseStage): number {
  return CASE_STAGES.indexOf(s)
}

/** The case at `stage` has reached stage `s`. */
export function reached(stage: CaseStage, s: CaseStage): boolean {
  return stageIndex(stage) >= stageIndex(s)
}

/** Stages the 简易程序 does not have (it decides on the spot). */
export const SUMMARY_SKIPPED: ReadonlySet<CaseStage> = new Set(['investigation', 'notice', 'statement', 'legal_review', 'collective'])

/** The stage after `stage` (简易程序: 立案 → 决定), or null for a closed case. */
export function nextStage(stage: CaseStage, procedure: PenaltyProcedure): CaseStage | null {
  for (let i = stageIndex(stage) + 1; i < CASE_STAGES.length; i++) {
    const s = CASE_STAGES[i]!
    if (procedure === 'summary' && SUMMARY_SKIPPED.has(s)) continue
    return s
  }
  return null
}

/** A stored case at `from` may go back to the form's stage (CheckStageMove): only from 法制审核 or
 *  集体讨论 to 调查取证 or 告知, after a 修改后提交/不同意 review. Forward moves are always allowed
 *  here (the server checks what the stage needs). */
export function stageMoveAllowed(from: CaseStage | null, f: PenaltyFormModel, to: CaseStage = f.stage): boolean {
  if (!from || stageIndex(to) >= stageIndex(from)) return true
  const backFromReview = from === 'legal_review' || from === 'collective'
  const toRedo = to === 'investigation' || to === 'notice'
  const sentBack = sendsReview({ ...f, stage: to }) && !!f.legalReview.reviewedOn && f.legalReview.outcome !== 'agree'
  return backFromReview && toRedo && sentBack
}

export interface StageChoice {
  value: CaseStage
  disabled: boolean
}

/** The stages the selector offers: not the ones the 简易程序 lacks, not back from the stored
 *  stage unless the review sent the case back. */
export function stageChoices(f: PenaltyFormModel, storedStage: CaseStage | null): StageChoice[] {
  return CASE_STAGES.map((s) => ({
    value: s,
    disabled: (f.procedure === 'summary' && SUMMARY_SKIPPED.has(s)) || !stageMoveAllowed(storedStage, f, s),
  }))
}

/** The tag colour of a stage: 立案 grey, investigation to 集体讨论 blue, 决定 to 执行 orange,
 *  结案 green. */
export function stageTagType(stage: CaseStage | string | null | undefined): 'info' | 'primary' | 'warning' | 'success' {
  switch (stage) {
    case 'filed':
      return 'info'
    case 'decision':
    case 'service':
    case 'execution':
      return 'warning'
    case 'closed':
      return 'success'
    default:
      return 'primary'
  }
}

/** The date each stage happened on (the stepper's descriptions). */
export function stageDates(c: PenaltyCase): Record<CaseStage, string | null> {
  return {
    filed: c.filedOn ?? c.leadReceivedOn ?? null,
    investigation: c.investigatedOn ?? null,
    notice: c.noticeServedOn ?? c.rightsWaivedOn ?? null,
    statement: c.hearing?.heldOn ?? c.hearing?.requestedOn ?? null,
    legal_review: c.legalReview?.reviewedOn ?? c.legalReview?.submittedOn ?? null,
    collective: c.collective?.heldOn ?? null,
    decision: c.decidedOn ?? null,
    service: c.servedOn ?? null,
    execution: c.executedOn ?? null,
    closed: c.closedOn ?? null,
  }
}

export type StepState = 'done' | 'current' | 'skipped' | 'todo'

/** The stepper over the ten stages: done before the case's stage (or skipped — a stage the
 *  简易程序 lacks, or an optional one passed with nothing recorded), current, to do after. */
export function stageSteps(c: PenaltyCase): { stage: CaseStage; state: StepState; date: string | null }[] {
  const dates = stageDates(c)
  const at = stageIndex(c.stage)
  const optional = new Set<CaseStage>(['statement', 'legal_review', 'collective'])
  return CASE_STAGES.map((s, i) => {
    const d = dates[s]
    let state: StepState
    if (c.procedure === 'summary' && SUMMARY_SKIPPED.has(s)) state = 'skipped'
    else if (i === at) state = 'current'
    else if (i > at) state = 'todo'
    else state = optional.has(s) && !d && !(s === 'statement' && c.statementSummary) ? 'skipped' : 'done'
    return { stage: s, state, date: d }
  })
}

// ---- the dialog's sections ----

export type PenaltySection =
  | 'parties'
  | 'officers'
  | 'investigation'
  | 'notice'
  | 'statement'
  | 'legal_review'
  | 'collective'
  | 'decision'
  | 'service'
  | 'execution'
  | 'closed'
  | 'publication'
  | 'periods'
  | 'documents'

/** The sections the dialog shows, in order: a stage's section once the case reached it (or
 *  while it holds data: a review that sent the case back stays); none of the stages the
 *  简易程序 lacks. */
export function penaltySections(f: PenaltyFormModel): PenaltySection[] {
  const general = f.procedure === 'general'
  const at = (s: CaseStage) => reached(f.stage, s)
  const noticeData = !!(f.noticeServedOn || f.rightsWaivedOn || f.proposed.kinds.length || text(f.statementSummary))
  const out: PenaltySection[] = ['parties', 'officers']
  if (general && at('investigation')) out.push('investigation')
  if (at('notice') || noticeData) out.push('notice')
  if (at('statement') || (general && f.hasHearing) || !!text(f.statementSummary)) out.push('statement')
  if (general && (at('legal_review') || f.hasReview)) out.push('legal_review')
  if (general && (at('collective') || f.hasCollective)) out.push('collective')
  if (at('decision')) out.push('decision')
  if (at('service')) out.push('service')
  if (at('execution')) out.push('execution')
  if (at('closed')) out.push('closed')
  if (at('decision')) out.push('publication')
  if (general) out.push('periods')
  out.push('documents')
  return out
}

/** The section of a stage (the one to open for it). */
export function sectionOfStage(stage: CaseStage): PenaltySection {
  switch (stage) {
    case 'filed':
      return 'parties'
    case 'investigation':
    case 'notice':
    case 'statement':
    case 'legal_review':
    case 'collective':
    case 'decision':
    case 'service':
    case 'execution':
    case 'closed':
      return stage
  }
}

const SECTION_OF_FIELD: Record<string, PenaltySection> = {
  investigatedOn: 'investigation',
  majorPublicInterest: 'investigation',
  complexCase: 'investigation',
  seriousViolation: 'investigation',
  reviewRequiredByLaw: 'investigation',
  noticeServedOn: 'notice',
  proposed: 'notice',
  hearingRightNotified: 'notice',
  rightsWaivedOn: 'notice',
  statementSummary: 'statement',
  hearing: 'statement',
  legalReview: 'legal_review',
  collective: 'collective',
  decidedOn: 'decision',
  outcome: 'decision',
  decided: 'decision',
  decisionNumber: 'decision',
  servedOn: 'service',
  serviceMethod: 'service',
  electronicConsent: 'service',
  executedOn: 'execution',
  paidFen: 'execution',
  paidYuan: 'execution',
  closedOn: 'closed',
  publicationRequired: 'publication',
  publishedOn: 'publication',
  publicationUrl: 'publication',
  extensions: 'periods',
  excluded: 'periods',
  documents: 'documents',
  parties: 'parties',
  officers: 'officers',
}

/** The section holding a field (prop or server path), or null for the basic facts on top. */
export function penaltySectionOf(field: string): PenaltySection | null {
  const head = fieldPathToProp(field).split('.')[0] ?? ''
  return SECTION_OF_FIELD[head] ?? null
}

/** The prop of a server field path, and its parents, nearest first: "decided.kinds[1]" →
 *  ["decided.kinds.1", "decided.kinds", "decided"]; money in 分 also as its 元 input. */
export function propCandidates(field: string): string[] {
  const parts = fieldPathToProp(field).split('.')
  const out: string[] = []
  for (let n = parts.length; n > 0; n--) {
    const p = parts.slice(0, n).join('.')
    out.push(p)
    if (/Fen$/.test(p)) out.push(p.replace(/Fen$/, 'Yuan'))
  }
  return out
}

// ---- client checks (ValidatePenaltyCase) ----

function notice(key: string, params: Notice['params'] = {}): Notice {
  return { key, params }
}

const REQUIRED = notice('validation.required')
const NOT_FUTURE = notice('validation.notFuture')

function blank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '')
}

/** The problems of the form on `today` (YYYY-MM-DD), by el-form prop: those of the body it
 *  sends (the server's checks), then the 元 inputs that are not amounts. */
export function penaltyProblems(f: PenaltyFormModel, today: string = todayString()): PenaltyProblems {
  const out: PenaltyProblems = {}
  const put = (prop: string, p: Notice | null) => {
    if (p && !out[prop]) out[prop] = p
  }
  // A date that, when set (or always, when required), lies in [floor, today].
  const within = (prop: string, d: string | null | undefined, floor: string | null | undefined, floorKey: string, required = false) => {
    if (!d) {
      if (required) put(prop, REQUIRED)
      return
    }
    if (d > today) put(prop, NOT_FUTURE)
    else if (floor && d < floor) put(prop, notice(floorKey, { date: floor }))
  }
  const requireText = (prop: string, v: string) => put(prop, blank(v) ? REQUIRED : null)

  // Money first, on the inputs: an unreadable amount would be sent as 0.
  const money = (prop: string, v: string, shown: boolean) => {
    if (!shown || blank(v)) return
    const n = yuanToFen(v)
    if (n === null) put(prop, notice('validation.amountFormat'))
    else if (n < 0) put(prop, notice('validation.nonNegative'))
    else if (n > MAX_AMOUNT_FEN) put(prop, notice('validation.penalty.amountMax'))
  }

  const b = formToPenalty(f)
  const at = (s: CaseStage) => reached(b.stage, s)
  const general = b.procedure === 'general'
  const summary = !general

  money('proposed.fineYuan', f.proposed.fineYuan, hasFine(f.proposed.kinds))
  money('proposed.confiscationYuan', f.proposed.confiscationYuan, hasConfiscation(f.proposed.kinds))
  const decidedTerms = at('decision') && b.outcome === 'penalty'
  money('decided.fineYuan', f.decided.fineYuan, decidedTerms && hasFine(f.decided.kinds))
  money('decided.confiscationYuan', f.decided.confiscationYuan, decidedTerms && hasConfiscation(f.decided.kinds))
  money('paidYuan', f.paidYuan, at('execution'))

  requireText('number', b.number)
  requireText('cause', b.cause)
  requireText('matterType', b.matterType)
  if (!b.parties.length) put('parties', notice('validation.penalty.partiesMin'))
  b.parties.forEach((p, i) => {
    const pre = `parties.${i}.`
    requireText(pre + 'name', p.name)
    if (p.kind === 'person' && p.idNumber) {
      if (isMasked(p.idNumber)) put(pre + 'idNumber', notice('validation.masked'))
      else {
        const r = validateIdCard(p.idNumber, today)
        if (!r.ok) put(pre + 'idNumber', notice(r.key, r.params))
      }
    }
    if (p.kind === 'org' && p.uscc) {
      const r = validateUscc(p.uscc)
      if (!r.ok) put(pre + 'uscc', notice(r.key, r.params))
    }
    if (p.phone) {
      if (isMasked(p.phone)) put(pre + 'phone', notice('validation.masked'))
      else {
        const r = validatePhone(p.phone)
        if (!r.ok) put(pre + 'phone', notice(r.key, r.params))
      }
    }
  })
  const ids = new Set<Id>()
  b.officers.forEach((o, i) => {
    if (!(o.officerId > 0)) put(`officers.${i}.officerId`, notice('validation.penalty.officerFromRegister'))
    else if (ids.has(o.officerId)) put(`officers.${i}.officerId`, notice('validation.penalty.officerDuplicate'))
    ids.add(o.officerId)
  })

  // ValidateDates
  within('leadReceivedOn', b.leadReceivedOn, null, '', true)
  if (b.actOn && b.actOn > today) put('actOn', NOT_FUTURE)
  within('filedOn', b.filedOn, b.leadReceivedOn, 'validation.penalty.notBeforeLead')
  const filed = b.filedOn ?? b.leadReceivedOn
  within('investigatedOn', b.investigatedOn, filed, 'validation.penalty.notBeforeFiled')
  within('noticeServedOn', b.noticeServedOn, filed, 'validation.penalty.notBeforeFiled')
  within('rightsWaivedOn', b.rightsWaivedOn, filed, 'validation.penalty.notBeforeFiled')
  if (b.hearing) {
    const h = b.hearing
    if (!b.noticeServedOn) put('hearing.requestedOn', notice('validation.penalty.hearingNeedsNotice'))
    else within('hearing.requestedOn', h.requestedOn, b.noticeServedOn, 'validation.penalty.notBeforeNotice', true)
    within('hearing.notifiedOn', h.notifiedOn, h.requestedOn, 'validation.penalty.notBeforeRequest')
    if (h.heldOn) {
      if (!h.notifiedOn) put('hearing.notifiedOn', notice('validation.penalty.hearingNotifiedFirst'))
      else within('hearing.heldOn', h.heldOn, h.notifiedOn, 'validation.penalty.notBeforeNotified')
      if (!h.partyAbsent) requireText('hearing.host', h.host)
    }
  }
  if (b.legalReview) {
    const r = b.legalReview
    within('legalReview.submittedOn', r.submittedOn, filed, 'validation.penalty.notBeforeFiled', true)
    within('legalReview.reviewedOn', r.reviewedOn, r.submittedOn, 'validation.penalty.notBeforeSubmitted')
    if (r.reviewedOn) {
      requireText('legalReview.reviewer', r.reviewer)
      requireText('legalReview.opinion', r.opinion)
    }
  }
  if (b.collective) {
    within('collective.heldOn', b.collective.heldOn, filed, 'validation.penalty.notBeforeFiled', true)
    requireText('collective.participants', b.collective.participants)
    requireText('collective.conclusion', b.collective.conclusion)
  }
  within('decidedOn', b.decidedOn, filed, 'validation.penalty.notBeforeFiled')
  const decided = b.decidedOn ?? filed
  within('servedOn', b.servedOn, decided, 'validation.penalty.notBeforeDecided')
  within('executedOn', b.executedOn, decided, 'validation.penalty.notBeforeDecided')
  within('closedOn', b.closedOn, b.executedOn ?? b.servedOn ?? decided, 'validation.penalty.notBeforeCarriedOut')
  within('publishedOn', b.publishedOn, decided, 'validation.penalty.notBeforeDecided')
  if (b.publishedOn && blank(b.publicationUrl)) put('publicationUrl', notice('validation.penalty.publicationUrl'))

  // ValidateTerms (a fine or confiscation amount is only sent with its kind)
  const terms = (prefix: 'proposed' | 'decided', t: Omit<PenaltyTerms, 'kindLabels'>) => {
    if (hasFine(t.kinds) && t.fineFen === 0) put(`${prefix}.fineYuan`, notice('validation.penalty.fineRequired'))
  }
  terms('proposed', b.proposed)
  terms('decided', b.decided)

  // ValidateExtensions
  b.extensions.forEach((e, i) => {
    const pre = `extensions.${i}.`
    const raw = f.extensions[i]?.amount
    if (raw === null || raw === undefined || (raw as unknown) === '') put(pre + 'amount', REQUIRED)
    else if (!Number.isInteger(e.amount)) put(pre + 'amount', notice('validation.integer'))
    else if (e.amount < EXTENSION_MIN || e.amount > EXTENSION_MAX) put(pre + 'amount', notice('validation.range', { min: EXTENSION_MIN, max: EXTENSION_MAX }))
    requireText(pre + 'approver', e.approver)
    if (!e.approvedOn) put(pre + 'approvedOn', REQUIRED)
    requireText(pre + 'reason', e.reason)
  })
  b.excluded.forEach((x, i) => {
    const pre = `excluded.${i}.`
    if (!x.from) put(pre + 'from', REQUIRED)
    if (!x.to) put(pre + 'to', REQUIRED)
    else if (x.from && x.to < x.from) put(pre + 'to', notice('validation.penalty.intervalOrder'))
    requireText(pre + 'reason', x.reason)
  })

  // ValidateStageData: what the stage needs
  if (at('investigation') && !b.filedOn) put('filedOn', notice('validation.penalty.filedRequired'))
  if (summary && b.stage !== 'filed' && !at('decision')) put('stage', notice('validation.penalty.summaryStage'))
  if (general && at('investigation') && !b.investigatedOn) put('investigatedOn', REQUIRED)
  if (at('investigation') && !b.officers.length) put('officers', notice('validation.penalty.officersRequired'))
  // From the decision on, a missing 告知 is the server's rule PEN-08 (a 412 naming the article),
  // and a decision without penalty needs none.
  if (general && at('notice') && !at('decision') && !b.noticeServedOn && !b.rightsWaivedOn) {
    put('noticeServedOn', notice('validation.penalty.noticeRequired'))
  }
  if (b.noticeServedOn && !b.proposed.kinds.length) put('proposed.kinds', notice('validation.penalty.proposedKinds'))
  if (general && at('legal_review') && (!b.legalReview || !b.legalReview.reviewedOn) && (b.stage === 'legal_review' || b.legalReview)) {
    put('legalReview.reviewedOn', notice('validation.penalty.reviewedRequired'))
  }
  if (b.stage === 'collective' && !b.collective) put('collective.heldOn', REQUIRED)
  if (at('decision')) {
    if (!b.decidedOn) put('decidedOn', REQUIRED)
    requireText('decisionNumber', b.decisionNumber)
    if (b.outcome === 'penalty' && !b.decided.kinds.length) put('decided.kinds', notice('validation.penalty.decidedKinds'))
  }
  if (at('service') && !b.servedOn) put('servedOn', REQUIRED)
  if (at('execution') && b.outcome === 'penalty' && !b.executedOn) put('executedOn', REQUIRED)
  if (at('closed') && !b.closedOn) put('closedOn', REQUIRED)

  // ValidateDocuments
  b.documents.forEach((d, i) => {
    const pre = `documents.${i}.`
    requireText(pre + 'title', d.title)
    within(pre + 'recordedOn', d.recordedOn, null, '', true)
    if (stageIndex(d.stage) > stageIndex(b.stage)) put(pre + 'stage', notice('validation.penalty.documentStageAhead'))
  })
  return out
}

/** The props required now (for the asterisk of their form item). */
export function requiredProps(f: PenaltyFormModel): Set<string> {
  const out = new Set(['number', 'cause', 'matterType', 'leadReceivedOn', 'parties'])
  const at = (s: CaseStage) => reached(f.stage, s)
  const general = f.procedure === 'general'
  const penalty = f.outcome === 'penalty'
  f.parties.forEach((_p, i) => out.add(`parties.${i}.name`))
  if (at('investigation')) {
    out.add('filedOn')
    out.add('officers')
    if (general) out.add('investigatedOn')
  }
  if (general && at('notice') && !at('decision') && !f.rightsWaivedOn) out.add('noticeServedOn')
  if (f.noticeServedOn) out.add('proposed.kinds')
  if (hasFine(f.proposed.kinds)) out.add('proposed.fineYuan')
  if (sendsHearing(f)) {
    out.add('hearing.requestedOn')
    if (f.hearing.heldOn) {
      out.add('hearing.notifiedOn')
      if (!f.hearing.partyAbsent) out.add('hearing.host')
    }
  }
  if (sendsReview(f)) {
    out.add('legalReview.submittedOn')
    if (at('legal_review')) out.add('legalReview.reviewedOn')
    if (f.legalReview.reviewedOn) {
      out.add('legalReview.reviewer')
      out.add('legalReview.opinion')
    }
  }
  if (sendsCollective(f)) {
    out.add('collective.heldOn')
    out.add('collective.participants')
    out.add('collective.conclusion')
  }
  if (at('decision')) {
    out.add('decidedOn')
    out.add('decisionNumber')
    if (penalty) out.add('decided.kinds')
    if (penalty && hasFine(f.decided.kinds)) out.add('decided.fineYuan')
  }
  if (at('service')) out.add('servedOn')
  if (at('execution') && penalty) out.add('executedOn')
  if (at('closed')) out.add('closedOn')
  if (f.publishedOn) out.add('publicationUrl')
  f.extensions.forEach((_e, i) => ['amount', 'approver', 'approvedOn', 'reason'].forEach((k) => out.add(`extensions.${i}.${k}`)))
  f.excluded.forEach((_x, i) => ['from', 'to', 'reason'].forEach((k) => out.add(`excluded.${i}.${k}`)))
  f.documents.forEach((_d, i) => ['stage', 'recordedOn', 'title'].forEach((k) => out.add(`documents.${i}.${k}`)))
  return out
}

// ---- deadlines ----

export type PenaltyDeadlineKey = 'decision' | 'hearingRequest' | 'service' | 'publication' | 'payment'

/** EvaluateDeadline: met on time/late once done, else overdue after the due day, due soon
 *  within `soonDays`, else pending. */
export function deadlineState(due: string, doneOn: string | null | undefined, today: string, soonDays = ALERT_SOON_DAYS): DeadlineDisplayState {
  if (doneOn) return doneOn <= due ? 'met_on_time' : 'met_late'
  if (today > due) return 'overdue'
  return daysFrom(today, due) <= soonDays ? 'due_soon' : 'pending'
}

function daysFrom(a: string, b: string): number {
  const ms = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10))
  return Math.round((ms(b) - ms(a)) / 86400000)
}

function item(doc: DeadlineDocument, doneOn: string | null | undefined, today: string, soonDays: number): DeadlineItem {
  const due = doc.due ?? ''
  return {
    rule: doc.rule,
    ruleName: doc.ruleName,
    start: doc.start ?? null,
    due: doc.due ?? null,
    rawDue: doc.rawDue ?? null,
    rolled: doc.rolledForward,
    state: due ? deadlineState(due, doneOn, today, soonDays) : 'pending',
    doneOn: doneOn ?? null,
    basis: doc.basis,
    provisional: doc.provisional,
    warnings: doc.warnings,
  }
}

/** The case's deadlines as timeline rows, each with the act that meets it: the decision, the
 *  party's hearing request (or waiver; "lapsed" when the period ran out unused), the service,
 *  the publication, the payment of a fine (executed). Rows whose start is not known yet are
 *  left out. The names are the server's (zh); the page shows its own by `key`. */
export function penaltyDeadlineItems(c: PenaltyCase, today: string = todayString(), soonDays = ALERT_SOON_DAYS): { key: PenaltyDeadlineKey; item: DeadlineItem }[] {
  const d = c.deadlines
  if (!d) return []
  const out: { key: PenaltyDeadlineKey; item: DeadlineItem }[] = []
  if (d.decision) out.push({ key: 'decision', item: item(d.decision, c.decidedOn, today, soonDays) })
  if (d.hearingRequest) {
    const done = c.hearing?.requestedOn ?? c.rightsWaivedOn ?? null
    const row = item(d.hearingRequest, done, today, soonDays)
    if (!done && row.state === 'overdue') row.state = 'lapsed'
    out.push({ key: 'hearingRequest', item: row })
  }
  if (d.service) out.push({ key: 'service', item: item(d.service, c.servedOn, today, soonDays) })
  if (d.publication) out.push({ key: 'publication', item: item(d.publication, c.publishedOn, today, soonDays) })
  if (d.paymentDue) {
    const doc: DeadlineDocument = { rule: 'PEN-16', ruleName: '', start: c.servedOn ?? null, due: d.paymentDue, basis: '' }
    out.push({ key: 'payment', item: item(doc, c.executedOn, today, soonDays) })
  }
  return out
}

/** The decision deadline of a list row with its state today (null without one: 简易程序, or
 *  not filed yet). */
export function decisionDue(c: PenaltyCase, today: string = todayString(), soonDays = ALERT_SOON_DAYS): { due: string; state: DeadlineDisplayState } | null {
  const due = c.deadlines?.decision?.due
  if (!due) return null
  return { due, state: deadlineState(due, c.decidedOn, today, soonDays) }
}

/** Days to the end of the limitation period while undecided (null once decided or unknown). */
export function limitationDaysLeft(c: PenaltyCase, today: string = todayString()): number | null {
  const end = c.deadlines?.limitationEnds
  if (!end || c.decidedOn) return null
  return daysFrom(today, end)
}

// ---- uploading a file of the 全过程记录 ----

/** What the file picker offers; the server decides on the content (photos, audio, video, PDF). */
export const UPLOAD_ACCEPT = 'image/*,audio/*,video/*,application/pdf'

/** The stages a document of the case may belong to (ValidateCaseDocument): those it has reached,
 *  without the ones the 简易程序 skips — and 法制审核/集体讨论 of a case the review sent back. */
export function documentStages(c: Pick<PenaltyCase, 'stage' | 'procedure' | 'legalReview'>): CaseStage[] {
  const sentBack = !!c.legalReview?.reviewedOn && c.legalReview.outcome !== 'agree'
  return CASE_STAGES.filter((s) => {
    if (c.procedure === 'summary' && SUMMARY_SKIPPED.has(s)) return false
    if (reached(c.stage, s)) return true
    return sentBack && (s === 'legal_review' || s === 'collective')
  })
}

/** A title from the file's name: without the directory and the extension ("现场照片.jpg" → "现场照片"). */
export function titleFromFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '')
  const dot = base.lastIndexOf('.')
  return (dot > 0 ? base.slice(0, dot) : base).trim().slice(0, NAME_MAX_CHARS)
}

/** The evidence type a file most likely is: photos, recordings and videos are 视听资料, a PDF a
 *  书证 (the user may change it). */
export function evidenceTypeOfFile(mediaType: string): EvidenceType {
  if (/^(image|audio|video)\//.test(mediaType)) return 'audio_visual'
  return 'documentary'
}
