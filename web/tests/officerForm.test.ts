// The 行政执法人员 form ⇄ API record (enforcement/officers) and the client checks that mirror
// ValidateOfficer (src/domain/enforcement/officer_rules.cc), on a fixed "today".
import { describe, expect, it } from 'vitest'
import {
  certificateStateOn,
  certificateTagType,
  emptyCertificate,
  emptyExam,
  emptyOfficer,
  emptyTraining,
  formToOfficer,
  officerProblems,
  officerTabOf,
  officerToForm,
  trainingHoursInYear,
  type OfficerFormModel,
} from '@/forms/officerForm'
import type { EnforcementOfficer } from '@/api/types'
import { ageOn, idCardCheckChar } from '@/validation/idcard'
import { fieldPathToProp } from '@/utils/format'
import { en, zh } from './helpers'

const TODAY = '2025-06-20'
const ADULT_ID = '11010519491231002X' // born 1949-12-31, valid check character
const withCheck = (first17: string) => first17 + idCardCheckChar(first17)
const MINOR_ID = withCheck('50023020100101001') // born 2010-01-01

/** A form that passes every check on TODAY. */
function validForm(): OfficerFormModel {
  const f = emptyOfficer(2)
  f.name = '陈立新'
  f.agency = '综合行政执法办公室'
  f.inPostFrom = '2019-03-01'
  f.idNumber = ADULT_ID
  f.phone = '13800138000'
  f.certificates.push({ ...emptyCertificate(), number: '渝执2021000123', field: '综合行政执法', issuingAuthority: '重庆市人民政府', issuedOn: '2021-05-10', expiresOn: '2026-05-09' })
  f.exams.push({ ...emptyExam(), takenOn: '2021-04-10', part: 'general', score: 78 })
  f.trainings.push({ ...emptyTraining(), heldOn: '2025-04-12', topic: '《行政处罚法》专题培训', hours: 16, organiser: '县司法局' })
  return f
}

const stored: EnforcementOfficer = {
  id: 1,
  townshipId: 2,
  name: '陈立新',
  gender: 'male',
  genderLabel: '男',
  idNumber: ADULT_ID,
  phone: '13800138000',
  agency: '综合行政执法办公室',
  post: '执法队员',
  education: '本科',
  establishedPost: true,
  inPostFrom: '2019-03-01',
  leftPostOn: null,
  legalReviewer: true,
  legalQualification: false,
  certificates: [
    {
      id: 5, officerId: 1, number: '渝执2021000123', field: '综合行政执法', issuingAuthority: '重庆市人民政府', issuedOn: '2021-05-10',
      expiresOn: '2026-05-09', status: 'valid', statusLabel: '有效', statusChangedOn: null, statusReason: '',
    },
    {
      id: 6, officerId: 1, number: '渝执2016000001', field: '市场监管', issuingAuthority: '重庆市人民政府', issuedOn: '2016-01-04',
      expiresOn: '2021-01-03', status: 'cancelled', statusLabel: '注销', statusChangedOn: '2020-06-01', statusReason: '换发新证',
    },
  ],
  exams: [{ id: 3, officerId: 1, takenOn: '2021-04-10', part: 'general', partLabel: '通用法律知识', score: 78, passed: true }],
  trainings: [{ id: 4, officerId: 1, heldOn: '2025-04-12', topic: '《行政处罚法》专题培训', hours: 16, organiser: '县司法局' }],
  standing: {
    inPost: true, certificate: 'valid', certificateLabel: '有效', certificateNumber: '渝执2021000123', validUntil: '2026-05-09',
    daysLeft: 323, trainingHoursThisYear: 16, trainingHoursTarget: 60,
  },
}

describe('officer form ⇄ API JSON', () => {
  it('a new officer: the township, no id, empty sub-tables, defaults of the domain', () => {
    const body = formToOfficer(emptyOfficer(7))
    expect(body.townshipId).toBe(7)
    expect('id' in body).toBe(false)
    expect(body.establishedPost).toBe(true)
    expect(body.legalReviewer).toBe(false)
    expect(body.gender).toBe('unknown')
    expect(body.inPostFrom).toBeNull()
    expect(body.leftPostOn).toBeNull()
    expect(body.certificates).toEqual([])
    expect(body.exams).toEqual([])
    expect(body.trainings).toEqual([])
    expect(formToOfficer(emptyOfficer()).townshipId).toBe(0)
  })

  it('round-trips a stored officer without id, standing, labels, passed or officerId', () => {
    const f = officerToForm(stored)
    expect(f.id).toBe(1)
    const body = formToOfficer(f)
    expect(body).toEqual({
      townshipId: 2,
      name: '陈立新',
      gender: 'male',
      idNumber: ADULT_ID,
      phone: '13800138000',
      agency: '综合行政执法办公室',
      post: '执法队员',
      education: '本科',
      establishedPost: true,
      inPostFrom: '2019-03-01',
      leftPostOn: null,
      legalReviewer: true,
      legalQualification: false,
      certificates: [
        { id: 5, number: '渝执2021000123', field: '综合行政执法', issuingAuthority: '重庆市人民政府', issuedOn: '2021-05-10', expiresOn: '2026-05-09', status: 'valid', statusChangedOn: null, statusReason: '' },
        { id: 6, number: '渝执2016000001', field: '市场监管', issuingAuthority: '重庆市人民政府', issuedOn: '2016-01-04', expiresOn: '2021-01-03', status: 'cancelled', statusChangedOn: '2020-06-01', statusReason: '换发新证' },
      ],
      exams: [{ id: 3, takenOn: '2021-04-10', part: 'general', score: 78 }],
      trainings: [{ id: 4, heldOn: '2025-04-12', topic: '《行政处罚法》专题培训', hours: 16, organiser: '县司法局' }],
    })
    const json = JSON.stringify(body)
    for (const k of ['standing', 'genderLabel', 'statusLabel', 'partLabel', 'passed', 'officerId', '"id":1,']) expect(json).not.toContain(k)
    expect(officerProblems(f, TODAY)).toEqual({})
  })

  it('new nested rows carry no id; stored rows keep theirs after add and remove', () => {
    const f = officerToForm(stored)
    f.certificates.splice(0, 1)
    f.certificates.push({ ...emptyCertificate(), number: 'N' })
    f.exams.push(emptyExam())
    f.trainings.unshift(emptyTraining())
    const body = formToOfficer(f)
    expect(body.certificates.map((c) => c.id)).toEqual([6, undefined])
    expect('id' in body.certificates[1]!).toBe(false)
    expect('id' in body.exams[1]!).toBe(false)
    expect(body.exams[0]!.id).toBe(3)
    expect('id' in body.trainings[0]!).toBe(false)
    expect(body.trainings[1]!.id).toBe(4)
  })

  it('trims texts and sends empty dates as null', () => {
    const f = validForm()
    f.name = '  陈立新 '
    f.agency = ' 综合行政执法办公室 '
    f.leftPostOn = ''
    f.certificates[0]!.number = ' 渝执2021000123 '
    f.trainings[0]!.topic = ' 培训 '
    f.trainings[0]!.organiser = ' 县司法局 '
    const body = formToOfficer(f)
    expect(body.name).toBe('陈立新')
    expect(body.agency).toBe('综合行政执法办公室')
    expect(body.leftPostOn).toBeNull()
    expect(body.certificates[0]!.number).toBe('渝执2021000123')
    expect(body.trainings[0]!.topic).toBe('培训')
    expect(body.trainings[0]!.organiser).toBe('县司法局')
  })

  it('sends the status date and reason only for a status other than valid', () => {
    const f = validForm()
    const c = f.certificates[0]!
    c.statusChangedOn = '2024-01-01'
    c.statusReason = 'x'
    expect(formToOfficer(f).certificates[0]).toMatchObject({ status: 'valid', statusChangedOn: null, statusReason: '' })
    // and a leftover date of a valid certificate is no problem (it is not sent)
    expect(officerProblems(f, TODAY)).toEqual({})
    c.status = 'suspended'
    c.statusReason = ' 涉嫌违规执法 '
    expect(formToOfficer(f).certificates[0]).toMatchObject({ status: 'suspended', statusChangedOn: '2024-01-01', statusReason: '涉嫌违规执法' })
  })

  it('scores and hours go as integers', () => {
    const f = validForm()
    f.exams[0]!.score = 0
    f.trainings[0]!.hours = 200
    const body = formToOfficer(f)
    expect(body.exams[0]!.score).toBe(0)
    expect(body.trainings[0]!.hours).toBe(200)
  })
})

describe('officer checks (ValidateOfficer)', () => {
  it('a complete officer passes', () => {
    expect(officerProblems(validForm(), TODAY)).toEqual({})
  })

  it('an empty officer needs name, agency and the date in post — nothing else', () => {
    const p = officerProblems(emptyOfficer(1), TODAY)
    expect(Object.keys(p)).toEqual(['name', 'agency', 'inPostFrom'])
    for (const k of Object.keys(p)) expect(p[k]!.key).toBe('validation.required')
  })

  it('blank texts count as missing', () => {
    const f = validForm()
    f.name = '   '
    f.certificates[0]!.field = ' '
    f.trainings[0]!.topic = ''
    const p = officerProblems(f, TODAY)
    expect(Object.keys(p)).toEqual(['name', 'certificates.0.field', 'trainings.0.topic'])
  })

  type Case = [string, (f: OfficerFormModel) => void, string, string, Record<string, string | number>?]
  const cases: Case[] = [
    ['id number check character', (f) => { f.idNumber = '110105194912310025' }, 'idNumber', 'validation.idcard.checkChar', { expected: 'X', actual: '5' }],
    ['id number length', (f) => { f.idNumber = '1101051949' }, 'idNumber', 'validation.idcard.length', { n: 10 }],
    ['under 18 on the date in post', (f) => { f.idNumber = MINOR_ID; f.inPostFrom = '2025-06-01' }, 'idNumber', 'validation.officer.underAge', { age: 18 }],
    ['phone', (f) => { f.phone = '1380013800' }, 'phone', 'validation.phone.mobileLength', { n: 10 }],
    ['date in post in the future', (f) => { f.inPostFrom = '2025-06-21' }, 'inPostFrom', 'validation.notFuture'],
    ['left before in post', (f) => { f.leftPostOn = '2019-02-28' }, 'leftPostOn', 'validation.officer.leftBeforeInPost'],
    ['left in the future', (f) => { f.leftPostOn = '2025-07-01' }, 'leftPostOn', 'validation.notFuture'],
    ['certificate number', (f) => { f.certificates[0]!.number = ' ' }, 'certificates.0.number', 'validation.required'],
    ['certificate authority', (f) => { f.certificates[0]!.issuingAuthority = '' }, 'certificates.0.issuingAuthority', 'validation.required'],
    ['issued in the future', (f) => { f.certificates[0]!.issuedOn = '2025-06-21' }, 'certificates.0.issuedOn', 'validation.notFuture'],
    ['issue date missing', (f) => { f.certificates[0]!.issuedOn = null }, 'certificates.0.issuedOn', 'validation.required'],
    ['expiry missing', (f) => { f.certificates[0]!.expiresOn = null }, 'certificates.0.expiresOn', 'validation.required'],
    ['expiry on the issue day', (f) => { f.certificates[0]!.expiresOn = '2021-05-10' }, 'certificates.0.expiresOn', 'validation.officer.expiresNotAfterIssued'],
    ['status date missing', (f) => { f.certificates[0]!.status = 'lost' }, 'certificates.0.statusChangedOn', 'validation.officer.statusDateRequired'],
    ['status date before issue', (f) => { Object.assign(f.certificates[0]!, { status: 'suspended', statusChangedOn: '2021-05-09' }) }, 'certificates.0.statusChangedOn', 'validation.officer.statusBeforeIssued'],
    ['status date in the future', (f) => { Object.assign(f.certificates[0]!, { status: 'cancelled', statusChangedOn: '2025-06-21' }) }, 'certificates.0.statusChangedOn', 'validation.notFuture'],
    ['exam date missing', (f) => { f.exams[0]!.takenOn = null }, 'exams.0.takenOn', 'validation.required'],
    ['exam in the future', (f) => { f.exams[0]!.takenOn = '2025-12-01' }, 'exams.0.takenOn', 'validation.notFuture'],
    ['score missing', (f) => { f.exams[0]!.score = null }, 'exams.0.score', 'validation.required'],
    ['score cleared (undefined)', (f) => { f.exams[0]!.score = undefined }, 'exams.0.score', 'validation.required'],
    ['score above 100', (f) => { f.exams[0]!.score = 101 }, 'exams.0.score', 'validation.range', { min: 0, max: 100 }],
    ['score below 0', (f) => { f.exams[0]!.score = -1 }, 'exams.0.score', 'validation.range', { min: 0, max: 100 }],
    ['score not whole', (f) => { f.exams[0]!.score = 59.5 }, 'exams.0.score', 'validation.integer'],
    ['training date missing', (f) => { f.trainings[0]!.heldOn = '' }, 'trainings.0.heldOn', 'validation.required'],
    ['training hours 0', (f) => { f.trainings[0]!.hours = 0 }, 'trainings.0.hours', 'validation.range', { min: 1, max: 200 }],
    ['training hours 201', (f) => { f.trainings[0]!.hours = 201 }, 'trainings.0.hours', 'validation.range', { min: 1, max: 200 }],
    ['training hours missing', (f) => { f.trainings[0]!.hours = null }, 'trainings.0.hours', 'validation.required'],
  ]
  it.each(cases)('%s → %s', (_name, change, prop, key, params) => {
    const f = validForm()
    change(f)
    const p = officerProblems(f, TODAY)
    expect(Object.keys(p)).toEqual([prop])
    expect(p[prop]!.key).toBe(key)
    if (params) expect(p[prop]!.params).toEqual(params)
    // every message renders in both languages, parameters filled in
    expect(zh(p[prop]!)).not.toBe(key)
    expect(en(p[prop]!)).not.toBe(key)
    expect(en(p[prop]!)).not.toMatch(/[{}]/)
  })

  it('the edges pass: today, 0 and 100 points, 1 and 200 hours, status changed on the issue day, left on the day in post', () => {
    const f = validForm()
    f.inPostFrom = TODAY
    f.leftPostOn = TODAY
    f.idNumber = ''
    f.certificates[0]!.issuedOn = TODAY
    f.certificates[0]!.expiresOn = '2025-06-21'
    Object.assign(f.certificates[0]!, { status: 'suspended', statusChangedOn: TODAY })
    f.exams.push({ ...emptyExam(), takenOn: TODAY, part: 'special', score: 100 })
    f.exams[0]!.score = 0
    f.trainings[0]!.hours = 1
    f.trainings.push({ ...emptyTraining(), heldOn: TODAY, topic: 't', hours: 200 })
    expect(officerProblems(f, TODAY)).toEqual({})
  })

  it('18 on the day in post is old enough', () => {
    const f = validForm()
    f.idNumber = MINOR_ID // born 2010-01-01
    f.inPostFrom = '2028-01-01'
    expect(officerProblems(f, '2028-06-01')).toEqual({})
    f.inPostFrom = '2027-12-31'
    expect(officerProblems(f, '2028-06-01').idNumber?.key).toBe('validation.officer.underAge')
  })

  it('a duplicate certificate number (after trimming) is reported on the later row, in the server wording', () => {
    const f = validForm()
    f.certificates.push({ ...f.certificates[0]!, id: null, number: ' 渝执2021000123 ' })
    const p = officerProblems(f, TODAY)
    expect(Object.keys(p)).toEqual(['certificates.1.number'])
    expect(p['certificates.1.number']).toEqual({ key: 'validation.officer.numberDuplicate', params: { number: '渝执2021000123' } })
    expect(zh(p['certificates.1.number']!)).toBe('执法证号“渝执2021000123”重复')
    expect(en(p['certificates.1.number']!)).toBe('The certificate number "渝执2021000123" is listed twice')
  })

  it('reports every problem, in the server order, on nested paths', () => {
    const f = validForm()
    f.name = ''
    f.certificates.push({ ...emptyCertificate() })
    f.exams[0]!.score = 300
    f.trainings.push({ ...emptyTraining(), heldOn: '2025-01-01', topic: 'x', hours: 8 }, { ...emptyTraining() })
    expect(Object.keys(officerProblems(f, TODAY))).toEqual([
      'name',
      'certificates.1.number',
      'certificates.1.field',
      'certificates.1.issuingAuthority',
      'certificates.1.issuedOn',
      'certificates.1.expiresOn',
      'exams.0.score',
      'trainings.2.heldOn',
      'trainings.2.topic',
      'trainings.2.hours',
    ])
  })
})

describe('masked personal data', () => {
  const masked: EnforcementOfficer = { ...stored, idNumber: '110105********002X', phone: '138****8000' }

  it('a masked id number or phone shown by the server cannot be saved back', () => {
    const f = officerToForm(masked)
    expect(f.idNumber).toBe('110105********002X')
    const p = officerProblems(f, TODAY)
    expect(Object.keys(p)).toEqual(['idNumber', 'phone'])
    expect(p.idNumber!.key).toBe('validation.masked')
    expect(p.phone!.key).toBe('validation.masked')
    expect(zh(p.idNumber!)).toBe('这是脱敏后的号码，请输入完整号码')
  })

  it('typing the full number, or clearing it, lifts the problem', () => {
    const f = officerToForm(masked)
    f.idNumber = ADULT_ID
    f.phone = ''
    expect(officerProblems(f, TODAY)).toEqual({})
    const body = formToOfficer(f)
    expect(body.idNumber).toBe(ADULT_ID)
    expect(body.phone).toBe('')
    expect(JSON.stringify(body)).not.toContain('*')
  })
})

describe('server field paths', () => {
  it('map onto the props the checks use, and onto their tab', () => {
    const paths: [string, string, string][] = [
      ['certificates[1].expiresOn', 'certificates.1.expiresOn', 'certificates'],
      ['exams[0].score', 'exams.0.score', 'exams'],
      ['trainings[12].hours', 'trainings.12.hours', 'trainings'],
      ['idNumber', 'idNumber', 'basic'],
      ['inPostFrom', 'inPostFrom', 'basic'],
    ]
    for (const [server, prop, tab] of paths) {
      expect(fieldPathToProp(server)).toBe(prop)
      expect(officerTabOf(fieldPathToProp(server))).toBe(tab)
    }
    const f = validForm()
    f.certificates.push({ ...emptyCertificate(), number: 'B', field: 'f', issuingAuthority: 'a', issuedOn: '2024-01-01', expiresOn: '2023-01-01' })
    expect(Object.keys(officerProblems(f, TODAY))).toEqual([fieldPathToProp('certificates[1].expiresOn')])
  })
})

describe('display helpers', () => {
  it('a certificate state today (CertificateStatusOn)', () => {
    const c = { status: 'valid' as const, statusChangedOn: null, expiresOn: '2025-06-20' }
    expect(certificateStateOn(c, TODAY)).toBe('valid')
    expect(certificateStateOn(c, '2025-06-21')).toBe('expired')
    expect(certificateStateOn({ ...c, status: 'suspended', statusChangedOn: '2025-07-01' }, TODAY)).toBe('valid')
    expect(certificateStateOn({ ...c, status: 'suspended', statusChangedOn: '2025-06-20' }, TODAY)).toBe('suspended')
    expect(certificateStateOn({ ...c, status: 'lost', statusChangedOn: null }, TODAY)).toBe('lost')
  })

  it('tag colours: valid green, expiring orange, the rest red', () => {
    expect(certificateTagType('valid')).toBe('success')
    expect(certificateTagType('expiring')).toBe('warning')
    for (const s of ['expired', 'none', 'suspended', 'cancelled', 'lost']) expect(certificateTagType(s)).toBe('danger')
  })

  it('training hours of this calendar year up to today', () => {
    const rows = [
      { heldOn: '2024-12-31', hours: 8 },
      { heldOn: '2025-01-01', hours: 16 },
      { heldOn: '2025-06-20', hours: 4 },
      { heldOn: '2025-06-21', hours: 30 },
      { heldOn: null, hours: 2 },
    ]
    expect(trainingHoursInYear(rows, TODAY)).toBe(20)
  })

  it('age in whole years (AgeOn), a 29 February birthday on 28 February of a common year', () => {
    expect(ageOn('2000-06-20', '2018-06-19')).toBe(17)
    expect(ageOn('2000-06-20', '2018-06-20')).toBe(18)
    expect(ageOn('2000-02-29', '2018-02-27')).toBe(17)
    expect(ageOn('2000-02-29', '2018-02-28')).toBe(18)
    expect(ageOn('2000-02-29', '2020-02-28')).toBe(19)
    expect(ageOn('2000-02-29', '2020-02-29')).toBe(20)
  })
})
