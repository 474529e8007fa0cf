// The 重大行政决策 form ⇄ the API record (decisions), the client checks of ValidateMajorDecision
// (src/domain/decision/decision_rules.cc) on the form model, and the helpers of the pages: the
// five-step checklist of the detail page (公众参与, 专家论证, 风险评估, 合法性审查, 集体讨论决定,
// each done with its date, not needed, or missing) and the dialog's sections.
//
//  * decisionToForm drops what the server computes (labels, procedureComplete);
//    formToDecision builds the POST/PUT body — the whole decision (PUT replaces it): texts
//    trimmed, '' dates as null, the catalogue item and year only in the catalogue, the legal
//    risk statement only for an exploratory reform.
//  * decisionProblems validates that body as ValidateMajorDecision does (the same order, every
//    problem, not only the first) and keys each by the el-form prop of its field (the server's
//    field names: the body is flat), as a message key with parameters.
//  * The procedure's hard gates are the server's (CheckDecisionRules, a 412 naming the rule:
//    DEC-05 公众参与, DEC-06 专家论证, DEC-07 风险评估, DEC-08 合法性审查, DEC-09 公平竞争审查,
//    each before the decision). The dialog shows hints for them; the client never refuses them,
//    so the server's message (rule, text, article) is what the user reads.
import type { DecisionScope, Id, MajorDecision, MajorDecisionBody, MeetingResult, RiskLevel } from '@/api/types'
import { ENUMS } from '@/constants/enums'
import { fieldPathToProp } from '@/utils/format'
import { todayString } from '@/validation/idcard'
import type { Notice } from '@/validation/result'

/** The server's limit of names, numbers and short labels (json_reader.h kNameMaxChars). */
export const NAME_MAX_CHARS = 200
/** The server's limit of long texts (kTextMaxChars). */
export const TEXT_MAX_CHARS = 4000
/** DEC-05 (第15条): a comment period shorter than this needs a published reason. */
export const MIN_COMMENT_DAYS = 30

/** Which procedures the decision needs: 专家论证 (DEC-06), 风险评估 (DEC-07), 公平竞争审查. */
export const NEEDS = ['technical', 'stabilityRisk', 'affectsMarket'] as const
export type DecisionNeed = (typeof NEEDS)[number]

// ---- the form model ----

export interface DecisionFormModel {
  id: Id | null
  townshipId: Id | null
  title: string
  scope: DecisionScope
  draftingUnit: string
  proposedOn: string | null
  inCatalogue: boolean
  catalogueYear: number | null
  catalogueItem: string
  technical: boolean
  stabilityRisk: boolean
  affectsMarket: boolean
  participationMethods: string
  commentFrom: string | null
  commentTo: string | null
  shortPeriodReason: string
  participationException: string
  commentsReceived: number | null
  commentsAdoption: string
  hearingMaterialsSentOn: string | null
  hearingHeldOn: string | null
  expertReviewedOn: string | null
  expertSummary: string
  riskAssessedOn: string | null
  riskLevel: RiskLevel
  riskControllable: boolean
  riskReport: string
  legalitySubmittedOn: string | null
  legalityReviewedOn: string | null
  legalityReviewer: string
  legalityPassed: boolean
  legalityOpinion: string
  exploratoryReform: boolean
  legalRiskStatement: string
  fairCompetitionReviewedOn: string | null
  decidedOn: string | null
  meeting: string
  meetingResult: MeetingResult
  againstMajorityReason: string
  dissent: string
  partyReportedOn: string | null
  publishedOn: string | null
  publicationChannel: string
  executingUnit: string
  postEvaluatedOn: string | null
  postEvaluation: string
}

/** Problems of the form: el-form prop → the first problem of that field. */
export type DecisionProblems = Record<string, Notice>

export function emptyDecision(townshipId: Id | null = null, today: string = todayString()): DecisionFormModel {
  return {
    id: null,
    townshipId,
    title: '',
    scope: 'public_policy',
    draftingUnit: '',
    proposedOn: null,
    inCatalogue: true,
    catalogueYear: Number(today.slice(0, 4)),
    catalogueItem: '',
    technical: false,
    stabilityRisk: false,
    affectsMarket: false,
    participationMethods: '',
    commentFrom: null,
    commentTo: null,
    shortPeriodReason: '',
    participationException: '',
    commentsReceived: 0,
    commentsAdoption: '',
    hearingMaterialsSentOn: null,
    hearingHeldOn: null,
    expertReviewedOn: null,
    expertSummary: '',
    riskAssessedOn: null,
    riskLevel: 'low',
    riskControllable: true,
    riskReport: '',
    legalitySubmittedOn: null,
    legalityReviewedOn: null,
    legalityReviewer: '',
    legalityPassed: true,
    legalityOpinion: '',
    exploratoryReform: false,
    legalRiskStatement: '',
    fairCompetitionReviewedOn: null,
    decidedOn: null,
    meeting: '',
    meetingResult: 'approved',
    againstMajorityReason: '',
    dissent: '',
    partyReportedOn: null,
    publishedOn: null,
    publicationChannel: '',
    executingUnit: '',
    postEvaluatedOn: null,
    postEvaluation: '',
  }
}

// ---- conversions ----

function text(s: string | null | undefined): string {
  return (s ?? '').trim()
}

function date(s: string | null | undefined): string | null {
  return s ? s : null
}

function known<T extends string>(list: readonly string[], v: string | null | undefined, fallback: T): T {
  return v && list.includes(v) ? (v as T) : fallback
}

export function decisionToForm(d: MajorDecision): DecisionFormModel {
  const base = emptyDecision(d.townshipId ?? null)
  return {
    ...base,
    id: d.id,
    title: d.title ?? '',
    scope: known(ENUMS.decisionScope, d.scope, base.scope),
    draftingUnit: d.draftingUnit ?? '',
    proposedOn: d.proposedOn ?? null,
    inCatalogue: d.inCatalogue ?? true,
    catalogueYear: d.catalogueYear ? d.catalogueYear : d.inCatalogue === false ? base.catalogueYear : null,
    catalogueItem: d.catalogueItem ?? '',
    technical: !!d.technical,
    stabilityRisk: !!d.stabilityRisk,
    affectsMarket: !!d.affectsMarket,
    participationMethods: d.participationMethods ?? '',
    commentFrom: d.commentFrom ?? null,
    commentTo: d.commentTo ?? null,
    shortPeriodReason: d.shortPeriodReason ?? '',
    participationException: d.participationException ?? '',
    commentsReceived: d.commentsReceived ?? 0,
    commentsAdoption: d.commentsAdoption ?? '',
    hearingMaterialsSentOn: d.hearingMaterialsSentOn ?? null,
    hearingHeldOn: d.hearingHeldOn ?? null,
    expertReviewedOn: d.expertReviewedOn ?? null,
    expertSummary: d.expertSummary ?? '',
    riskAssessedOn: d.riskAssessedOn ?? null,
    riskLevel: known(ENUMS.riskLevel, d.riskLevel, base.riskLevel),
    riskControllable: d.riskControllable ?? true,
    riskReport: d.riskReport ?? '',
    legalitySubmittedOn: d.legalitySubmittedOn ?? null,
    legalityReviewedOn: d.legalityReviewedOn ?? null,
    legalityReviewer: d.legalityReviewer ?? '',
    legalityPassed: d.legalityPassed ?? true,
    legalityOpinion: d.legalityOpinion ?? '',
    exploratoryReform: !!d.exploratoryReform,
    legalRiskStatement: d.legalRiskStatement ?? '',
    fairCompetitionReviewedOn: d.fairCompetitionReviewedOn ?? null,
    decidedOn: d.decidedOn ?? null,
    meeting: d.meeting ?? '',
    meetingResult: known(ENUMS.meetingResult, d.meetingResult, base.meetingResult),
    againstMajorityReason: d.againstMajorityReason ?? '',
    dissent: d.dissent ?? '',
    partyReportedOn: d.partyReportedOn ?? null,
    publishedOn: d.publishedOn ?? null,
    publicationChannel: d.publicationChannel ?? '',
    executingUnit: d.executingUnit ?? '',
    postEvaluatedOn: d.postEvaluatedOn ?? null,
    postEvaluation: d.postEvaluation ?? '',
  }
}

/** The JSON body of POST/PUT decisions (the whole decision). */
export function formToDecision(f: DecisionFormModel): MajorDecisionBody {
  const body: MajorDecisionBody = {
    townshipId: f.townshipId ?? 0,
    title: text(f.title),
    scope: f.scope,
    draftingUnit: text(f.draftingUnit),
    // Required: the server names the field when it is missing (the client check does too).
    proposedOn: f.proposedOn ?? '',
    inCatalogue: f.inCatalogue,
    catalogueYear: f.inCatalogue ? f.catalogueYear ?? 0 : 0,
    catalogueItem: f.inCatalogue ? text(f.catalogueItem) : '',
    technical: f.technical,
    stabilityRisk: f.stabilityRisk,
    affectsMarket: f.affectsMarket,
    participationMethods: text(f.participationMethods),
    commentFrom: date(f.commentFrom),
    commentTo: date(f.commentTo),
    shortPeriodReason: text(f.shortPeriodReason),
    participationException: text(f.participationException),
    commentsReceived: f.commentsReceived ?? 0,
    commentsAdoption: text(f.commentsAdoption),
    hearingMaterialsSentOn: date(f.hearingMaterialsSentOn),
    hearingHeldOn: date(f.hearingHeldOn),
    expertReviewedOn: date(f.expertReviewedOn),
    expertSummary: text(f.expertSummary),
    riskAssessedOn: date(f.riskAssessedOn),
    riskLevel: f.riskLevel,
    riskControllable: f.riskControllable,
    riskReport: text(f.riskReport),
    legalitySubmittedOn: date(f.legalitySubmittedOn),
    legalityReviewedOn: date(f.legalityReviewedOn),
    legalityReviewer: text(f.legalityReviewer),
    legalityPassed: f.legalityPassed,
    legalityOpinion: text(f.legalityOpinion),
    exploratoryReform: f.exploratoryReform,
    legalRiskStatement: f.exploratoryReform ? text(f.legalRiskStatement) : '',
    fairCompetitionReviewedOn: date(f.fairCompetitionReviewedOn),
    decidedOn: date(f.decidedOn),
    meeting: text(f.meeting),
    meetingResult: f.meetingResult,
    againstMajorityReason: text(f.againstMajorityReason),
    dissent: text(f.dissent),
    partyReportedOn: date(f.partyReportedOn),
    publishedOn: date(f.publishedOn),
    publicationChannel: text(f.publicationChannel),
    executingUnit: text(f.executingUnit),
    postEvaluatedOn: date(f.postEvaluatedOn),
    postEvaluation: text(f.postEvaluation),
  }
  if (f.id) body.id = f.id
  return body
}

// ---- hints ----

/** Days of a comment period, both ends counted (DaysBetween + 1), or null without both dates. */
export function commentDays(f: Pick<DecisionFormModel, 'commentFrom' | 'commentTo'>): number | null {
  if (!f.commentFrom || !f.commentTo) return null
  const ms = Date.parse(`${f.commentTo}T00:00:00Z`) - Date.parse(`${f.commentFrom}T00:00:00Z`)
  return Math.round(ms / 86400000) + 1
}

/** A comment period under 30 days without its reason: the server refuses the decision (DEC-05). */
export function shortPeriodWithoutReason(f: Pick<DecisionFormModel, 'commentFrom' | 'commentTo' | 'shortPeriodReason'>): boolean {
  const days = commentDays(f)
  return days !== null && days < MIN_COMMENT_DAYS && text(f.shortPeriodReason) === ''
}

// ---- client checks (ValidateMajorDecision) ----

function notice(key: string, params: Notice['params'] = {}): Notice {
  return { key, params }
}

const REQUIRED = notice('validation.required')
const NOT_FUTURE = notice('validation.notFuture')

function blank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '')
}

/** The problems of the form on `today` (YYYY-MM-DD), by el-form prop (= the server's field). */
export function decisionProblems(f: DecisionFormModel, today: string = todayString()): DecisionProblems {
  const out: DecisionProblems = {}
  const put = (prop: string, p: Notice | null) => {
    if (p && !out[prop]) out[prop] = p
  }
  // Within: a date that, when set, lies in [floor, today] (no floor: only ≤ today).
  const within = (prop: string, d: string | null, floor: string | null, floorKey: string) => {
    if (!d) return
    if (d > today) put(prop, NOT_FUTURE)
    else if (floor && d < floor) put(prop, notice(floorKey, { date: floor }))
  }
  const requireText = (prop: string, v: string) => put(prop, blank(v) ? REQUIRED : null)
  const START = 'validation.decision.notBeforeProposed'
  const DECIDED = 'validation.decision.notBeforeDecided'

  const b = formToDecision(f)
  const start = f.proposedOn || null
  requireText('title', b.title)
  requireText('draftingUnit', b.draftingUnit)
  if (!start) put('proposedOn', REQUIRED)
  else within('proposedOn', start, null, '')
  if (b.inCatalogue) {
    requireText('catalogueItem', b.catalogueItem)
    if (b.catalogueYear < 2000 || b.catalogueYear > 2100) put('catalogueYear', notice('validation.decision.catalogueYear'))
  }
  within('commentFrom', b.commentFrom, start, START)
  if (!!b.commentFrom !== !!b.commentTo) put(b.commentFrom ? 'commentTo' : 'commentFrom', notice('validation.decision.commentBoth'))
  within('commentTo', b.commentTo, b.commentFrom, 'validation.decision.notBeforeCommentFrom')
  if (b.commentsReceived < 0) put('commentsReceived', notice('validation.decision.commentsNegative'))
  within('hearingMaterialsSentOn', b.hearingMaterialsSentOn, start, START)
  within('hearingHeldOn', b.hearingHeldOn, b.hearingMaterialsSentOn, 'validation.decision.notBeforeMaterialsSent')
  within('expertReviewedOn', b.expertReviewedOn, start, START)
  within('riskAssessedOn', b.riskAssessedOn, start, START)
  within('legalitySubmittedOn', b.legalitySubmittedOn, start, START)
  within('legalityReviewedOn', b.legalityReviewedOn, b.legalitySubmittedOn, 'validation.decision.notBeforeSubmitted')
  if (b.legalityReviewedOn) {
    requireText('legalityReviewer', b.legalityReviewer)
    requireText('legalityOpinion', b.legalityOpinion)
  }
  if (b.exploratoryReform) requireText('legalRiskStatement', b.legalRiskStatement)
  within('fairCompetitionReviewedOn', b.fairCompetitionReviewedOn, start, START)
  within('decidedOn', b.decidedOn, start, START)
  if (b.decidedOn) requireText('meeting', b.meeting)
  within('partyReportedOn', b.partyReportedOn, b.decidedOn, DECIDED)
  within('publishedOn', b.publishedOn, b.decidedOn, DECIDED)
  if (b.publishedOn && !b.decidedOn) put('decidedOn', notice('validation.decision.publishNeedsDecision'))
  if (b.publishedOn) requireText('publicationChannel', b.publicationChannel)
  within('postEvaluatedOn', b.postEvaluatedOn, b.decidedOn, DECIDED)
  return out
}

/** The props required now (for the asterisk of their form item). */
export function decisionRequiredProps(f: DecisionFormModel): Set<string> {
  const out = new Set(['title', 'draftingUnit', 'proposedOn'])
  if (f.inCatalogue) ['catalogueYear', 'catalogueItem'].forEach((p) => out.add(p))
  if (f.commentFrom) out.add('commentTo')
  if (f.commentTo) out.add('commentFrom')
  if (f.legalityReviewedOn) ['legalityReviewer', 'legalityOpinion'].forEach((p) => out.add(p))
  if (f.exploratoryReform) out.add('legalRiskStatement')
  if (f.decidedOn) out.add('meeting')
  if (f.publishedOn) ['decidedOn', 'publicationChannel'].forEach((p) => out.add(p))
  return out
}

// ---- the checklist of the detail page ----

export type DecisionStepKey = 'participation' | 'expert' | 'risk' | 'legality' | 'meeting'
export type DecisionStepState = 'done' | 'not_needed' | 'missing'
/** How a done step was met when it has no date of its own: the recorded exception to public
 *  participation, or the legal risk statement of an exploratory reform. */
export type DecisionStepNote = 'exception' | 'reform' | null

export interface DecisionStep {
  key: DecisionStepKey
  state: DecisionStepState
  date: string | null
  note: DecisionStepNote
}

type StepFields = Pick<
  MajorDecision,
  | 'technical'
  | 'stabilityRisk'
  | 'commentFrom'
  | 'commentTo'
  | 'participationException'
  | 'expertReviewedOn'
  | 'riskAssessedOn'
  | 'legalityReviewedOn'
  | 'legalityPassed'
  | 'exploratoryReform'
  | 'legalRiskStatement'
  | 'decidedOn'
>

/** The five steps 公众参与 → 专家论证 → 风险评估 → 合法性审查 → 集体讨论决定 (FirstMissingStep):
 *  each done with its date (a step dated after the decision is missing), not needed (专家论证
 *  without `technical`, 风险评估 without `stabilityRisk`), or missing. */
export function decisionSteps(d: StepFields): DecisionStep[] {
  const decided = d.decidedOn ?? null
  const before = (on: string | null | undefined) => !!on && (!decided || on <= decided)
  const dated = (key: DecisionStepKey, on: string | null | undefined, needed = true): DecisionStep => ({
    key,
    state: !needed ? 'not_needed' : before(on) ? 'done' : 'missing',
    date: on ?? null,
    note: null,
  })
  const participation: DecisionStep =
    d.commentFrom && d.commentTo
      ? { key: 'participation', state: 'done', date: d.commentTo, note: null }
      : text(d.participationException)
        ? { key: 'participation', state: 'done', date: null, note: 'exception' }
        : { key: 'participation', state: 'missing', date: null, note: null }
  const legality: DecisionStep =
    before(d.legalityReviewedOn) && d.legalityPassed !== false
      ? { key: 'legality', state: 'done', date: d.legalityReviewedOn ?? null, note: null }
      : d.exploratoryReform && text(d.legalRiskStatement)
        ? { key: 'legality', state: 'done', date: d.legalityReviewedOn ?? null, note: 'reform' }
        : { key: 'legality', state: 'missing', date: d.legalityReviewedOn ?? null, note: null }
  return [
    participation,
    dated('expert', d.expertReviewedOn, !!d.technical),
    dated('risk', d.riskAssessedOn, !!d.stabilityRisk),
    legality,
    { key: 'meeting', state: decided ? 'done' : 'missing', date: decided, note: null },
  ]
}

/** The tag colour of a checklist state. */
export function stepTagType(s: DecisionStepState): 'success' | 'info' | 'danger' {
  return s === 'done' ? 'success' : s === 'not_needed' ? 'info' : 'danger'
}

/** The tag colour of a meeting result. */
export function meetingResultTagType(r: MeetingResult | string | null | undefined): 'success' | 'danger' | 'warning' {
  return r === 'approved' ? 'success' : r === 'rejected' ? 'danger' : 'warning'
}

// ---- the dialog's sections ----

export type DecisionSection = 'basic' | 'participation' | 'expert' | 'risk' | 'legality' | 'fairCompetition' | 'meeting' | 'publication'

export const DECISION_SECTIONS: readonly DecisionSection[] = ['basic', 'participation', 'expert', 'risk', 'legality', 'fairCompetition', 'meeting', 'publication']

const SECTION_OF_FIELD: Record<string, DecisionSection> = {
  title: 'basic',
  scope: 'basic',
  draftingUnit: 'basic',
  proposedOn: 'basic',
  inCatalogue: 'basic',
  catalogueYear: 'basic',
  catalogueItem: 'basic',
  technical: 'basic',
  stabilityRisk: 'basic',
  affectsMarket: 'basic',
  participationMethods: 'participation',
  commentFrom: 'participation',
  commentTo: 'participation',
  shortPeriodReason: 'participation',
  participationException: 'participation',
  commentsReceived: 'participation',
  commentsAdoption: 'participation',
  hearingMaterialsSentOn: 'participation',
  hearingHeldOn: 'participation',
  expertReviewedOn: 'expert',
  expertSummary: 'expert',
  riskAssessedOn: 'risk',
  riskLevel: 'risk',
  riskControllable: 'risk',
  riskReport: 'risk',
  legalitySubmittedOn: 'legality',
  legalityReviewedOn: 'legality',
  legalityReviewer: 'legality',
  legalityPassed: 'legality',
  legalityOpinion: 'legality',
  exploratoryReform: 'legality',
  legalRiskStatement: 'legality',
  fairCompetitionReviewedOn: 'fairCompetition',
  decidedOn: 'meeting',
  meeting: 'meeting',
  meetingResult: 'meeting',
  againstMajorityReason: 'meeting',
  dissent: 'meeting',
  partyReportedOn: 'meeting',
  publishedOn: 'publication',
  publicationChannel: 'publication',
  executingUnit: 'publication',
  postEvaluatedOn: 'publication',
  postEvaluation: 'publication',
}

/** The section holding a field (prop or server path), or null (the township on top). */
export function decisionSectionOf(field: string): DecisionSection | null {
  const head = fieldPathToProp(field).split('.')[0] ?? ''
  return SECTION_OF_FIELD[head] ?? null
}

/** The sections the dialog opens: a new decision's 基本情况, 公众参与 and 合法性审查; a stored
 *  one's 基本情况, the sections that hold data and those its needs make required. */
export function openSectionsFor(f: DecisionFormModel): DecisionSection[] {
  if (!f.id) return ['basic', 'participation', 'legality']
  const open = new Set<DecisionSection>(['basic', 'participation', 'legality', 'meeting'])
  if (f.technical || f.expertReviewedOn) open.add('expert')
  if (f.stabilityRisk || f.riskAssessedOn) open.add('risk')
  if (f.affectsMarket || f.fairCompetitionReviewedOn) open.add('fairCompetition')
  if (f.decidedOn || f.publishedOn || f.postEvaluatedOn) open.add('publication')
  return DECISION_SECTIONS.filter((s) => open.has(s))
}
