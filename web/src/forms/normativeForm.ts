// The 行政规范性文件 form ⇄ the API record (normative/documents), the client checks of
// ValidateNormativeDocument (src/domain/normative/normative_rules.cc) on the form model, and the
// helpers of the pages: the step a document reached (derived here: the server sends none), the
// dialog's sections, the deadlines as timeline rows, the filing and validity states of a row.
//
//  * normativeToForm drops what the server computes (labels, isNormative, deadlines);
//    formToNormative builds the POST/PUT body — the whole document (PUT replaces it): texts
//    trimmed, '' dates as null, the urgent reason only for an urgent document, the return
//    reason only with a return date.
//  * normativeProblems validates that body as ValidateNormativeDocument does (the same order,
//    every problem, not only the first) and keys each by the el-form prop of its field (the
//    server's field names: the body is flat), as a message key with parameters.
//  * The workflow's hard gates are the server's (CheckNormativeRules, a 412 naming the rule:
//    NORM-01 the questionnaire, NORM-03 集体讨论 without a passed 合法性审核 before it, signature
//    without 集体讨论, publication without signature, NORM-02 a passed review of a draft that
//    creates a 许可/处罚/强制/收费, NORM-05 备案 before publication, NORM-06 the validity against
//    the county's settings). The dialog shows hints for them; the client never refuses them, so
//    the server's message (rule, text, basis) is what the user reads.
import type {
  DeadlineDisplayState,
  DeadlineDocument,
  DeadlineItem,
  Id,
  NormativeDocument,
  NormativeDocumentBody,
  NormExclusion,
  NormReviewer,
  NormReviewOutcome,
  NormStanding,
  NormTrial,
} from '@/api/types'
import { ENUMS } from '@/constants/enums'
import { fieldPathToProp } from '@/utils/format'
import { todayString } from '@/validation/idcard'
import type { Notice } from '@/validation/result'
import { ALERT_SOON_DAYS, deadlineState } from './penaltyForm'

/** The server's limit of names, numbers and short labels (json_reader.h kNameMaxChars). */
export const NAME_MAX_CHARS = 200
/** The server's limit of long texts (kTextMaxChars). */
export const TEXT_MAX_CHARS = 4000

/** NORM-02: what the 合法性审核 found the draft doing (true = it does). */
export const PROHIBITED_CONTENT = ['createsLicence', 'createsPenalty', 'createsCoercion', 'createsFee', 'reducesRights'] as const
export type ProhibitedContent = (typeof PROHIBITED_CONTENT)[number]

/** NORM-05: the materials filed with the county. */
export const FILING_MATERIALS = ['filedText', 'filedExplanation', 'filedBasis', 'filedReviewOpinion'] as const
export type FilingMaterial = (typeof FILING_MATERIALS)[number]

/** NORM-01: the three features of a 规范性文件 (the questionnaire's yes/no questions). */
export const QUESTIONNAIRE = ['affectsRights', 'bindsGenerally', 'appliesRepeatedly'] as const
export type QuestionnaireItem = (typeof QUESTIONNAIRE)[number]

// ---- the form model ----

export interface NormativeFormModel {
  id: Id | null
  townshipId: Id | null
  title: string
  number: string
  draftingUnit: string
  trial: NormTrial
  affectsRights: boolean
  bindsGenerally: boolean
  appliesRepeatedly: boolean
  exclusion: NormExclusion
  draftedOn: string | null
  opinionsFrom: string | null
  opinionsTo: string | null
  reviewSubmittedOn: string | null
  reviewedOn: string | null
  reviewerRole: NormReviewer
  reviewer: string
  reviewOutcome: NormReviewOutcome
  reviewOpinion: string
  createsLicence: boolean
  createsPenalty: boolean
  createsCoercion: boolean
  createsFee: boolean
  reducesRights: boolean
  deliberatedOn: string | null
  deliberationMeeting: string
  signedOn: string | null
  signer: string
  publishedOn: string | null
  publicationChannel: string
  effectiveOn: string | null
  urgent: boolean
  urgentReason: string
  validUntil: string | null
  filedOn: string | null
  filingNumber: string
  filedText: boolean
  filedExplanation: boolean
  filedBasis: boolean
  filedReviewOpinion: boolean
  returnedOn: string | null
  returnReason: string
  correctedOn: string | null
  standing: NormStanding
  cleanedOn: string | null
  cleanupNote: string
}

/** Problems of the form: el-form prop → the first problem of that field. */
export type NormativeProblems = Record<string, Notice>

export function emptyNormativeDocument(townshipId: Id | null = null): NormativeFormModel {
  return {
    id: null,
    townshipId,
    title: '',
    number: '',
    draftingUnit: '',
    trial: 'none',
    affectsRights: true,
    bindsGenerally: true,
    appliesRepeatedly: true,
    exclusion: 'none',
    draftedOn: null,
    opinionsFrom: null,
    opinionsTo: null,
    reviewSubmittedOn: null,
    reviewedOn: null,
    reviewerRole: 'justice_office',
    reviewer: '',
    reviewOutcome: 'pass',
    reviewOpinion: '',
    createsLicence: false,
    createsPenalty: false,
    createsCoercion: false,
    createsFee: false,
    reducesRights: false,
    deliberatedOn: null,
    deliberationMeeting: '',
    signedOn: null,
    signer: '',
    publishedOn: null,
    publicationChannel: '',
    effectiveOn: null,
    urgent: false,
    urgentReason: '',
    validUntil: null,
    filedOn: null,
    filingNumber: '',
    filedText: false,
    filedExplanation: false,
    filedBasis: false,
    filedReviewOpinion: false,
    returnedOn: null,
    returnReason: '',
    correctedOn: null,
    standing: 'in_force',
    cleanedOn: null,
    cleanupNote: '',
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

export function normativeToForm(d: NormativeDocument): NormativeFormModel {
  const base = emptyNormativeDocument(d.townshipId ?? null)
  return {
    ...base,
    id: d.id,
    title: d.title ?? '',
    number: d.number ?? '',
    draftingUnit: d.draftingUnit ?? '',
    trial: known(ENUMS.normTrial, d.trial, base.trial),
    affectsRights: d.affectsRights ?? true,
    bindsGenerally: d.bindsGenerally ?? true,
    appliesRepeatedly: d.appliesRepeatedly ?? true,
    exclusion: known(ENUMS.normExclusion, d.exclusion, base.exclusion),
    draftedOn: d.draftedOn ?? null,
    opinionsFrom: d.opinionsFrom ?? null,
    opinionsTo: d.opinionsTo ?? null,
    reviewSubmittedOn: d.reviewSubmittedOn ?? null,
    reviewedOn: d.reviewedOn ?? null,
    reviewerRole: known(ENUMS.normReviewer, d.reviewerRole, base.reviewerRole),
    reviewer: d.reviewer ?? '',
    reviewOutcome: known(ENUMS.normReviewOutcome, d.reviewOutcome, base.reviewOutcome),
    reviewOpinion: d.reviewOpinion ?? '',
    createsLicence: !!d.createsLicence,
    createsPenalty: !!d.createsPenalty,
    createsCoercion: !!d.createsCoercion,
    createsFee: !!d.createsFee,
    reducesRights: !!d.reducesRights,
    deliberatedOn: d.deliberatedOn ?? null,
    deliberationMeeting: d.deliberationMeeting ?? '',
    signedOn: d.signedOn ?? null,
    signer: d.signer ?? '',
    publishedOn: d.publishedOn ?? null,
    publicationChannel: d.publicationChannel ?? '',
    effectiveOn: d.effectiveOn ?? null,
    urgent: !!d.urgent,
    urgentReason: d.urgentReason ?? '',
    validUntil: d.validUntil ?? null,
    filedOn: d.filedOn ?? null,
    filingNumber: d.filingNumber ?? '',
    filedText: !!d.filedText,
    filedExplanation: !!d.filedExplanation,
    filedBasis: !!d.filedBasis,
    filedReviewOpinion: !!d.filedReviewOpinion,
    returnedOn: d.returnedOn ?? null,
    returnReason: d.returnReason ?? '',
    correctedOn: d.correctedOn ?? null,
    standing: known(ENUMS.normStanding, d.standing, base.standing),
    cleanedOn: d.cleanedOn ?? null,
    cleanupNote: d.cleanupNote ?? '',
  }
}

/** The JSON body of POST/PUT normative/documents (the whole document). */
export function formToNormative(f: NormativeFormModel): NormativeDocumentBody {
  const body: NormativeDocumentBody = {
    townshipId: f.townshipId ?? 0,
    title: text(f.title),
    number: text(f.number),
    draftingUnit: text(f.draftingUnit),
    trial: f.trial,
    affectsRights: f.affectsRights,
    bindsGenerally: f.bindsGenerally,
    appliesRepeatedly: f.appliesRepeatedly,
    exclusion: f.exclusion,
    // Required: the server names the field when it is missing (the client check does too).
    draftedOn: f.draftedOn ?? '',
    opinionsFrom: date(f.opinionsFrom),
    opinionsTo: date(f.opinionsTo),
    reviewSubmittedOn: date(f.reviewSubmittedOn),
    reviewedOn: date(f.reviewedOn),
    reviewerRole: f.reviewerRole,
    reviewer: text(f.reviewer),
    reviewOutcome: f.reviewOutcome,
    reviewOpinion: text(f.reviewOpinion),
    createsLicence: f.createsLicence,
    createsPenalty: f.createsPenalty,
    createsCoercion: f.createsCoercion,
    createsFee: f.createsFee,
    reducesRights: f.reducesRights,
    deliberatedOn: date(f.deliberatedOn),
    deliberationMeeting: text(f.deliberationMeeting),
    signedOn: date(f.signedOn),
    signer: text(f.signer),
    publishedOn: date(f.publishedOn),
    publicationChannel: text(f.publicationChannel),
    effectiveOn: date(f.effectiveOn),
    urgent: f.urgent,
    urgentReason: f.urgent ? text(f.urgentReason) : '',
    validUntil: date(f.validUntil),
    filedOn: date(f.filedOn),
    filingNumber: text(f.filingNumber),
    filedText: f.filedText,
    filedExplanation: f.filedExplanation,
    filedBasis: f.filedBasis,
    filedReviewOpinion: f.filedReviewOpinion,
    returnedOn: date(f.returnedOn),
    returnReason: f.returnedOn ? text(f.returnReason) : '',
    correctedOn: date(f.correctedOn),
    standing: f.standing,
    cleanedOn: date(f.cleanedOn),
    cleanupNote: text(f.cleanupNote),
  }
  if (f.id) body.id = f.id
  return body
}

// ---- NORM-01, NORM-02 hints ----

type Questionnaire = Pick<NormativeFormModel, QuestionnaireItem | 'exclusion'>

/** IsNormativeDocument: the three features and none of the excluded kinds. */
export function isNormativeByQuestionnaire(f: Questionnaire): boolean {
  return f.affectsRights && f.bindsGenerally && f.appliesRepeatedly && f.exclusion === 'none'
}

/** The prohibited contents the review found (NORM-02), in order. */
export function prohibitedContent(f: Pick<NormativeFormModel, ProhibitedContent>): ProhibitedContent[] {
  return PROHIBITED_CONTENT.filter((k) => f[k])
}

/** A review that passes (通过 or 修改后通过) although the draft does what NORM-02 forbids: the
 *  server refuses it; the dialog says so beforehand. */
export function reviewPassesProhibited(f: Pick<NormativeFormModel, ProhibitedContent | 'reviewedOn' | 'reviewOutcome'>): boolean {
  return !!f.reviewedOn && f.reviewOutcome !== 'fail' && prohibitedContent(f).length > 0
}

// ---- client checks (ValidateNormativeDocument) ----

function notice(key: string, params: Notice['params'] = {}): Notice {
  return { key, params }
}

const REQUIRED = notice('validation.required')
const NOT_FUTURE = notice('validation.notFuture')

function blank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '')
}

/** The problems of the form on `today` (YYYY-MM-DD), by el-form prop (= the server's field). */
export function normativeProblems(f: NormativeFormModel, today: string = todayString()): NormativeProblems {
  const out: NormativeProblems = {}
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

  const b = formToNormative(f)
  const drafted = f.draftedOn || null
  requireText('title', b.title)
  requireText('draftingUnit', b.draftingUnit)
  if (!drafted) put('draftedOn', REQUIRED)
  else within('draftedOn', drafted, null, '')
  within('opinionsFrom', b.opinionsFrom, drafted, 'validation.normative.notBeforeDrafted')
  within('opinionsTo', b.opinionsTo, b.opinionsFrom ?? drafted, b.opinionsFrom ? 'validation.normative.notBeforeOpinionsFrom' : 'validation.normative.notBeforeDrafted')
  within('reviewSubmittedOn', b.reviewSubmittedOn, drafted, 'validation.normative.notBeforeDrafted')
  if (b.reviewedOn && !b.reviewSubmittedOn) put('reviewSubmittedOn', notice('validation.normative.submittedRequired'))
  within('reviewedOn', b.reviewedOn, b.reviewSubmittedOn, 'validation.normative.notBeforeSubmitted')
  if (b.reviewedOn) {
    requireText('reviewer', b.reviewer)
    requireText('reviewOpinion', b.reviewOpinion)
  }
  within('deliberatedOn', b.deliberatedOn, drafted, 'validation.normative.notBeforeDrafted')
  if (b.deliberatedOn) requireText('deliberationMeeting', b.deliberationMeeting)
  within('signedOn', b.signedOn, drafted, 'validation.normative.notBeforeDrafted')
  if (b.signedOn) requireText('signer', b.signer)
  within('publishedOn', b.publishedOn, b.signedOn ?? drafted, b.signedOn ? 'validation.normative.notBeforeSigned' : 'validation.normative.notBeforeDrafted')
  if (b.publishedOn) {
    requireText('number', b.number)
    requireText('publicationChannel', b.publicationChannel)
  }
  if (b.effectiveOn && b.publishedOn && b.effectiveOn < b.publishedOn) put('effectiveOn', notice('validation.normative.effectiveBeforePublished'))
  if (b.validUntil && b.effectiveOn && b.validUntil <= b.effectiveOn) put('validUntil', notice('validation.normative.validUntilAfterEffective'))
  if (b.urgent) requireText('urgentReason', b.urgentReason)
  within('filedOn', b.filedOn, b.publishedOn, 'validation.normative.notBeforePublished')
  within('returnedOn', b.returnedOn, b.filedOn, 'validation.normative.notBeforeFiled')
  if (b.returnedOn) {
    if (!b.filedOn) put('filedOn', notice('validation.normative.returnNeedsFiling'))
    requireText('returnReason', b.returnReason)
  }
  if (b.correctedOn && !b.returnedOn) put('returnedOn', notice('validation.normative.correctionNeedsReturn'))
  within('correctedOn', b.correctedOn, b.returnedOn, 'validation.normative.notBeforeReturned')
  if (b.standing !== 'in_force' && !b.cleanedOn) put('cleanedOn', notice('validation.normative.cleanedRequired'))
  within('cleanedOn', b.cleanedOn, b.publishedOn, 'validation.normative.notBeforePublished')
  return out
}

/** The props required now (for the asterisk of their form item). */
export function normativeRequiredProps(f: NormativeFormModel): Set<string> {
  const out = new Set(['title', 'draftingUnit', 'draftedOn'])
  if (f.reviewedOn) ['reviewSubmittedOn', 'reviewer', 'reviewOpinion'].forEach((p) => out.add(p))
  if (f.deliberatedOn) out.add('deliberationMeeting')
  if (f.signedOn) out.add('signer')
  if (f.publishedOn) ['number', 'publicationChannel'].forEach((p) => out.add(p))
  if (f.urgent) out.add('urgentReason')
  if (f.returnedOn) ['filedOn', 'returnReason'].forEach((p) => out.add(p))
  if (f.correctedOn) out.add('returnedOn')
  if (f.standing !== 'in_force') out.add('cleanedOn')
  return out
}

// ---- the step a document reached ----

export type NormStage = (typeof ENUMS.normStage)[number]

type StageFields = Pick<
  NormativeDocument,
  'reviewSubmittedOn' | 'reviewedOn' | 'deliberatedOn' | 'signedOn' | 'publishedOn' | 'filedOn' | 'returnedOn' | 'correctedOn' | 'standing'
>

/** The step shown in the list: 已清理 once no longer in force, 被退回 while a return is not
 *  corrected, else the last act recorded (报备, 发布, 签发, 集体讨论, 审核, 送审), else 起草. */
export function normativeStage(d: StageFields): NormStage {
  if (d.standing && d.standing !== 'in_force') return 'cleaned'
  if (d.returnedOn && !d.correctedOn) return 'returned'
  if (d.filedOn) return 'filed'
  if (d.publishedOn) return 'published'
  if (d.signedOn) return 'signed'
  if (d.deliberatedOn) return 'deliberated'
  if (d.reviewedOn) return 'reviewed'
  if (d.reviewSubmittedOn) return 'reviewing'
  return 'drafting'
}

/** The tag colour of a step: 起草 and 已清理 grey, the workflow blue, 已发布 (to be filed) orange,
 *  已报备 green, 被退回 red. */
export function normStageTagType(stage: NormStage | string): 'info' | 'primary' | 'warning' | 'success' | 'danger' {
  switch (stage) {
    case 'drafting':
    case 'cleaned':
      return 'info'
    case 'published':
      return 'warning'
    case 'filed':
      return 'success'
    case 'returned':
      return 'danger'
    default:
      return 'primary'
  }
}

/** The tag colour of a 清理 result. */
export function standingTagType(s: NormStanding | string | null | undefined): 'success' | 'warning' | 'info' {
  if (s === 'in_force') return 'success'
  if (s === 'amended') return 'warning'
  return 'info'
}

export type NormStepKey = 'drafting' | 'review' | 'deliberation' | 'signature' | 'publication' | 'filing'
export type NormStepState = 'done' | 'todo'

/** The stepper of the detail page: 起草 → 合法性审核 → 集体讨论 → 签发 → 发布 → 备案, each done
 *  once its date is recorded. */
export function normativeSteps(d: NormativeDocument): { key: NormStepKey; date: string | null; state: NormStepState }[] {
  const rows: { key: NormStepKey; date: string | null }[] = [
    { key: 'drafting', date: d.draftedOn ?? null },
    { key: 'review', date: d.reviewedOn ?? null },
    { key: 'deliberation', date: d.deliberatedOn ?? null },
    { key: 'signature', date: d.signedOn ?? null },
    { key: 'publication', date: d.publishedOn ?? null },
    { key: 'filing', date: d.filedOn ?? null },
  ]
  return rows.map((r) => ({ ...r, state: r.date ? 'done' : 'todo' }))
}

// ---- the dialog's sections ----

export type NormativeSection = 'questionnaire' | 'drafting' | 'review' | 'deliberation' | 'publication' | 'filing' | 'cleanup'

export const NORMATIVE_SECTIONS: readonly NormativeSection[] = ['questionnaire', 'drafting', 'review', 'deliberation', 'publication', 'filing', 'cleanup']

const SECTION_OF_FIELD: Record<string, NormativeSection> = {
  affectsRights: 'questionnaire',
  bindsGenerally: 'questionnaire',
  appliesRepeatedly: 'questionnaire',
  exclusion: 'questionnaire',
  draftedOn: 'drafting',
  opinionsFrom: 'drafting',
  opinionsTo: 'drafting',
  reviewSubmittedOn: 'review',
  reviewedOn: 'review',
  reviewerRole: 'review',
  reviewer: 'review',
  reviewOutcome: 'review',
  reviewOpinion: 'review',
  createsLicence: 'review',
  createsPenalty: 'review',
  createsCoercion: 'review',
  createsFee: 'review',
  reducesRights: 'review',
  deliberatedOn: 'deliberation',
  deliberationMeeting: 'deliberation',
  signedOn: 'deliberation',
  signer: 'deliberation',
  publishedOn: 'publication',
  publicationChannel: 'publication',
  effectiveOn: 'publication',
  urgent: 'publication',
  urgentReason: 'publication',
  validUntil: 'publication',
  trial: 'publication',
  filedOn: 'filing',
  filingNumber: 'filing',
  filedText: 'filing',
  filedExplanation: 'filing',
  filedBasis: 'filing',
  filedReviewOpinion: 'filing',
  returnedOn: 'filing',
  returnReason: 'filing',
  correctedOn: 'filing',
  standing: 'cleanup',
  cleanedOn: 'cleanup',
  cleanupNote: 'cleanup',
}

/** The section holding a field (prop or server path), or null for the basic facts on top. */
export function normativeSectionOf(field: string): NormativeSection | null {
  const head = fieldPathToProp(field).split('.')[0] ?? ''
  return SECTION_OF_FIELD[head] ?? null
}

/** The section of the step after the document's stage (the one to fill next). */
export function nextSectionOf(stage: NormStage): NormativeSection {
  switch (stage) {
    case 'drafting':
    case 'reviewing':
      return 'review'
    case 'reviewed':
    case 'deliberated':
      return 'deliberation'
    case 'signed':
      return 'publication'
    case 'published':
    case 'filed':
    case 'returned':
      return 'filing'
    case 'cleaned':
      return 'cleanup'
  }
}

/** The sections the dialog opens: a new document's questionnaire, 起草 and 合法性审核; a stored
 *  one's sections that hold data and the section of its next step. */
export function openSectionsFor(f: NormativeFormModel): NormativeSection[] {
  if (!f.id) return ['questionnaire', 'drafting', 'review']
  const open = new Set<NormativeSection>(['drafting'])
  if (!isNormativeByQuestionnaire(f)) open.add('questionnaire')
  if (f.reviewSubmittedOn || f.reviewedOn || text(f.reviewer) || text(f.reviewOpinion)) open.add('review')
  if (f.deliberatedOn || f.signedOn) open.add('deliberation')
  if (f.publishedOn || f.effectiveOn || f.validUntil || f.urgent) open.add('publication')
  if (f.filedOn || f.returnedOn) open.add('filing')
  if (f.standing !== 'in_force' || f.cleanedOn) open.add('cleanup')
  open.add(nextSectionOf(normativeStage(f)))
  return NORMATIVE_SECTIONS.filter((s) => open.has(s))
}

// ---- deadlines ----

export type NormativeDeadlineKey = 'review' | 'publication' | 'filing' | 'evaluation'

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

/** The document's deadlines as timeline rows, each with the act that meets it: the 合法性审核
 *  (NORM-04), the publication (NORM-09), the 备案 (NORM-05), and the validity's evaluation
 *  (NORM-06: from evaluationFrom to validUntil, met by a 清理 in that window; advisory). Rows
 *  whose start is not known yet are left out. The names are the server's (zh); the page shows
 *  its own by `key`. */
export function normativeDeadlineItems(
  d: NormativeDocument,
  today: string = todayString(),
  soonDays = ALERT_SOON_DAYS,
): { key: NormativeDeadlineKey; item: DeadlineItem }[] {
  const x = d.deadlines
  if (!x) return []
  const out: { key: NormativeDeadlineKey; item: DeadlineItem }[] = []
  if (x.review) out.push({ key: 'review', item: item(x.review, d.reviewedOn, today, soonDays) })
  if (x.publication) out.push({ key: 'publication', item: item(x.publication, d.publishedOn, today, soonDays) })
  if (x.filing) out.push({ key: 'filing', item: item(x.filing, d.filedOn, today, soonDays) })
  if (x.evaluationFrom && d.validUntil) {
    const done = d.cleanedOn && d.cleanedOn >= x.evaluationFrom ? d.cleanedOn : null
    const doc: DeadlineDocument = { rule: 'NORM-06', ruleName: '', start: x.evaluationFrom, due: d.validUntil, basis: '' }
    out.push({ key: 'evaluation', item: { ...item(doc, done, today, soonDays), advisory: true } })
  }
  return out
}

/** The 备案 deadline of a list row with its state today (null before publication). */
export function filingDue(
  d: Pick<NormativeDocument, 'deadlines' | 'filedOn'>,
  today: string = todayString(),
  soonDays = ALERT_SOON_DAYS,
): { due: string; state: DeadlineDisplayState } | null {
  const due = d.deadlines?.filing?.due
  if (!due) return null
  return { due, state: deadlineState(due, d.filedOn, today, soonDays) }
}

export type ValidityState = 'ok' | 'evaluate' | 'expired'

/** The validity of a document in force: expired after validUntil, 'evaluate' from the
 *  evaluation start (NORM-06), else ok; null without a validity or once cleaned up. */
export function validityState(d: Pick<NormativeDocument, 'validUntil' | 'standing' | 'deadlines'>, today: string = todayString()): ValidityState | null {
  if (!d.validUntil || d.standing !== 'in_force') return null
  if (today > d.validUntil) return 'expired'
  const from = d.deadlines?.evaluationFrom
  if (from && today >= from) return 'evaluate'
  return 'ok'
}
