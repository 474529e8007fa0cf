// The 行政执法人员 form ⇄ the API record (enforcement/officers), and the client checks of
// ValidateOfficer (src/domain/enforcement/officer_rules.h) on the form model.
//
//  * officerToForm drops what the server computes (standing, labels, an exam's `passed`);
//    formToOfficer builds the POST/PUT body: no officer id, nested rows with their id when
//    stored (a new row has none), texts trimmed, '' dates as null. A certificate's status
//    date and reason are sent only for a status other than 有效 (the server forbids the date
//    with 有效; the dialog hides both then).
//  * officerProblems lists every problem it finds, keyed by the el-form prop of the field
//    ("certificates.1.expiresOn" for the server's "certificates[1].expiresOn"), as a message
//    key with parameters (the locale files render it). The server stops at its first problem;
//    the order of the checks is the same.
//  * A masked 身份证号 or phone (the server's display value, with '*') is a problem: it must be
//    typed in full (or cleared), never sent back — the server refuses it too.
import type { CertificateStanding, CertificateStatus, EnforcementOfficer, ExamPart, Gender, Id, OfficerBody } from '@/api/types'
import { ageOn, isMasked, todayString, validateIdCard } from '@/validation/idcard'
import { validatePhone } from '@/validation/phone'
import type { Notice } from '@/validation/result'

export const SCORE_MIN = 0
export const SCORE_MAX = 100
export const TRAINING_HOURS_MIN = 1
export const TRAINING_HOURS_MAX = 200
/** The server's limit of names, numbers and short labels (json_reader.h kNameMaxChars). */
export const NAME_MAX_CHARS = 200
/** An officer is 18 or older on the date in post (ValidateOfficer). */
export const MIN_AGE_IN_POST = 18

export interface CertificateFormRow {
  id: Id | null
  number: string
  field: string
  issuingAuthority: string
  issuedOn: string | null
  expiresOn: string | null
  status: CertificateStatus
  statusChangedOn: string | null
  statusReason: string
}

export interface ExamFormRow {
  id: Id | null
  takenOn: string | null
  part: ExamPart
  /** el-input-number gives null (or undefined) when cleared */
  score: number | null | undefined
}

export interface TrainingFormRow {
  id: Id | null
  heldOn: string | null
  topic: string
  hours: number | null | undefined
  organiser: string
}

export interface OfficerFormModel {
  id: Id | null
  townshipId: Id | null
  name: string
  gender: Gender
  idNumber: string
  phone: string
  agency: string
  post: string
  education: string
  establishedPost: boolean
  inPostFrom: string | null
  leftPostOn: string | null
  legalReviewer: boolean
  legalQualification: boolean
  certificates: CertificateFormRow[]
  exams: ExamFormRow[]
  trainings: TrainingFormRow[]
}

/** Problems of the form: el-form prop → the first problem of that field. */
export type OfficerProblems = Record<string, Notice>

export function emptyCertificate(): CertificateFormRow {
  return {
    id: null,
    number: '',
    field: '',
    issuingAuthority: '',
    issuedOn: null,
    expiresOn: null,
    status: 'valid',
    statusChangedOn: null,
    statusReason: '',
  }
}

export function emptyExam(): ExamFormRow {
  return { id: null, takenOn: null, part: 'general', score: null }
}

export function emptyTraining(): TrainingFormRow {
  return { id: null, heldOn: null, topic: '', hours: null, organiser: '' }
}

export function emptyOfficer(townshipId: Id | null = null): OfficerFormModel {
  return {
    id: null,
    townshipId,
    name: '',
    gender: 'unknown',
    idNumber: '',
    phone: '',
    agency: '',
    post: '',
    education: '',
    establishedPost: true,
    inPostFrom: null,
    leftPostOn: null,
    legalReviewer: false,
    legalQualification: false,
    certificates: [],
    exams: [],
    trainings: [],
  }
}

function text(s: string | null | undefined): string {
  return (s ?? '').trim()
}

function date(s: string | null | undefined): string | null {
  return s ? s : null
}

function int(n: number | string | null | undefined): number {
  const v = Number(n)
  return Number.isFinite(v) ? v : 0
}

export function officerToForm(o: EnforcementOfficer): OfficerFormModel {
  return {
    id: o.id,
    townshipId: o.townshipId ?? null,
    name: o.name ?? '',
    gender: o.gender ?? 'unknown',
    idNumber: o.idNumber ?? '',
    phone: o.phone ?? '',
    agency: o.agency ?? '',
    post: o.post ?? '',
    education: o.education ?? '',
    establishedPost: o.establishedPost ?? true,
    inPostFrom: o.inPostFrom ?? null,
    leftPostOn: o.leftPostOn ?? null,
    legalReviewer: !!o.legalReviewer,
    legalQualification: !!o.legalQualification,
    certificates: (o.certificates ?? []).map((c) => ({
      id: c.id ?? null,
      number: c.number ?? '',
      field: c.field ?? '',
      issuingAuthority: c.issuingAuthority ?? '',
      issuedOn: c.issuedOn ?? null,
      expiresOn: c.expiresOn ?? null,
      status: c.status ?? 'valid',
      statusChangedOn: c.statusChangedOn ?? null,
      statusReason: c.statusReason ?? '',
    })),
    exams: (o.exams ?? []).map((e) => ({ id: e.id ?? null, takenOn: e.takenOn ?? null, part: e.part ?? 'general', score: e.score ?? null })),
    trainings: (o.trainings ?? []).map((t) => ({
      id: t.id ?? null,
      heldOn: t.heldOn ?? null,
      topic: t.topic ?? '',
      hours: t.hours ?? null,
      organiser: t.organiser ?? '',
    })),
  }
}

/** The JSON body of POST/PUT enforcement/officers. */
export function formToOfficer(f: OfficerFormModel): OfficerBody {
  return {
    townshipId: f.townshipId ?? 0,
    name: text(f.name),
    gender: f.gender,
    idNumber: text(f.idNumber),
    phone: text(f.phone),
    agency: text(f.agency),
    post: text(f.post),
    education: text(f.education),
    establishedPost: f.establishedPost,
    inPostFrom: date(f.inPostFrom),
    leftPostOn: date(f.leftPostOn),
    legalReviewer: f.legalReviewer,
    legalQualification: f.legalQualification,
    certificates: f.certificates.map((c) => {
      const changed = c.status !== 'valid'
      return {
        ...(c.id ? { id: c.id } : {}),
        number: text(c.number),
        field: text(c.field),
        issuingAuthority: text(c.issuingAuthority),
        issuedOn: date(c.issuedOn),
        expiresOn: date(c.expiresOn),
        status: c.status,
        statusChangedOn: changed ? date(c.statusChangedOn) : null,
        statusReason: changed ? text(c.statusReason) : '',
      }
    }),
    exams: f.exams.map((e) => ({
      ...(e.id ? { id: e.id } : {}),
      takenOn: date(e.takenOn),
      part: e.part,
      score: int(e.score),
    })),
    trainings: f.trainings.map((t) => ({
      ...(t.id ? { id: t.id } : {}),
      heldOn: date(t.heldOn),
      topic: text(t.topic),
      hours: int(t.hours),
      organiser: text(t.organiser),
    })),
  }
}

// ---- client checks (ValidateOfficer) ----

function notice(key: string, params: Notice['params'] = {}): Notice {
  return { key, params }
}

const REQUIRED = notice('validation.required')
const NOT_FUTURE = notice('validation.notFuture')

function blank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '')
}

/** A required date not after today; null when fine. */
function pastDate(v: string | null | undefined, today: string): Notice | null {
  if (blank(v)) return REQUIRED
  return String(v) > today ? NOT_FUTURE : null
}

/** A required whole number in [min, max]; null when fine. */
function intIn(v: number | string | null | undefined, min: number, max: number): Notice | null {
  if (v === null || v === undefined || v === '') return REQUIRED
  const n = Number(v)
  if (!Number.isInteger(n)) return notice('validation.integer')
  return n < min || n > max ? notice('validation.range', { min, max }) : null
}

/** The 身份证号 check: masked, VAL-01, and 18 or older on the date in post. */
function idNumberProblem(f: OfficerFormModel, today: string): Notice | null {
  const v = text(f.idNumber)
  if (!v) return null
  if (isMasked(v)) return notice('validation.masked')
  const r = validateIdCard(v, today)
  if (!r.ok) return notice(r.key, r.params)
  if (f.inPostFrom && ageOn(r.birthDate, f.inPostFrom) < MIN_AGE_IN_POST) {
    return notice('validation.officer.underAge', { age: MIN_AGE_IN_POST })
  }
  return null
}

function phoneProblem(value: string): Notice | null {
  const v = text(value)
  if (!v) return null
  if (isMasked(v)) return notice('validation.masked')
  const r = validatePhone(v)
  return r.ok ? null : notice(r.key, r.params)
}

/** Every problem of the form on `today` (YYYY-MM-DD), by el-form prop, in the server's order. */
export function officerProblems(f: OfficerFormModel, today: string = todayString()): OfficerProblems {
  const out: OfficerProblems = {}
  const put = (prop: string, p: Notice | null) => {
    if (p && !out[prop]) out[prop] = p
  }

  put('name', blank(f.name) ? REQUIRED : null)
  put('idNumber', idNumberProblem(f, today))
  put('phone', phoneProblem(f.phone))
  put('agency', blank(f.agency) ? REQUIRED : null)
  put('inPostFrom', pastDate(f.inPostFrom, today))
  if (f.leftPostOn) {
    if (f.inPostFrom && f.leftPostOn < f.inPostFrom) put('leftPostOn', notice('validation.officer.leftBeforeInPost'))
    else if (f.leftPostOn > today) put('leftPostOn', NOT_FUTURE)
  }

  const numbers = new Set<string>()
  f.certificates.forEach((c, i) => {
    const p = `certificates.${i}.`
    const number = text(c.number)
    if (!number) put(p + 'number', REQUIRED)
    else if (numbers.has(number)) put(p + 'number', notice('validation.officer.numberDuplicate', { number }))
    else numbers.add(number)
    put(p + 'field', blank(c.field) ? REQUIRED : null)
    put(p + 'issuingAuthority', blank(c.issuingAuthority) ? REQUIRED : null)
    put(p + 'issuedOn', pastDate(c.issuedOn, today))
    if (blank(c.expiresOn)) put(p + 'expiresOn', REQUIRED)
    else if (c.issuedOn && String(c.expiresOn) <= c.issuedOn) put(p + 'expiresOn', notice('validation.officer.expiresNotAfterIssued'))
    if (c.status !== 'valid') {
      if (blank(c.statusChangedOn)) put(p + 'statusChangedOn', notice('validation.officer.statusDateRequired'))
      else if (c.issuedOn && String(c.statusChangedOn) < c.issuedOn) put(p + 'statusChangedOn', notice('validation.officer.statusBeforeIssued'))
      else if (String(c.statusChangedOn) > today) put(p + 'statusChangedOn', NOT_FUTURE)
    }
  })

  f.exams.forEach((e, i) => {
    const p = `exams.${i}.`
    put(p + 'takenOn', pastDate(e.takenOn, today))
    put(p + 'part', blank(e.part) ? REQUIRED : null)
    put(p + 'score', intIn(e.score, SCORE_MIN, SCORE_MAX))
  })

  f.trainings.forEach((t, i) => {
    const p = `trainings.${i}.`
    put(p + 'heldOn', pastDate(t.heldOn, today))
    put(p + 'topic', blank(t.topic) ? REQUIRED : null)
    put(p + 'hours', intIn(t.hours, TRAINING_HOURS_MIN, TRAINING_HOURS_MAX))
  })
  return out
}

/** The props that are always required (for the asterisk of their form item). */
export const REQUIRED_PROPS = new Set(['name', 'agency', 'inPostFrom'])
/** The required fields of a certificate, exam and training row. */
export const REQUIRED_ROW_FIELDS: Record<'certificates' | 'exams' | 'trainings', readonly string[]> = {
  certificates: ['number', 'field', 'issuingAuthority', 'issuedOn', 'expiresOn'],
  exams: ['takenOn', 'part', 'score'],
  trainings: ['heldOn', 'topic', 'hours'],
}

/** Σ hours of the trainings held in the calendar year of `today` up to `today` (as the
 *  server's standing counts them). */
export function trainingHoursInYear(trainings: readonly { heldOn: string | null; hours: number | null | undefined }[], today: string = todayString()): number {
  const from = `${today.slice(0, 4)}-01-01`
  return trainings.reduce((sum, t) => (t.heldOn && t.heldOn >= from && t.heldOn <= today ? sum + int(t.hours) : sum), 0)
}

/** The tab of the dialog that holds a field (prop or server path). */
export function officerTabOf(prop: string): 'basic' | 'certificates' | 'exams' | 'trainings' {
  if (prop.startsWith('certificates')) return 'certificates'
  if (prop.startsWith('exams')) return 'exams'
  if (prop.startsWith('trainings')) return 'trainings'
  return 'basic'
}

/** A certificate's state on `today` (port of CertificateStatusOn): a recorded status once it
 *  took effect (no date counts as in effect), else 过期 after its last valid day, else 有效. */
export function certificateStateOn(
  c: { status: CertificateStatus; statusChangedOn: string | null; expiresOn: string | null },
  today: string = todayString(),
): CertificateStatus {
  if (c.status !== 'valid' && (!c.statusChangedOn || c.statusChangedOn <= today)) return c.status
  if (c.expiresOn && today > c.expiresOn) return 'expired'
  return 'valid'
}

/** The tag colour of a certificate state or standing: valid green, expiring orange, the rest red. */
export function certificateTagType(state: CertificateStanding | CertificateStatus | string | null | undefined): 'success' | 'warning' | 'danger' {
  if (state === 'valid') return 'success'
  if (state === 'expiring') return 'warning'
  return 'danger'
}
