// The 行政执法案件 form ⇄ API record (enforcement/cases), the client checks that mirror
// ValidatePenaltyCase (src/domain/enforcement/penalty_rules.cc), the stage and section helpers
// of the dialog and the deadline rows of the detail page, on a fixed "today".
import { describe, expect, it } from 'vitest'
import {
  decisionDue,
  deadlineState,
  documentStages,
  evidenceTypeOfFile,
  emptyDocument,
  emptyExtension,
  emptyInterval,
  emptyParty,
  emptyPenaltyCase,
  formToPenalty,
  limitationDaysLeft,
  nextStage,
  penaltyDeadlineItems,
  penaltyProblems,
  penaltySectionOf,
  penaltySections,
  penaltyToForm,
  propCandidates,
  requiredProps,
  sectionOfStage,
  stageChoices,
  stageMoveAllowed,
  stageSteps,
  stageTagType,
  syncOfficers,
  titleFromFileName,
  type PenaltyFormModel,
} from '@/forms/penaltyForm'
import type { CaseStage, DeadlineDocument, PenaltyCase } from '@/api/types'
import { ENUMS } from '@/constants/enums'
import { en, zh } from './helpers'

const TODAY = '2025-06-20'
const ADULT_ID = '11010519491231002X'
const USCC = '91110000600037341L'

function deadline(rule: string, start: string, due: string): DeadlineDocument {
  return { rule, ruleName: rule, start, due, basis: { law: '中华人民共和国行政处罚法', version: '2021', article: '第60条', display: '《中华人民共和国行政处罚法》第60条' } }
}

/** A closed general-procedure case with every part recorded. */
const stored: PenaltyCase = {
  id: 9,
  townshipId: 2,
  number: '树综执罚立〔2025〕3号',
  cause: '未按规定倾倒建筑垃圾',
  matterType: '市容环境卫生',
  powerBasis: '渝府发〔2022〕1号',
  category: 'penalty',
  categoryLabel: '行政处罚',
  procedure: 'general',
  procedureLabel: '普通程序',
  stage: 'closed',
  stageLabel: '结案归档',
  leadReceivedOn: '2025-01-05',
  filedOn: '2025-01-06',
  actOn: '2025-01-03',
  graveHarm: false,
  parties: [
    { id: 31, caseId: 9, kind: 'person', kindLabel: '自然人', name: '王某', idNumber: ADULT_ID, uscc: '', phone: '13800138000', address: '树人镇1号' },
    { id: 32, caseId: 9, kind: 'org', kindLabel: '法人或其他组织', name: '某建材公司', idNumber: '', uscc: USCC, phone: '', address: '树人镇2号' },
  ],
  officers: [
    { officerId: 4, name: '陈立新', certificateNumber: '渝执2021000123' },
    { officerId: 5, name: '李明', certificateNumber: '渝执2021000124' },
  ],
  majorPublicInterest: false,
  complexCase: true,
  seriousViolation: false,
  reviewRequiredByLaw: false,
  investigatedOn: '2025-01-10',
  noticeServedOn: '2025-02-10',
  proposed: { kinds: ['fine'], kindLabels: ['罚款'], fineFen: 200000, confiscationFen: 0, description: '罚款人民币2000元' },
  hearingRightNotified: true,
  rightsWaivedOn: null,
  statementSummary: '当事人称系初次违法',
  hearing: { requestedOn: '2025-02-12', notifiedOn: '2025-02-14', heldOn: '2025-02-26', host: '张某', hostInvestigated: false, partyAbsent: false },
  legalReview: {
    submittedOn: '2025-03-01',
    reviewedOn: '2025-03-03',
    reviewer: '赵某',
    reviewerFirstTime: false,
    reviewerQualified: true,
    outcome: 'agree',
    outcomeLabel: '同意',
    opinion: '事实清楚，证据确凿',
    checklist: [true, true, true, true, true, true, false],
  },
  collective: { heldOn: '2025-03-05', participants: '镇长张某、副镇长李某', conclusion: '同意罚款1500元' },
  decidedOn: '2025-03-06',
  outcome: 'penalty',
  outcomeLabel: '给予行政处罚',
  decided: { kinds: ['fine'], kindLabels: ['罚款'], fineFen: 150000, confiscationFen: 0, description: '罚款人民币1500元' },
  decisionNumber: '树综执罚决〔2025〕3号',
  servedOn: '2025-03-07',
  serviceMethod: 'direct',
  serviceMethodLabel: '直接送达',
  electronicConsent: false,
  executedOn: '2025-03-20',
  paidFen: 150000,
  closedOn: '2025-03-25',
  extensions: [{ amount: 30, unit: 'calendar', approver: '镇长张某', approvedOn: '2025-03-01', reason: '案情复杂', partyNotified: true }],
  excluded: [{ from: '2025-02-14', to: '2025-02-26', reason: '听证' }],
  publicationRequired: true,
  publishedOn: '2025-03-10',
  publicationUrl: 'https://example.gov.cn/gs/3',
  documents: [
    {
      id: 71, caseId: 9, stage: 'investigation', stageLabel: '调查取证', evidenceType: 'inspection_record', evidenceTypeLabel: '勘验笔录、现场笔录',
      recordedOn: '2025-01-10', title: '现场检查笔录', fileName: 'jc.pdf', mediaType: 'application/pdf', sizeBytes: 2048, sha256: 'a'.repeat(64),
    },
  ],
  deadlines: {
    decision: deadline('PEN-06', '2025-01-06', '2025-05-07'),
    hearingRequest: deadline('PEN-12', '2025-02-10', '2025-02-17'),
    service: deadline('PEN-14', '2025-03-06', '2025-03-17'),
    publication: deadline('LEP-03', '2025-03-06', '2025-03-17'),
    paymentDue: '2025-03-22',
    limitationEnds: '2027-01-03',
  },
}

/** A new general case at `stage` that passes every client check on TODAY. */
function validAt(stage: CaseStage): PenaltyFormModel {
  const f = emptyPenaltyCase(2)
  f.number = '树综执罚立〔2025〕5号'
  f.cause = '占道经营'
  f.matterType = '市容环境卫生'
  f.leadReceivedOn = '2025-05-01'
  f.parties = [{ ...emptyParty(), name: '王某', idNumber: ADULT_ID, phone: '13800138000' }]
  f.stage = stage
  const at = (s: CaseStage) => ENUMS.caseStage.indexOf(stage) >= ENUMS.caseStage.indexOf(s)
  if (at('investigation')) {
    f.filedOn = '2025-05-02'
    f.investigatedOn = '2025-05-03'
    f.officers = [
      { officerId: 4, name: '陈立新', certificateNumber: '渝执2021000123' },
      { officerId: 5, name: '李明', certificateNumber: '' },
    ]
  }
  if (at('notice')) {
    f.noticeServedOn = '2025-05-10'
    f.proposed.kinds = ['warning']
  }
  if (at('legal_review')) {
    f.hasReview = true
    f.legalReview = { ...f.legalReview, submittedOn: '2025-05-20', reviewedOn: '2025-05-21', reviewer: '赵某', opinion: '同意' }
  }
  if (at('collective')) {
    f.hasCollective = true
    f.collective = { heldOn: '2025-05-22', participants: '镇长张某', conclusion: '同意' }
  }
  if (at('decision')) {
    f.decidedOn = '2025-05-23'
    f.decisionNumber = '树综执罚决〔2025〕5号'
    f.decided.kinds = ['warning']
  }
  if (at('service')) f.servedOn = '2025-05-24'
  if (at('execution')) f.executedOn = '2025-05-25'
  if (at('closed')) f.closedOn = '2025-05-26'
  return f
}

describe('penalty case form ⇄ API JSON', () => {
  it('a new case: the township, no id, a lead with one empty party, no optional parts', () => {
    const body = formToPenalty(emptyPenaltyCase(7))
    expect(body.townshipId).toBe(7)
    expect('id' in body).toBe(false)
    expect(body.stage).toBe('filed')
    expect(body.procedure).toBe('general')
    expect(body.category).toBe('penalty')
    expect(body.leadReceivedOn).toBeNull()
    expect(body.parties).toEqual([{ kind: 'person', name: '', idNumber: '', uscc: '', phone: '', address: '' }])
    expect(body.officers).toEqual([])
    expect(body.hearing).toBeNull()
    expect(body.legalReview).toBeNull()
    expect(body.collective).toBeNull()
    expect(body.proposed).toEqual({ kinds: [], fineFen: 0, confiscationFen: 0, description: '' })
    expect(body.decided).toEqual({ kinds: [], fineFen: 0, confiscationFen: 0, description: '' })
    expect(body.publicationRequired).toBe(true)
    expect(body.paidFen).toBe(0)
    expect(formToPenalty(emptyPenaltyCase()).townshipId).toBe(0)
  })

  it('round-trips a stored case: 分 ⇄ 元, no labels, deadlines or officer names, nested ids kept', () => {
    const f = penaltyToForm(stored)
    expect(f.id).toBe(9)
    expect(f.proposed.fineYuan).toBe('2000.00')
    expect(f.decided.fineYuan).toBe('1500.00')
    expect(f.paidYuan).toBe('1500.00')
    expect(f.proposed.confiscationYuan).toBe('')
    expect(f.hasHearing && f.hasReview && f.hasCollective).toBe(true)
    const body = formToPenalty(f)
    expect(body).toEqual({
      id: 9,
      townshipId: 2,
      number: '树综执罚立〔2025〕3号',
      cause: '未按规定倾倒建筑垃圾',
      matterType: '市容环境卫生',
      powerBasis: '渝府发〔2022〕1号',
      category: 'penalty',
      procedure: 'general',
      stage: 'closed',
      leadReceivedOn: '2025-01-05',
      filedOn: '2025-01-06',
      actOn: '2025-01-03',
      graveHarm: false,
      parties: [
        { id: 31, kind: 'person', name: '王某', idNumber: ADULT_ID, uscc: '', phone: '13800138000', address: '树人镇1号' },
        { id: 32, kind: 'org', name: '某建材公司', idNumber: '', uscc: USCC, phone: '', address: '树人镇2号' },
      ],
      officers: [
        { officerId: 4, certificateNumber: '渝执2021000123' },
        { officerId: 5, certificateNumber: '渝执2021000124' },
      ],
      majorPublicInterest: false,
      complexCase: true,
      seriousViolation: false,
      reviewRequiredByLaw: false,
      investigatedOn: '2025-01-10',
      noticeServedOn: '2025-02-10',
      proposed: { kinds: ['fine'], fineFen: 200000, confiscationFen: 0, description: '罚款人民币2000元' },
      hearingRightNotified: true,
      rightsWaivedOn: null,
      statementSummary: '当事人称系初次违法',
      hearing: { requestedOn: '2025-02-12', notifiedOn: '2025-02-14', heldOn: '2025-02-26', host: '张某', hostInvestigated: false, partyAbsent: false },
      legalReview: {
        submittedOn: '2025-03-01',
        reviewedOn: '2025-03-03',
        reviewer: '赵某',
        reviewerFirstTime: false,
        reviewerQualified: true,
        outcome: 'agree',
        opinion: '事实清楚，证据确凿',
        checklist: [true, true, true, true, true, true, false],
      },
      collective: { heldOn: '2025-03-05', participants: '镇长张某、副镇长李某', conclusion: '同意罚款1500元' },
      decidedOn: '2025-03-06',
      outcome: 'penalty',
      decided: { kinds: ['fine'], fineFen: 150000, confiscationFen: 0, description: '罚款人民币1500元' },
      decisionNumber: '树综执罚决〔2025〕3号',
      servedOn: '2025-03-07',
      serviceMethod: 'direct',
      electronicConsent: false,
      executedOn: '2025-03-20',
      paidFen: 150000,
      closedOn: '2025-03-25',
      extensions: [{ amount: 30, unit: 'calendar', approver: '镇长张某', approvedOn: '2025-03-01', reason: '案情复杂', partyNotified: true }],
      excluded: [{ from: '2025-02-14', to: '2025-02-26', reason: '听证' }],
      publicationRequired: true,
      publishedOn: '2025-03-10',
      publicationUrl: 'https://example.gov.cn/gs/3',
      documents: [
        { id: 71, stage: 'investigation', evidenceType: 'inspection_record', recordedOn: '2025-01-10', title: '现场检查笔录', fileName: 'jc.pdf', mediaType: 'application/pdf', sizeBytes: 2048, sha256: 'a'.repeat(64) },
      ],
    })
    const json = JSON.stringify(body)
    for (const k of ['Label', 'deadlines', 'caseId', '"name":"陈立新"']) expect(json).not.toContain(k)
    expect(penaltyProblems(f, TODAY)).toEqual({})
  })

  it('money: 元 inputs with separators and one decimal go as whole 分; empty is 0', () => {
    const f = validAt('notice')
    f.proposed.kinds = ['fine', 'confiscate_gains']
    f.proposed.fineYuan = '1,234.5'
    f.proposed.confiscationYuan = ' 88 '
    expect(formToPenalty(f).proposed).toMatchObject({ fineFen: 123450, confiscationFen: 8800 })
    f.proposed.confiscationYuan = ''
    expect(formToPenalty(f).proposed.confiscationFen).toBe(0)
  })

  it('an amount goes only with its kind; no sanction for a decision without penalty', () => {
    const f = validAt('decision')
    f.proposed.kinds = ['warning']
    f.proposed.fineYuan = '500'
    f.proposed.confiscationYuan = '20'
    expect(formToPenalty(f).proposed).toMatchObject({ kinds: ['warning'], fineFen: 0, confiscationFen: 0 })
    f.decided = { kinds: ['fine'], fineYuan: '100', confiscationYuan: '', description: ' 罚款100元 ' }
    expect(formToPenalty(f).decided).toEqual({ kinds: ['fine'], fineFen: 10000, confiscationFen: 0, description: '罚款100元' })
    f.outcome = 'no_penalty_minor'
    expect(formToPenalty(f).decided).toEqual({ kinds: [], fineFen: 0, confiscationFen: 0, description: '' })
    expect(penaltyProblems(f, TODAY)).toEqual({})
  })

  it('empty strings ⇄ null: "" dates go as null, null dates and 0 分 come back empty; texts trimmed', () => {
    const f = validAt('investigation')
    f.actOn = ''
    f.noticeServedOn = ''
    f.cause = '  占道经营 '
    f.parties[0]!.address = ' 树人镇1号 '
    const body = formToPenalty(f)
    expect(body.actOn).toBeNull()
    expect(body.noticeServedOn).toBeNull()
    expect(body.cause).toBe('占道经营')
    expect(body.parties[0]!.address).toBe('树人镇1号')
    const back = penaltyToForm({ ...stored, paidFen: 0, publishedOn: null, decided: { kinds: [], fineFen: 0, confiscationFen: 0, description: '' } })
    expect(back.paidYuan).toBe('')
    expect(back.decided.fineYuan).toBe('')
    expect(back.publishedOn).toBeNull()
  })

  it('the checklist always has the 7 review items', () => {
    const short = penaltyToForm({ ...stored, legalReview: { ...stored.legalReview!, checklist: [true, false, true] } })
    expect(short.legalReview.checklist).toEqual([true, false, true, false, false, false, false])
    expect(formToPenalty(short).legalReview!.checklist).toHaveLength(7)
    expect(emptyPenaltyCase().legalReview.checklist).toEqual([false, false, false, false, false, false, false])
    const f = validAt('legal_review')
    f.legalReview.checklist = [true, true, true, true, true, true, true, true]
    expect(formToPenalty(f).legalReview!.checklist).toEqual([true, true, true, true, true, true, true])
  })

  it('a person has no USCC, an organisation no ID number', () => {
    const f = validAt('filed')
    f.parties[0]!.uscc = USCC
    f.parties.push({ ...emptyParty(), kind: 'org', name: '某公司', idNumber: ADULT_ID, uscc: USCC })
    const [p, o] = formToPenalty(f).parties
    expect(p).toMatchObject({ idNumber: ADULT_ID, uscc: '' })
    expect(o).toMatchObject({ idNumber: '', uscc: USCC })
    expect('id' in o!).toBe(false)
  })

  it('sends nothing of a stage not reached: no decision, service, execution, closing or publication', () => {
    const f = penaltyToForm(stored)
    f.stage = 'collective'
    const body = formToPenalty(f)
    expect(body).toMatchObject({ decidedOn: null, decisionNumber: '', servedOn: null, executedOn: null, paidFen: 0, closedOn: null, publishedOn: null, publicationUrl: '' })
    expect(body.decided.kinds).toEqual([])
    expect(body.legalReview).not.toBeNull()
    expect(body.collective).not.toBeNull()
  })

  it('the 简易程序 sends no investigation date, hearing, review, discussion or extension', () => {
    const f = penaltyToForm(stored)
    f.procedure = 'summary'
    const body = formToPenalty(f)
    expect(body).toMatchObject({ investigatedOn: null, hearing: null, legalReview: null, collective: null, extensions: [], excluded: [] })
    expect(body.noticeServedOn).toBe('2025-02-10')
  })

  it('the review and discussion go with their stage even when not switched on', () => {
    const f = validAt('investigation')
    f.stage = 'legal_review'
    expect(formToPenalty(f).legalReview).not.toBeNull()
    f.stage = 'collective'
    expect(formToPenalty(f).collective).toEqual({ heldOn: null, participants: '', conclusion: '' })
  })

  it('officers: the multi-select keeps the chosen rows and adds new ones with the certificate valid today', () => {
    const rows = [{ officerId: 4, name: '陈立新', certificateNumber: 'X1' }]
    const lookup = (id: number) => (id === 5 ? { name: '李明', certificateNumber: '渝执2021000124' } : undefined)
    expect(syncOfficers(rows, [5, 4], lookup)).toEqual([
      { officerId: 5, name: '李明', certificateNumber: '渝执2021000124' },
      { officerId: 4, name: '陈立新', certificateNumber: 'X1' },
    ])
    expect(syncOfficers(rows, [], lookup)).toEqual([])
    expect(syncOfficers([], [8], lookup)).toEqual([{ officerId: 8, name: '8', certificateNumber: '' }])
  })

  it('documents keep their stored file description; new rows have no id', () => {
    const f = penaltyToForm(stored)
    f.documents.push({ ...emptyDocument('closed'), recordedOn: '2025-03-25', title: '结案审批表' })
    const docs = formToPenalty(f).documents
    expect(docs[0]).toMatchObject({ id: 71, fileName: 'jc.pdf', sha256: 'a'.repeat(64), sizeBytes: 2048 })
    expect('id' in docs[1]!).toBe(false)
    expect(docs[1]).toMatchObject({ stage: 'closed', evidenceType: 'record', fileName: '', sha256: '' })
  })
})

describe('penalty case checks (ValidatePenaltyCase)', () => {
  it('a complete case passes at every stage', () => {
    for (const s of ENUMS.caseStage) expect(penaltyProblems(validAt(s), TODAY), s).toEqual({})
  })

  it('an empty lead needs the number, cause, matter type, the lead date and a party name', () => {
    const p = penaltyProblems(emptyPenaltyCase(1), TODAY)
    expect(Object.keys(p).sort()).toEqual(['cause', 'leadReceivedOn', 'matterType', 'number', 'parties.0.name'])
    for (const k of Object.keys(p)) expect(p[k]!.key).toBe('validation.required')
    const none = emptyPenaltyCase(1)
    none.parties = []
    expect(penaltyProblems(none, TODAY).parties?.key).toBe('validation.penalty.partiesMin')
  })

  type Case = [string, CaseStage, (f: PenaltyFormModel) => void, string, string, Record<string, string | number>?]
  const cases: Case[] = [
    ['future lead date', 'filed', (f) => { f.leadReceivedOn = '2025-06-21' }, 'leadReceivedOn', 'validation.notFuture'],
    ['future act date', 'filed', (f) => { f.actOn = '2025-07-01' }, 'actOn', 'validation.notFuture'],
    ['filed before the lead', 'investigation', (f) => { f.filedOn = '2025-04-30' }, 'filedOn', 'validation.penalty.notBeforeLead', { date: '2025-05-01' }],
    ['past 立案 without a filing date', 'investigation', (f) => { f.filedOn = null; f.investigatedOn = null }, 'filedOn', 'validation.penalty.filedRequired'],
    ['investigation without its date', 'investigation', (f) => { f.investigatedOn = null }, 'investigatedOn', 'validation.required'],
    ['investigation without officers', 'investigation', (f) => { f.officers = [] }, 'officers', 'validation.penalty.officersRequired'],
    ['investigated before filing', 'investigation', (f) => { f.investigatedOn = '2025-05-01' }, 'investigatedOn', 'validation.penalty.notBeforeFiled', { date: '2025-05-02' }],
    ['notice stage without a notice or waiver', 'notice', (f) => { f.noticeServedOn = null; f.proposed.kinds = [] }, 'noticeServedOn', 'validation.penalty.noticeRequired'],
    ['a notice without proposed sanctions', 'notice', (f) => { f.proposed.kinds = [] }, 'proposed.kinds', 'validation.penalty.proposedKinds'],
    ['a proposed fine without its amount', 'notice', (f) => { f.proposed.kinds = ['fine'] }, 'proposed.fineYuan', 'validation.penalty.fineRequired'],
    ['an amount that is not 元', 'notice', (f) => { f.proposed.kinds = ['fine']; f.proposed.fineYuan = '12.345' }, 'proposed.fineYuan', 'validation.amountFormat'],
    ['a negative fine', 'notice', (f) => { f.proposed.kinds = ['fine']; f.proposed.fineYuan = '-5' }, 'proposed.fineYuan', 'validation.nonNegative'],
    ['a fine above 1000亿元', 'notice', (f) => { f.proposed.kinds = ['fine']; f.proposed.fineYuan = '100000000001' }, 'proposed.fineYuan', 'validation.penalty.amountMax'],
    ['a hearing without a notice', 'statement', (f) => { f.noticeServedOn = null; f.rightsWaivedOn = '2025-05-10'; f.proposed.kinds = []; f.hasHearing = true; f.hearing.requestedOn = '2025-05-11' }, 'hearing.requestedOn', 'validation.penalty.hearingNeedsNotice'],
    ['a hearing requested before the notice', 'statement', (f) => { f.hasHearing = true; f.hearing.requestedOn = '2025-05-09' }, 'hearing.requestedOn', 'validation.penalty.notBeforeNotice', { date: '2025-05-10' }],
    ['a hearing held without notice to the party', 'statement', (f) => { f.hasHearing = true; f.hearing.requestedOn = '2025-05-11'; f.hearing.heldOn = '2025-05-20'; f.hearing.host = '张某' }, 'hearing.notifiedOn', 'validation.penalty.hearingNotifiedFirst'],
    ['a hearing held without a host', 'statement', (f) => { f.hasHearing = true; f.hearing = { ...f.hearing, requestedOn: '2025-05-11', notifiedOn: '2025-05-12', heldOn: '2025-05-21' } }, 'hearing.host', 'validation.required'],
    ['the 法制审核 stage without a review date', 'legal_review', (f) => { f.legalReview.reviewedOn = null }, 'legalReview.reviewedOn', 'validation.penalty.reviewedRequired'],
    ['a review without its opinion', 'legal_review', (f) => { f.legalReview.opinion = ' ' }, 'legalReview.opinion', 'validation.required'],
    ['reviewed before submitted', 'legal_review', (f) => { f.legalReview.reviewedOn = '2025-05-19' }, 'legalReview.reviewedOn', 'validation.penalty.notBeforeSubmitted', { date: '2025-05-20' }],
    ['a discussion without participants', 'collective', (f) => { f.collective.participants = '' }, 'collective.participants', 'validation.required'],
    ['the 集体讨论 stage without its date', 'collective', (f) => { f.collective.heldOn = null }, 'collective.heldOn', 'validation.required'],
    ['a decision without its date', 'decision', (f) => { f.decidedOn = null }, 'decidedOn', 'validation.required'],
    ['a decision without its number', 'decision', (f) => { f.decisionNumber = '' }, 'decisionNumber', 'validation.required'],
    ['a penalty decision without sanctions', 'decision', (f) => { f.decided.kinds = [] }, 'decided.kinds', 'validation.penalty.decidedKinds'],
    ['a future decision date', 'decision', (f) => { f.decidedOn = '2025-06-21' }, 'decidedOn', 'validation.notFuture'],
    ['service before the decision', 'service', (f) => { f.servedOn = '2025-05-22' }, 'servedOn', 'validation.penalty.notBeforeDecided', { date: '2025-05-23' }],
    ['the 送达 stage without its date', 'service', (f) => { f.servedOn = null }, 'servedOn', 'validation.required'],
    ['execution of a penalty without its date', 'execution', (f) => { f.executedOn = null }, 'executedOn', 'validation.required'],
    ['an unreadable amount paid', 'execution', (f) => { f.paidYuan = 'abc' }, 'paidYuan', 'validation.amountFormat'],
    ['closed before the execution', 'closed', (f) => { f.closedOn = '2025-05-24' }, 'closedOn', 'validation.penalty.notBeforeCarriedOut', { date: '2025-05-25' }],
    ['published without an address', 'decision', (f) => { f.publishedOn = '2025-05-24' }, 'publicationUrl', 'validation.penalty.publicationUrl'],
    ['published before the decision', 'decision', (f) => { f.publishedOn = '2025-05-22'; f.publicationUrl = 'https://x' }, 'publishedOn', 'validation.penalty.notBeforeDecided', { date: '2025-05-23' }],
    ['a masked ID number sent back', 'filed', (f) => { f.parties[0]!.idNumber = '110105********002X' }, 'parties.0.idNumber', 'validation.masked'],
    ['a masked phone sent back', 'filed', (f) => { f.parties[0]!.phone = '138****8000' }, 'parties.0.phone', 'validation.masked'],
    ['a wrong ID check character', 'filed', (f) => { f.parties[0]!.idNumber = '110105194912310025' }, 'parties.0.idNumber', 'validation.idcard.checkChar', { expected: 'X', actual: '5' }],
    ['a wrong USCC', 'filed', (f) => { f.parties.push({ ...emptyParty(), kind: 'org', name: '某公司', uscc: '91110000600037341M' }) }, 'parties.1.uscc', 'validation.uscc.checkChar', { expected: 'L', actual: 'M' }],
    ['an extension of 0 days', 'investigation', (f) => { f.extensions.push({ ...emptyExtension(), amount: 0, approver: '镇长', approvedOn: '2025-05-05', reason: '复杂' }) }, 'extensions.0.amount', 'validation.range', { min: 1, max: 365 }],
    ['an extension without its approver', 'investigation', (f) => { f.extensions.push({ ...emptyExtension(), amount: 30, approvedOn: '2025-05-05', reason: '复杂' }) }, 'extensions.0.approver', 'validation.required'],
    ['an excluded interval ending before it starts', 'investigation', (f) => { f.excluded.push({ from: '2025-05-10', to: '2025-05-09', reason: '鉴定' }) }, 'excluded.0.to', 'validation.penalty.intervalOrder'],
    ['an excluded interval without its start', 'investigation', (f) => { f.excluded.push({ ...emptyInterval(), to: '2025-05-09', reason: '鉴定' }) }, 'excluded.0.from', 'validation.required'],
    ['a document of a later stage', 'investigation', (f) => { f.documents.push({ ...emptyDocument('decision'), recordedOn: '2025-05-03', title: '决定书' }) }, 'documents.0.stage', 'validation.penalty.documentStageAhead'],
    ['a document without its title', 'filed', (f) => { f.documents.push({ ...emptyDocument(), recordedOn: '2025-05-01' }) }, 'documents.0.title', 'validation.required'],
    ['a document recorded in the future', 'filed', (f) => { f.documents.push({ ...emptyDocument(), recordedOn: '2025-06-30', title: '笔录' }) }, 'documents.0.recordedOn', 'validation.notFuture'],
    ['the 简易程序 at a stage it lacks', 'investigation', (f) => { f.procedure = 'summary' }, 'stage', 'validation.penalty.summaryStage'],
    ['an officer listed twice', 'investigation', (f) => { f.officers.push({ officerId: 4, name: '陈立新', certificateNumber: '' }) }, 'officers.2.officerId', 'validation.penalty.officerDuplicate'],
  ]
  it.each(cases)('%s', (_name, stage, change, prop, key, params) => {
    const f = validAt(stage)
    change(f)
    const p = penaltyProblems(f, TODAY)[prop]
    expect(p?.key, JSON.stringify(penaltyProblems(f, TODAY))).toBe(key)
    if (params) expect(p!.params).toEqual(params)
  })

  it('a waiver stands for the notice; a summary-procedure decision needs no investigation', () => {
    const f = validAt('decision')
    f.noticeServedOn = null
    f.proposed.kinds = []
    f.rightsWaivedOn = '2025-05-10'
    expect(penaltyProblems(f, TODAY)).toEqual({})
    const s = validAt('decision')
    s.procedure = 'summary'
    s.investigatedOn = null
    s.hasReview = false
    s.hasCollective = false
    expect(penaltyProblems(s, TODAY)).toEqual({})
  })

  it('from the decision on, a missing 告知 is left to the server (PEN-08 names the article)', () => {
    const f = validAt('decision')
    f.noticeServedOn = null
    f.proposed.kinds = []
    expect(penaltyProblems(f, TODAY)).toEqual({})
    expect(requiredProps(f).has('noticeServedOn')).toBe(false)
    f.stage = 'collective'
    expect(penaltyProblems(f, TODAY).noticeServedOn?.key).toBe('validation.penalty.noticeRequired')
  })

  it('a decision without penalty needs no execution date', () => {
    const f = validAt('execution')
    f.outcome = 'transfer'
    f.executedOn = null
    expect(penaltyProblems(f, TODAY)).toEqual({})
  })

  it('hidden parts are not checked: a half-filled hearing switched off, a decision section not reached', () => {
    const f = validAt('notice')
    f.hearing.requestedOn = '2025-01-01'
    f.decidedOn = '2099-01-01'
    f.servedOn = '2099-01-01'
    expect(penaltyProblems(f, TODAY)).toEqual({})
  })

  it('the messages render in both languages', () => {
    const f = validAt('investigation')
    f.filedOn = '2025-04-30'
    const p = penaltyProblems(f, TODAY).filedOn!
    expect(zh(p)).toBe('不能早于线索受理日期（2025-05-01）')
    expect(en(p)).toBe('Cannot be before the lead date (2025-05-01)')
  })

  it('marks what the stage requires', () => {
    expect([...requiredProps(emptyPenaltyCase())].sort()).toEqual(['cause', 'leadReceivedOn', 'matterType', 'number', 'parties', 'parties.0.name'])
    const r = requiredProps(validAt('decision'))
    for (const p of ['filedOn', 'officers', 'investigatedOn', 'proposed.kinds', 'legalReview.reviewedOn', 'collective.heldOn', 'decidedOn', 'decisionNumber', 'decided.kinds']) expect(r.has(p), p).toBe(true)
    expect(requiredProps(validAt('notice')).has('noticeServedOn')).toBe(true)
    expect(r.has('servedOn')).toBe(false)
    const waived = validAt('notice')
    waived.rightsWaivedOn = '2025-05-09'
    expect(requiredProps(waived).has('noticeServedOn')).toBe(false)
  })
})

describe('stages', () => {
  it('the next stage: one forward, the 简易程序 jumps from 立案 to 决定, none after 结案', () => {
    expect(nextStage('filed', 'general')).toBe('investigation')
    expect(nextStage('collective', 'general')).toBe('decision')
    expect(nextStage('filed', 'summary')).toBe('decision')
    expect(nextStage('decision', 'summary')).toBe('service')
    expect(nextStage('closed', 'general')).toBeNull()
  })

  it('the selector: no going back, no 简易程序 stages it lacks', () => {
    const f = penaltyToForm({ ...stored, stage: 'decision' })
    const disabled = stageChoices(f, 'decision').filter((c) => c.disabled).map((c) => c.value)
    expect(disabled).toEqual(['filed', 'investigation', 'notice', 'statement', 'legal_review', 'collective'])
    expect(stageChoices(emptyPenaltyCase(), null).every((c) => !c.disabled)).toBe(true)
    const s = emptyPenaltyCase()
    s.procedure = 'summary'
    expect(stageChoices(s, null).filter((c) => c.disabled).map((c) => c.value)).toEqual(['investigation', 'notice', 'statement', 'legal_review', 'collective'])
  })

  it('back from 法制审核 to 调查取证 or 告知 only after a review that did not agree', () => {
    const f = validAt('legal_review')
    expect(stageMoveAllowed('legal_review', f, 'investigation')).toBe(false)
    f.legalReview.outcome = 'revise'
    expect(stageMoveAllowed('legal_review', f, 'investigation')).toBe(true)
    expect(stageMoveAllowed('legal_review', f, 'notice')).toBe(true)
    expect(stageMoveAllowed('legal_review', f, 'filed')).toBe(false)
    expect(stageMoveAllowed('decision', f, 'notice')).toBe(false)
    expect(stageMoveAllowed('collective', f, 'notice')).toBe(true)
    expect(stageChoices(f, 'legal_review').filter((c) => !c.disabled).map((c) => c.value)).toEqual([
      'investigation', 'notice', 'legal_review', 'collective', 'decision', 'service', 'execution', 'closed',
    ])
    // The review that sent it back is still sent from the earlier stage.
    f.stage = 'investigation'
    expect(formToPenalty(f).legalReview?.outcome).toBe('revise')
    expect(penaltyProblems(f, TODAY)).toEqual({})
  })

  it('stage tags and the stepper', () => {
    expect(stageTagType('filed')).toBe('info')
    expect(stageTagType('notice')).toBe('primary')
    expect(stageTagType('service')).toBe('warning')
    expect(stageTagType('closed')).toBe('success')
    const steps = stageSteps({ ...stored, stage: 'decision' })
    expect(steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'done', 'done', 'current', 'todo', 'todo', 'todo'])
    expect(steps[0]!.date).toBe('2025-01-06')
    expect(steps[3]!.date).toBe('2025-02-26')
    const summary = stageSteps({ ...stored, procedure: 'summary', stage: 'service', hearing: null, legalReview: null, collective: null })
    expect(summary.map((s) => s.state)).toEqual(['done', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped', 'done', 'current', 'todo', 'todo'])
    const noReview = stageSteps({ ...stored, stage: 'decision', legalReview: null, collective: null, hearing: null, statementSummary: '' })
    expect(noReview.map((s) => s.state).slice(3, 6)).toEqual(['skipped', 'skipped', 'skipped'])
  })
})

describe('uploading a file', () => {
  it('offers the stages the case has reached, without those the 简易程序 skips', () => {
    expect(documentStages({ ...stored, stage: 'filed', legalReview: null })).toEqual(['filed'])
    expect(documentStages({ ...stored, stage: 'notice', legalReview: null })).toEqual(['filed', 'investigation', 'notice'])
    expect(documentStages({ ...stored, procedure: 'summary', stage: 'service', legalReview: null })).toEqual(['filed', 'decision', 'service'])
    expect(documentStages({ ...stored, stage: 'closed' })).toHaveLength(10)
  })
  it('keeps 法制审核 and 集体讨论 of a case the review sent back', () => {
    const review = { ...stored.legalReview!, reviewedOn: '2025-02-20', outcome: 'revise' as const }
    expect(documentStages({ ...stored, stage: 'investigation', legalReview: review })).toEqual(['filed', 'investigation', 'legal_review', 'collective'])
    expect(documentStages({ ...stored, stage: 'investigation', legalReview: { ...review, outcome: 'agree' } })).toEqual(['filed', 'investigation'])
  })
  it('a title from the file name and a likely evidence type', () => {
    expect(titleFromFileName('现场照片.jpg')).toBe('现场照片')
    expect(titleFromFileName('C:\\fakepath\\询问笔录.v2.pdf')).toBe('询问笔录.v2')
    expect(titleFromFileName('.hidden')).toBe('.hidden')
    expect(titleFromFileName('noext')).toBe('noext')
    expect(evidenceTypeOfFile('image/jpeg')).toBe('audio_visual')
    expect(evidenceTypeOfFile('video/mp4')).toBe('audio_visual')
    expect(evidenceTypeOfFile('application/pdf')).toBe('documentary')
    expect(evidenceTypeOfFile('')).toBe('documentary')
  })
})

describe('dialog sections', () => {
  it('shows a stage section once the case reached it', () => {
    expect(penaltySections(emptyPenaltyCase())).toEqual(['parties', 'officers', 'periods', 'documents'])
    expect(penaltySections(validAt('notice'))).toEqual(['parties', 'officers', 'investigation', 'notice', 'periods', 'documents'])
    expect(penaltySections(validAt('closed'))).toEqual([
      'parties', 'officers', 'investigation', 'notice', 'statement', 'legal_review', 'collective', 'decision', 'service', 'execution', 'closed', 'publication', 'periods', 'documents',
    ])
    const s = validAt('decision')
    s.procedure = 'summary'
    expect(penaltySections(s)).toEqual(['parties', 'officers', 'notice', 'statement', 'decision', 'publication', 'documents'])
  })

  it('keeps a section that holds data (a review that sent the case back)', () => {
    const f = validAt('legal_review')
    f.stage = 'investigation'
    expect(penaltySections(f)).toContain('legal_review')
    expect(penaltySections(f)).not.toContain('collective')
  })

  it('finds the section of a field and the prop of a server path', () => {
    expect(penaltySectionOf('parties[1].idNumber')).toBe('parties')
    expect(penaltySectionOf('legalReview.reviewedOn')).toBe('legal_review')
    expect(penaltySectionOf('officers[0].officerId')).toBe('officers')
    expect(penaltySectionOf('decided.fineFen')).toBe('decision')
    expect(penaltySectionOf('hearingRightNotified')).toBe('notice')
    expect(penaltySectionOf('electronicConsent')).toBe('service')
    expect(penaltySectionOf('number')).toBeNull()
    expect(sectionOfStage('filed')).toBe('parties')
    expect(sectionOfStage('legal_review')).toBe('legal_review')
    expect(propCandidates('decided.kinds[1]')).toEqual(['decided.kinds.1', 'decided.kinds', 'decided'])
    expect(propCandidates('decided.fineFen')).toEqual(['decided.fineFen', 'decided.fineYuan', 'decided'])
    expect(propCandidates('legalReview.checklist[3]')).toContain('legalReview.checklist')
  })
})

describe('deadlines', () => {
  it('the state of a deadline as the server evaluates it', () => {
    expect(deadlineState('2025-06-30', null, TODAY)).toBe('pending')
    expect(deadlineState('2025-06-27', null, TODAY)).toBe('due_soon')
    expect(deadlineState('2025-06-19', null, TODAY)).toBe('overdue')
    expect(deadlineState('2025-06-19', '2025-06-19', TODAY)).toBe('met_on_time')
    expect(deadlineState('2025-06-19', '2025-06-20', TODAY)).toBe('met_late')
  })

  it('the rows of a closed case, each met by its act', () => {
    const rows = penaltyDeadlineItems(stored, TODAY)
    expect(rows.map((r) => r.key)).toEqual(['decision', 'hearingRequest', 'service', 'publication', 'payment'])
    const by = Object.fromEntries(rows.map((r) => [r.key, r.item]))
    expect(by.decision).toMatchObject({ rule: 'PEN-06', due: '2025-05-07', doneOn: '2025-03-06', state: 'met_on_time' })
    expect(by.hearingRequest).toMatchObject({ doneOn: '2025-02-12', state: 'met_on_time' })
    expect(by.payment).toMatchObject({ rule: 'PEN-16', start: '2025-03-07', due: '2025-03-22', doneOn: '2025-03-20', state: 'met_on_time' })
    expect(penaltyDeadlineItems({ ...stored, deadlines: undefined }, TODAY)).toEqual([])
  })

  it('an undecided case: the decision due or overdue; a hearing period that ran out unused lapses', () => {
    const open: PenaltyCase = { ...stored, stage: 'notice', hearing: null, decidedOn: null, servedOn: null, executedOn: null, deadlines: { ...stored.deadlines!, service: null, publication: null, paymentDue: null } }
    const rows = penaltyDeadlineItems(open, TODAY)
    expect(rows.map((r) => [r.key, r.item.state])).toEqual([['decision', 'overdue'], ['hearingRequest', 'lapsed']])
    expect(decisionDue(open, TODAY)).toEqual({ due: '2025-05-07', state: 'overdue' })
    expect(decisionDue(open, '2025-05-01')).toEqual({ due: '2025-05-07', state: 'due_soon' })
    expect(decisionDue({ ...open, deadlines: { ...open.deadlines!, decision: null } }, TODAY)).toBeNull()
    expect(limitationDaysLeft(open, '2026-12-24')).toBe(10)
    expect(limitationDaysLeft(stored, TODAY)).toBeNull()
  })
})
