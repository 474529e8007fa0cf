// The 行政规范性文件 form ⇄ API record (normative/documents), the client checks that mirror
// ValidateNormativeDocument (src/domain/normative/normative_rules.cc, the same vectors as
// normative_rules_test.cc where they apply), the derived step, the dialog's sections and the
// deadline rows of the detail page, on a fixed "today".
import { describe, expect, it } from 'vitest'
import {
  emptyNormativeDocument,
  filingDue,
  formToNormative,
  isNormativeByQuestionnaire,
  nextSectionOf,
  normativeDeadlineItems,
  normativeProblems,
  normativeRequiredProps,
  normativeSectionOf,
  normativeStage,
  normativeSteps,
  normativeToForm,
  normStageTagType,
  openSectionsFor,
  prohibitedContent,
  reviewPassesProhibited,
  validityState,
  type NormativeFormModel,
} from '@/forms/normativeForm'
import type { DeadlineDocument, NormativeDocument } from '@/api/types'
import { ENUMS } from '@/constants/enums'
import { en, zh } from './helpers'

const TODAY = '2025-12-31'

function deadline(rule: string, start: string, due: string): DeadlineDocument {
  return { rule, ruleName: rule, start, due, basis: { law: '行政规范性文件管理办法', version: '按本省规定', article: '', display: '《行政规范性文件管理办法》（按本省规定）' } }
}

/** normative_rules_test.cc Filed(): a document through every step, as the API answers it. */
const filed: NormativeDocument = {
  id: 3,
  townshipId: 2,
  title: '树人镇农村人居环境整治管理办法',
  number: '树府规〔2025〕1号',
  draftingUnit: '镇农业服务中心',
  trial: 'none',
  trialLabel: '正式',
  affectsRights: true,
  bindsGenerally: true,
  appliesRepeatedly: true,
  exclusion: 'none',
  exclusionLabel: '非排除类',
  draftedOn: '2025-03-03',
  opinionsFrom: '2025-03-05',
  opinionsTo: '2025-04-04',
  reviewSubmittedOn: '2025-04-07',
  reviewedOn: '2025-04-18',
  reviewerRole: 'legal_adviser',
  reviewerRoleLabel: '法律顾问',
  reviewer: '镇法律顾问 李律师',
  reviewOutcome: 'pass',
  reviewOutcomeLabel: '通过',
  reviewOpinion: '制定主体、程序合法，内容不违反上位法',
  createsLicence: false,
  createsPenalty: false,
  createsCoercion: false,
  createsFee: false,
  reducesRights: false,
  deliberatedOn: '2025-04-22',
  deliberationMeeting: '镇政府常务会议',
  signedOn: '2025-04-24',
  signer: '镇长 张某',
  publishedOn: '2025-04-28',
  publicationChannel: '镇政府门户网站',
  effectiveOn: '2025-06-01',
  urgent: false,
  urgentReason: '',
  validUntil: '2030-05-31',
  filedOn: '2025-05-15',
  filingNumber: '云司备〔2025〕7号',
  filedText: true,
  filedExplanation: true,
  filedBasis: true,
  filedReviewOpinion: true,
  returnedOn: null,
  returnReason: '',
  correctedOn: null,
  standing: 'in_force',
  standingLabel: '有效',
  cleanedOn: null,
  cleanupNote: '',
  isNormative: true,
  deadlines: {
    review: deadline('NORM-04', '2025-04-07', '2025-04-28'),
    publication: deadline('NORM-09', '2025-04-24', '2025-05-23'),
    filing: deadline('NORM-05', '2025-04-28', '2025-05-28'),
    evaluationFrom: '2029-11-30',
  },
}

function form(extra: Partial<NormativeFormModel> = {}): NormativeFormModel {
  return { ...normativeToForm(filed), ...extra }
}

function problemKeys(f: NormativeFormModel, today = TODAY) {
  return Object.fromEntries(Object.entries(normativeProblems(f, today)).map(([k, v]) => [k, v.key]))
}

describe('normativeToForm / formToNormative', () => {
  it('round-trips the record without the computed parts', () => {
    const body = formToNormative(normativeToForm(filed))
    const { trialLabel, exclusionLabel, reviewerRoleLabel, reviewOutcomeLabel, standingLabel, isNormative, deadlines, ...rest } = filed
    void [trialLabel, exclusionLabel, reviewerRoleLabel, reviewOutcomeLabel, standingLabel, isNormative, deadlines]
    expect(body).toEqual(rest)
    expect(body).not.toHaveProperty('deadlines')
    expect(body).not.toHaveProperty('isNormative')
  })

  it('a new document: no id, the township as given (0 for the caller\'s own), defaults of the domain', () => {
    const body = formToNormative({ ...emptyNormativeDocument(null), title: ' 办法 ', draftingUnit: '镇党政办', draftedOn: '2025-06-01' })
    expect(body).not.toHaveProperty('id')
    expect(body.townshipId).toBe(0)
    expect(body.title).toBe('办法')
    expect([body.affectsRights, body.bindsGenerally, body.appliesRepeatedly, body.exclusion]).toEqual([true, true, true, 'none'])
    expect([body.reviewerRole, body.reviewOutcome, body.trial, body.standing]).toEqual(['justice_office', 'pass', 'none', 'in_force'])
    expect(body.reviewedOn).toBeNull()
    expect(body.opinionsFrom).toBeNull()
    expect(formToNormative(emptyNormativeDocument(8)).townshipId).toBe(8)
  })

  it('sends the urgent reason only when urgent, the return reason only with a return; trims texts', () => {
    const b = formToNormative(form({ urgent: false, urgentReason: '防汛', returnedOn: null, returnReason: '缺少说明', signer: '  镇长  ' }))
    expect(b.urgentReason).toBe('')
    expect(b.returnReason).toBe('')
    expect(b.signer).toBe('镇长')
    const u = formToNormative(form({ urgent: true, urgentReason: ' 防汛紧急 ', returnedOn: '2025-05-20', returnReason: '缺少说明' }))
    expect(u.urgentReason).toBe('防汛紧急')
    expect(u.returnReason).toBe('缺少说明')
  })

  it('keeps unknown enum codes out of the form', () => {
    const odd = { ...filed, trial: 'x', standing: 'y', exclusion: 'z' } as unknown as NormativeDocument
    const f = normativeToForm(odd)
    expect([f.trial, f.standing, f.exclusion]).toEqual(['none', 'in_force', 'none'])
  })
})

describe('normativeProblems (ValidateNormativeDocument)', () => {
  it('a document through every step has none', () => {
    expect(normativeProblems(form(), TODAY)).toEqual({})
  })

  it('requires the title, the drafting unit and the drafting date', () => {
    expect(problemKeys(emptyNormativeDocument())).toEqual({
      title: 'validation.required',
      draftingUnit: 'validation.required',
      draftedOn: 'validation.required',
    })
    expect(problemKeys(form({ title: '   ' })).title).toBe('validation.required')
  })

  it('the vectors of FieldsAreValidatedByName', () => {
    expect(problemKeys(form({ number: '' }))).toEqual({ number: 'validation.required' })
    expect(problemKeys(form({ filedOn: '2025-04-01' }))).toEqual({ filedOn: 'validation.normative.notBeforePublished' })
    expect(problemKeys(form({ standing: 'repealed' }))).toEqual({ cleanedOn: 'validation.normative.cleanedRequired' })
    expect(problemKeys(form({ urgent: true }))).toEqual({ urgentReason: 'validation.required' })
  })

  it('dates not in the future and in workflow order, each against its own floor', () => {
    const p = normativeProblems(form({ opinionsFrom: '2025-03-01', opinionsTo: '2025-02-28', signedOn: '2026-01-02' }), TODAY)
    expect(p.opinionsFrom).toEqual({ key: 'validation.normative.notBeforeDrafted', params: { date: '2025-03-03' } })
    expect(p.opinionsTo).toEqual({ key: 'validation.normative.notBeforeOpinionsFrom', params: { date: '2025-03-01' } })
    expect(p.signedOn?.key).toBe('validation.notFuture')
    // No consultation start: the drafting date is the floor of its end.
    expect(normativeProblems(form({ opinionsFrom: null, opinionsTo: '2025-03-01' }), TODAY).opinionsTo).toEqual({ key: 'validation.normative.notBeforeDrafted', params: { date: '2025-03-03' } })
    // Publication after the signature, or after the drafting without one.
    expect(normativeProblems(form({ publishedOn: '2025-04-23' }), TODAY).publishedOn).toEqual({ key: 'validation.normative.notBeforeSigned', params: { date: '2025-04-24' } })
    expect(problemKeys(form({ reviewedOn: '2025-04-06' })).reviewedOn).toBe('validation.normative.notBeforeSubmitted')
    expect(problemKeys(form({ cleanedOn: '2025-04-01' })).cleanedOn).toBe('validation.normative.notBeforePublished')
    // The date in force and the validity may lie ahead.
    expect(normativeProblems(form({ effectiveOn: '2026-03-01', validUntil: '2031-02-28' }), TODAY)).toEqual({})
  })

  it('what a set date needs: the submission, reviewer and opinion; the meeting; the signer; 文号 and channel', () => {
    expect(problemKeys(form({ reviewSubmittedOn: null }))).toEqual({ reviewSubmittedOn: 'validation.normative.submittedRequired' })
    expect(problemKeys(form({ reviewer: '', reviewOpinion: ' ' }))).toEqual({ reviewer: 'validation.required', reviewOpinion: 'validation.required' })
    expect(problemKeys(form({ deliberationMeeting: '' }))).toEqual({ deliberationMeeting: 'validation.required' })
    expect(problemKeys(form({ signer: '' }))).toEqual({ signer: 'validation.required' })
    expect(problemKeys(form({ publicationChannel: '' }))).toEqual({ publicationChannel: 'validation.required' })
    // A draft needs none of them.
    const draft = { ...emptyNormativeDocument(), title: '办法', draftingUnit: '镇党政办', draftedOn: '2025-06-01' }
    expect(normativeProblems(draft, TODAY)).toEqual({})
  })

  it('the date in force after the publication, the validity after the date in force', () => {
    expect(problemKeys(form({ effectiveOn: '2025-04-27' }))).toEqual({ effectiveOn: 'validation.normative.effectiveBeforePublished' })
    expect(problemKeys(form({ validUntil: '2025-06-01' }))).toEqual({ validUntil: 'validation.normative.validUntilAfterEffective' })
  })

  it('a return needs a filing and a reason; a correction a return, after it', () => {
    expect(problemKeys(form({ filedOn: null, returnedOn: '2025-05-20', returnReason: '缺少起草说明' }))).toEqual({ filedOn: 'validation.normative.returnNeedsFiling' })
    expect(problemKeys(form({ returnedOn: '2025-05-20' }))).toEqual({ returnReason: 'validation.required' })
    expect(problemKeys(form({ returnedOn: '2025-05-10', returnReason: '缺少起草说明' })).returnedOn).toBe('validation.normative.notBeforeFiled')
    expect(problemKeys(form({ correctedOn: '2025-05-30' }))).toEqual({ returnedOn: 'validation.normative.correctionNeedsReturn' })
    expect(problemKeys(form({ returnedOn: '2025-05-20', returnReason: '缺少起草说明', correctedOn: '2025-05-19' }))).toEqual({ correctedOn: 'validation.normative.notBeforeReturned' })
    expect(normativeProblems(form({ returnedOn: '2025-05-20', returnReason: '缺少起草说明', correctedOn: '2025-05-25' }), TODAY)).toEqual({})
  })

  it('leaves the workflow gates to the server (NORM-01/02/03/05/06 answer 412 there)', () => {
    // 集体讨论 without a 合法性审核 (NORM-03): no client problem, the server's message is shown.
    const noReview = form({ reviewSubmittedOn: null, reviewedOn: null, reviewer: '', reviewOpinion: '' })
    expect(normativeProblems(noReview, TODAY)).toEqual({})
    expect(normativeProblems(form({ exclusion: 'minutes' }), TODAY)).toEqual({})
    expect(normativeProblems(form({ createsFee: true }), TODAY)).toEqual({})
    expect(normativeProblems(form({ validUntil: '2034-05-31' }), TODAY)).toEqual({})
  })

  it('renders its messages in both languages', () => {
    const p = normativeProblems(form({ opinionsFrom: '2025-03-01' }), TODAY).opinionsFrom!
    expect(zh(p)).toBe('不能早于起草日期（2025-03-03）')
    expect(en(p)).toContain('2025-03-03')
    expect(zh({ key: 'validation.normative.cleanedRequired', params: {} })).toBe('请填写清理（修改、废止或宣布失效）的日期')
  })

  it('marks the props required now', () => {
    expect([...normativeRequiredProps(emptyNormativeDocument())].sort()).toEqual(['draftedOn', 'draftingUnit', 'title'])
    const r = normativeRequiredProps(form({ urgent: true, returnedOn: '2025-05-20', standing: 'amended' }))
    for (const p of ['reviewSubmittedOn', 'reviewer', 'reviewOpinion', 'deliberationMeeting', 'signer', 'number', 'publicationChannel', 'urgentReason', 'filedOn', 'returnReason', 'cleanedOn']) {
      expect(r.has(p), p).toBe(true)
    }
  })
})

describe('NORM-01 and NORM-02 hints', () => {
  it('the questionnaire: all three features and no excluded kind', () => {
    expect(isNormativeByQuestionnaire(form())).toBe(true)
    expect(isNormativeByQuestionnaire(form({ bindsGenerally: false }))).toBe(false)
    expect(isNormativeByQuestionnaire(form({ exclusion: 'work_plan' }))).toBe(false)
  })
  it('a passed review of a draft with prohibited content', () => {
    expect(prohibitedContent(form({ createsFee: true, reducesRights: true }))).toEqual(['createsFee', 'reducesRights'])
    expect(reviewPassesProhibited(form({ createsPenalty: true }))).toBe(true)
    expect(reviewPassesProhibited(form({ createsPenalty: true, reviewOutcome: 'revise' }))).toBe(true)
    expect(reviewPassesProhibited(form({ createsPenalty: true, reviewOutcome: 'fail' }))).toBe(false)
    expect(reviewPassesProhibited(form({ createsPenalty: true, reviewedOn: null }))).toBe(false)
    expect(reviewPassesProhibited(form())).toBe(false)
  })
})

describe('the step a document reached', () => {
  const at = (extra: Partial<NormativeDocument>) => normativeStage({ ...filed, ...extra })
  const none = { reviewSubmittedOn: null, reviewedOn: null, deliberatedOn: null, signedOn: null, publishedOn: null, filedOn: null }
  it('from 起草 to 已报备, 被退回 while not corrected, 已清理 once no longer in force', () => {
    expect(at(none)).toBe('drafting')
    expect(at({ ...none, reviewSubmittedOn: '2025-04-07' })).toBe('reviewing')
    expect(at({ ...none, reviewSubmittedOn: '2025-04-07', reviewedOn: '2025-04-18' })).toBe('reviewed')
    expect(at({ publishedOn: null, signedOn: null, filedOn: null })).toBe('deliberated')
    expect(at({ publishedOn: null, filedOn: null })).toBe('signed')
    expect(at({ filedOn: null })).toBe('published')
    expect(at({})).toBe('filed')
    expect(at({ returnedOn: '2025-05-20' })).toBe('returned')
    expect(at({ returnedOn: '2025-05-20', correctedOn: '2025-05-25' })).toBe('filed')
    expect(at({ standing: 'repealed', cleanedOn: '2025-12-01' })).toBe('cleaned')
  })
  it('every step has a label and a colour', () => {
    for (const s of ENUMS.normStage) expect(['info', 'primary', 'warning', 'success', 'danger']).toContain(normStageTagType(s))
    expect(normStageTagType('returned')).toBe('danger')
    expect(normStageTagType('filed')).toBe('success')
    expect(normStageTagType('published')).toBe('warning')
  })
  it('the stepper: six steps, done once dated', () => {
    const steps = normativeSteps({ ...filed, filedOn: null })
    expect(steps.map((s) => s.key)).toEqual(['drafting', 'review', 'deliberation', 'signature', 'publication', 'filing'])
    expect(steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'done', 'todo'])
    expect(steps[4]!.date).toBe('2025-04-28')
  })
})

describe('the dialog sections', () => {
  it('maps server fields to their section (the basic facts on top: null)', () => {
    expect(normativeSectionOf('reviewedOn')).toBe('review')
    expect(normativeSectionOf('exclusion')).toBe('questionnaire')
    expect(normativeSectionOf('deliberatedOn')).toBe('deliberation')
    expect(normativeSectionOf('signedOn')).toBe('deliberation')
    expect(normativeSectionOf('validUntil')).toBe('publication')
    expect(normativeSectionOf('publishedOn')).toBe('publication')
    expect(normativeSectionOf('correctedOn')).toBe('filing')
    expect(normativeSectionOf('cleanedOn')).toBe('cleanup')
    expect(normativeSectionOf('number')).toBeNull()
    expect(normativeSectionOf('title')).toBeNull()
  })
  it('opens a new document\'s first steps, a stored one\'s sections with data and its next step', () => {
    expect(openSectionsFor(emptyNormativeDocument())).toEqual(['questionnaire', 'drafting', 'review'])
    const deliberated = form({ signedOn: null, signer: '', publishedOn: null, effectiveOn: null, validUntil: null, filedOn: null })
    expect(openSectionsFor(deliberated)).toEqual(['drafting', 'review', 'deliberation'])
    expect(openSectionsFor(form({ filedOn: null }))).toEqual(['drafting', 'review', 'deliberation', 'publication', 'filing'])
    expect(openSectionsFor(form({ exclusion: 'minutes' }))).toContain('questionnaire')
    expect(nextSectionOf('signed')).toBe('publication')
    expect(nextSectionOf('drafting')).toBe('review')
  })
})

describe('deadlines and states of a row', () => {
  it('the timeline: review, publication and filing met by their acts; the evaluation window', () => {
    const rows = normativeDeadlineItems(filed, TODAY)
    expect(rows.map((r) => r.key)).toEqual(['review', 'publication', 'filing', 'evaluation'])
    expect(rows.map((r) => r.item.state)).toEqual(['met_on_time', 'met_on_time', 'met_on_time', 'pending'])
    expect(rows[2]!.item.doneOn).toBe('2025-05-15')
    const evaluation = rows[3]!.item
    expect([evaluation.rule, evaluation.start, evaluation.due, evaluation.advisory]).toEqual(['NORM-06', '2029-11-30', '2030-05-31', true])
    // Within the evaluation window, due soon; past the validity, overdue; a clean-up in it meets it.
    expect(normativeDeadlineItems(filed, '2030-05-28')[3]!.item.state).toBe('due_soon')
    expect(normativeDeadlineItems(filed, '2030-06-02')[3]!.item.state).toBe('overdue')
    expect(normativeDeadlineItems({ ...filed, cleanedOn: '2030-03-01', standing: 'amended' }, '2030-06-02')[3]!.item.state).toBe('met_on_time')
  })
  it('rows whose start is not known are left out', () => {
    const draft = { ...filed, deadlines: { review: null, publication: null, filing: null, evaluationFrom: null } }
    expect(normativeDeadlineItems(draft, TODAY)).toEqual([])
    expect(normativeDeadlineItems({ ...filed, deadlines: undefined }, TODAY)).toEqual([])
  })
  it('the filing deadline of a list row: overdue when unfiled after the due day, late when filed after it', () => {
    expect(filingDue({ ...filed, filedOn: null }, '2025-06-10')).toEqual({ due: '2025-05-28', state: 'overdue' })
    expect(filingDue({ ...filed, filedOn: null }, '2025-05-25')).toEqual({ due: '2025-05-28', state: 'due_soon' })
    expect(filingDue({ ...filed, filedOn: '2025-06-01' }, TODAY)?.state).toBe('met_late')
    expect(filingDue(filed, TODAY)?.state).toBe('met_on_time')
    expect(filingDue({ ...filed, deadlines: { ...filed.deadlines!, filing: null } }, TODAY)).toBeNull()
  })
  it('the validity: ok, to evaluate from evaluationFrom, expired after validUntil; none once cleaned up', () => {
    expect(validityState(filed, TODAY)).toBe('ok')
    expect(validityState(filed, '2029-12-01')).toBe('evaluate')
    expect(validityState(filed, '2030-06-01')).toBe('expired')
    expect(validityState({ ...filed, standing: 'expired' }, '2030-06-01')).toBeNull()
    expect(validityState({ ...filed, validUntil: null }, TODAY)).toBeNull()
  })
})
