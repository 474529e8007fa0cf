// The 重大行政决策 form ⇄ API record (decisions), the client checks that mirror
// ValidateMajorDecision (src/domain/decision/decision_rules.cc), the five-step checklist of the
// detail page and the dialog's sections, on a fixed "today".
import { describe, expect, it } from 'vitest'
import {
  commentDays,
  decisionProblems,
  decisionRequiredProps,
  decisionSectionOf,
  decisionSteps,
  decisionToForm,
  emptyDecision,
  formToDecision,
  openSectionsFor,
  shortPeriodWithoutReason,
  type DecisionFormModel,
} from '@/forms/decisionForm'
import type { MajorDecision } from '@/api/types'
import { ENUMS } from '@/constants/enums'
import { en, zh } from './helpers'

const TODAY = '2025-12-31'

/** A decision through every step (as tests/api/decisions.test.mjs makes it), as the API answers it. */
const made: MajorDecision = {
  id: 7,
  townshipId: 2,
  title: '树人镇场镇老旧小区改造方案',
  scope: 'construction',
  scopeLabel: '重大公共建设项目',
  draftingUnit: '镇建设环保办',
  proposedOn: '2025-03-01',
  inCatalogue: true,
  catalogueYear: 2025,
  catalogueItem: '老旧小区改造',
  technical: true,
  stabilityRisk: true,
  affectsMarket: false,
  participationMethods: '座谈会、向社会公开征求意见',
  commentFrom: '2025-03-10',
  commentTo: '2025-04-14',
  shortPeriodReason: '',
  participationException: '',
  commentsReceived: 12,
  commentsAdoption: '采纳8条',
  hearingMaterialsSentOn: null,
  hearingHeldOn: null,
  expertReviewedOn: '2025-04-20',
  expertSummary: '方案可行',
  riskAssessedOn: '2025-04-25',
  riskLevel: 'medium',
  riskLevelLabel: '中风险',
  riskControllable: true,
  riskReport: '风险可控',
  legalitySubmittedOn: '2025-05-01',
  legalityReviewedOn: '2025-05-15',
  legalityReviewer: '镇法律顾问',
  legalityPassed: true,
  legalityOpinion: '合法',
  exploratoryReform: false,
  legalRiskStatement: '',
  fairCompetitionReviewedOn: null,
  decidedOn: '2025-05-20',
  meeting: '镇政府常务会议',
  meetingResult: 'approved',
  meetingResultLabel: '通过',
  againstMajorityReason: '',
  dissent: '',
  partyReportedOn: '2025-05-22',
  publishedOn: '2025-05-25',
  publicationChannel: '镇政府门户网站',
  executingUnit: '镇建设环保办',
  postEvaluatedOn: null,
  postEvaluation: '',
  procedureComplete: true,
}

function form(extra: Partial<DecisionFormModel> = {}): DecisionFormModel {
  return { ...decisionToForm(made), ...extra }
}

describe('decision form conversions', () => {
  it('round-trips a stored decision without the computed fields', () => {
    const body = formToDecision(decisionToForm(made))
    const { scopeLabel: _s, riskLevelLabel: _r, meetingResultLabel: _m, procedureComplete: _p, ...rest } = made
    expect(body).toEqual(rest)
  })
  it('a new decision: this year in the catalogue, no procedures needed, approved by default', () => {
    const f = emptyDecision(2, TODAY)
    expect([f.inCatalogue, f.catalogueYear, f.technical, f.stabilityRisk, f.affectsMarket, f.meetingResult]).toEqual([true, 2025, false, false, false, 'approved'])
    const b = formToDecision(f)
    expect(b.proposedOn).toBe('')
    expect(b.id).toBeUndefined()
    expect(b.townshipId).toBe(2)
  })
  it('trims texts, sends empty dates as null, drops the catalogue outside it and the statement without a reform', () => {
    const b = formToDecision(form({ title: '  改造方案 ', commentFrom: '', commentTo: '', inCatalogue: false, legalRiskStatement: '风险', exploratoryReform: false }))
    expect([b.title, b.commentFrom, b.commentTo, b.catalogueYear, b.catalogueItem, b.legalRiskStatement]).toEqual(['改造方案', null, null, 0, '', ''])
  })
  it('unknown enum codes fall back to the defaults', () => {
    const f = decisionToForm({ ...made, scope: 'x' as never, riskLevel: 'y' as never, meetingResult: 'z' as never })
    expect([f.scope, f.riskLevel, f.meetingResult]).toEqual(['public_policy', 'low', 'approved'])
  })
})

describe('decision client checks (ValidateMajorDecision)', () => {
  it('a complete decision has no problem', () => {
    expect(decisionProblems(form(), TODAY)).toEqual({})
  })
  it('requires the title, the drafting unit and the start date', () => {
    const p = decisionProblems(emptyDecision(2, TODAY), TODAY)
    expect(Object.keys(p)).toEqual(['title', 'draftingUnit', 'proposedOn', 'catalogueItem'])
    expect(zh(p.title!)).toBe('此项为必填项')
  })
  it('the catalogue item and a year of 2000 to 2100 in the catalogue only', () => {
    expect(Object.keys(decisionProblems(form({ catalogueItem: '', catalogueYear: 1999 }), TODAY))).toEqual(['catalogueItem', 'catalogueYear'])
    expect(decisionProblems(form({ inCatalogue: false, catalogueItem: '', catalogueYear: 0 }), TODAY)).toEqual({})
  })
  it('dates not in the future and not before what they follow', () => {
    const p = decisionProblems(form({ proposedOn: '2026-01-05' }), TODAY)
    expect(zh(p.proposedOn!)).toBe('日期不能晚于今天')
    const q = decisionProblems(form({ commentFrom: '2025-02-01', expertReviewedOn: '2025-02-01', legalityReviewedOn: '2025-04-30' }), TODAY)
    expect(zh(q.commentFrom!)).toBe('不能早于决策启动日期（2025-03-01）')
    expect(q.expertReviewedOn?.key).toBe('validation.decision.notBeforeProposed')
    expect(zh(q.legalityReviewedOn!)).toBe('不能早于送审日期（2025-05-01）')
    expect(en(q.legalityReviewedOn!)).toBe('Must not be before the submission (2025-05-01)')
  })
  it('both ends of the comment period, the end after the start', () => {
    expect(Object.keys(decisionProblems(form({ commentTo: null }), TODAY))).toEqual(['commentTo'])
    expect(Object.keys(decisionProblems(form({ commentFrom: null }), TODAY))).toEqual(['commentFrom'])
    expect(decisionProblems(form({ commentTo: '2025-03-05' }), TODAY).commentTo?.key).toBe('validation.decision.notBeforeCommentFrom')
  })
  it('the hearing after its materials; the review with reviewer and opinion; the reform with its statement', () => {
    expect(decisionProblems(form({ hearingMaterialsSentOn: '2025-04-10', hearingHeldOn: '2025-04-01' }), TODAY).hearingHeldOn?.key).toBe('validation.decision.notBeforeMaterialsSent')
    expect(Object.keys(decisionProblems(form({ legalityReviewer: '', legalityOpinion: ' ' }), TODAY))).toEqual(['legalityReviewer', 'legalityOpinion'])
    expect(Object.keys(decisionProblems(form({ exploratoryReform: true }), TODAY))).toEqual(['legalRiskStatement'])
  })
  it('a decision needs its meeting; publication and evaluation follow the decision', () => {
    expect(Object.keys(decisionProblems(form({ meeting: '' }), TODAY))).toEqual(['meeting'])
    expect(decisionProblems(form({ publishedOn: '2025-05-10' }), TODAY).publishedOn?.key).toBe('validation.decision.notBeforeDecided')
    const p = decisionProblems(form({ decidedOn: null, partyReportedOn: null, publicationChannel: '' }), TODAY)
    expect(Object.keys(p)).toEqual(['decidedOn', 'publicationChannel'])
    expect(zh(p.decidedOn!)).toBe('未作出决定不能公布，请填写决定日期')
    expect(decisionProblems(form({ postEvaluatedOn: '2025-05-01' }), TODAY).postEvaluatedOn?.key).toBe('validation.decision.notBeforeDecided')
  })
  it('leaves the procedure rules (DEC-05…09) to the server', () => {
    const f = form({ commentFrom: null, commentTo: null, riskAssessedOn: null, legalityPassed: false, affectsMarket: true })
    expect(decisionProblems(f, TODAY)).toEqual({})
  })
  it('marks what is required now', () => {
    const r = decisionRequiredProps(form({ exploratoryReform: true }))
    for (const p of ['title', 'draftingUnit', 'proposedOn', 'catalogueItem', 'legalityReviewer', 'legalRiskStatement', 'meeting', 'publicationChannel']) expect(r.has(p), p).toBe(true)
    expect(decisionRequiredProps(emptyDecision()).has('meeting')).toBe(false)
  })
})

describe('decision checklist and sections', () => {
  it('the comment period in days and the short-period hint (DEC-05)', () => {
    expect(commentDays(made)).toBe(36)
    expect(shortPeriodWithoutReason(form({ commentTo: '2025-03-30' }))).toBe(true)
    expect(shortPeriodWithoutReason(form({ commentTo: '2025-03-30', shortPeriodReason: '紧急' }))).toBe(false)
    expect(shortPeriodWithoutReason(form({ commentTo: '2025-04-08' }))).toBe(false)
  })
  it('five steps, each done with its date', () => {
    expect(decisionSteps(made).map((s) => [s.key, s.state, s.date])).toEqual([
      ['participation', 'done', '2025-04-14'],
      ['expert', 'done', '2025-04-20'],
      ['risk', 'done', '2025-04-25'],
      ['legality', 'done', '2025-05-15'],
      ['meeting', 'done', '2025-05-20'],
    ])
  })
  it('not needed without the switch; missing when absent, after the decision or not passed', () => {
    const s = decisionSteps({ ...made, technical: false, riskAssessedOn: null, legalityPassed: false, commentFrom: null, commentTo: null, decidedOn: null })
    expect(s.map((x) => x.state)).toEqual(['missing', 'not_needed', 'missing', 'missing', 'missing'])
    expect(decisionSteps({ ...made, riskAssessedOn: '2025-05-21' })[2]!.state).toBe('missing')
  })
  it('an exception to participation and an exploratory reform count with a note', () => {
    const s = decisionSteps({ ...made, commentFrom: null, commentTo: null, participationException: '依法不予公开', legalityReviewedOn: null, exploratoryReform: true, legalRiskStatement: '已说明' })
    expect([s[0]!.state, s[0]!.note, s[3]!.state, s[3]!.note]).toEqual(['done', 'exception', 'done', 'reform'])
  })
  it('maps the 412 fields to their sections', () => {
    const fields = ['commentFrom', 'shortPeriodReason', 'hearingMaterialsSentOn', 'expertReviewedOn', 'riskAssessedOn', 'riskControllable', 'legalityReviewedOn', 'fairCompetitionReviewedOn']
    expect(fields.map(decisionSectionOf)).toEqual(['participation', 'participation', 'participation', 'expert', 'risk', 'risk', 'legality', 'fairCompetition'])
    expect(decisionSectionOf('title')).toBe('basic')
    expect(decisionSectionOf('nope')).toBeNull()
  })
  it('opens the sections a decision needs', () => {
    expect(openSectionsFor(emptyDecision())).toEqual(['basic', 'participation', 'legality'])
    expect(openSectionsFor(form())).toEqual(['basic', 'participation', 'expert', 'risk', 'legality', 'meeting', 'publication'])
    expect(openSectionsFor(form({ affectsMarket: true, technical: false, expertReviewedOn: null }))).toContain('fairCompetition')
  })
  it('the enums the form knows', () => {
    expect(ENUMS.decisionScope).toContain(made.scope)
    expect(ENUMS.riskLevel).toContain(made.riskLevel)
    expect(ENUMS.meetingResult).toContain(made.meetingResult)
  })
})
