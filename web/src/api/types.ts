// Typed records of the /api/v1/ JSON, mirroring the domain headers
// (src/domain/{common,org/org,mediation/mediation,petition/petition,enforcement/officer,
// enforcement/penalty_case,indicators,alerts}.h).
// JSON names are the camelCase of the struct fields; enums are their code strings, with a
// zh `<field>Label` beside them in responses; dates "YYYY-MM-DD"; money integer fen (分).
// An unset optional is null (and may be omitted in requests).

export type DateString = string // "YYYY-MM-DD"
export type Id = number

// ---- common ----
export type Gender = 'unknown' | 'male' | 'female'
export type PartyKind = 'person' | 'org'
export type Severity = 'info' | 'warning' | 'error'

export interface RuleFinding {
  rule: string
  severity: Severity
  field?: string
  message: string
  messageEn?: string
  basis?: string
}

/** Creates and updates answer `{record, warnings}`. */
export interface SaveResult<T> {
  record: T
  warnings: RuleFinding[]
}

/** Every list answers `{items, total}`. */
export interface Page<T> {
  items: T[]
  total: number
}

export interface ListQuery {
  page?: number
  pageSize?: number
  sort?: string
  townshipId?: Id | null
  [filter: string]: string | number | boolean | null | undefined
}

export interface ErrorBody {
  code: string
  message: string
  field?: string | null
  requestId?: string | null
}

// ---- org ----
export type RegionLevel = 'county' | 'township' | 'village'
export type Role = 'clerk' | 'leader' | 'county_reviewer' | 'sysadmin' | 'secadmin' | 'auditor'
export type Permission =
  | 'ledger_read'
  | 'ledger_write'
  | 'personal_data'
  | 'org_read'
  | 'org_admin'
  | 'account_admin'
  | 'audit_read'

export interface Region {
  id: Id
  code: string
  name: string
  level: RegionLevel
  levelLabel?: string
  parentId: Id | null
}

export interface Department {
  id: Id
  regionId: Id
  name: string
  kind: string
}

export interface UnitRef {
  id: Id
  code: string
  name: string
  level: RegionLevel
}

export interface User {
  id: Id
  username: string
  displayName: string
  role: Role
  roleLabel?: string
  regionId: Id
  active: boolean
  createdAt?: string
  /** The user's township or county (session and user list answers). */
  unit?: (UnitRef & { levelLabel?: string; parentId?: Id | null }) | null
  /** User list only (account_admin): failed logins in a row, lock end (UTC text) or null. */
  failedLogins?: number
  lockedUntil?: string | null
  passwordChangedAt?: string | null
}

export interface SessionInfo {
  user: User
  csrfToken: string
  permissions: Permission[]
}

// ---- mediation ----
export type CommitteeLevel = 'township' | 'village'
export type CommitteeRole = 'chair' | 'vice_chair' | 'member'
export type ScreenedDisputeStatus = 'open' | 'resolved' | 'transferred'
export type ResolutionRoute = 'mediation' | 'other' | 'self'
export type MediationStartMode = 'application' | 'proactive' | 'referral'
export type MediationOutcome = 'open' | 'success' | 'failed' | 'terminated'
export type AgreementForm = 'written' | 'oral'
export type PerformanceStatus = 'pending' | 'performed' | 'partial' | 'not_performed'
export type ConfirmationResult = 'none' | 'pending' | 'confirmed' | 'rejected'

export interface CommitteeMember {
  id?: Id
  committeeId?: Id
  name: string
  gender: Gender
  ethnicity: string
  role: CommitteeRole
  termStart: DateString | null
  termEnd: DateString | null
}

export interface MediationCommittee {
  id: Id
  townshipId: Id
  villageId: Id | null
  name: string
  level: CommitteeLevel
  levelLabel?: string
  establishedOn: DateString | null
  termStart: DateString | null
  termEnd: DateString | null
  multiEthnicArea: boolean
  members: CommitteeMember[]
}

export interface Mediator {
  id: Id
  townshipId: Id
  committeeId: Id
  name: string
  gender: Gender
  genderLabel?: string
  idNumber: string
  phone: string
  isCommitteeMember: boolean
  appointedOn: DateString | null
  dismissedOn: DateString | null
  trainingHours: number
}

export interface ScreeningRound {
  id: Id
  townshipId: Id
  villageId: Id | null
  heldOn: DateString | null
  organiser: string
  scope: string
  notes: string
}

export interface ScreenedDispute {
  id: Id
  roundId: Id
  townshipId: Id
  villageId: Id | null
  foundOn: DateString | null
  category: string
  categoryLabel?: string
  summary: string
  partiesCount: number
  status: ScreenedDisputeStatus
  statusLabel?: string
  route: ResolutionRoute | null
  resolvedOn: DateString | null
  transferredTo: string
  mediationCaseId: Id | null
}

export interface DisputeCategory {
  code: string
  label: string
  labelEn?: string
}

export interface MediationParty {
  id?: Id
  caseId?: Id
  kind: PartyKind
  name: string
  idNumber: string
  uscc: string
  phone: string
  address: string
}

export interface MediationAgreement {
  id?: Id
  caseId?: Id
  form: AgreementForm
  effectiveOn: DateString | null
  terms: string
  amountFen: number
  performance: PerformanceStatus
  performanceDue: DateString | null
  performedOn: DateString | null
  lastFollowupOn: DateString | null
  confirmationAppliedOn: DateString | null
  confirmationCourt: string
  confirmationResult: ConfirmationResult
  confirmationDecidedOn: DateString | null
}

export interface MediationCase {
  id: Id
  townshipId: Id
  committeeId: Id
  mediatorId: Id | null
  caseNo: string
  category: string
  categoryLabel?: string
  startMode: MediationStartMode
  referredBy: string
  acceptedOn: DateString | null
  summary: string
  outcome: MediationOutcome
  outcomeLabel?: string
  concludedOn: DateString | null
  terminationReason: string
  partiesAgreedToContinue: boolean
  amountFen: number
  preventedCriminal: boolean
  preventedGroupPetition: boolean
  parties: MediationParty[]
  agreement: MediationAgreement | null
}

// ---- petitions ----
export type PetitionChannel = 'online' | 'letter' | 'phone' | 'fax' | 'visit'
export type PetitionSource = 'direct' | 'assigned'
export type PetitionCategory = 'suggestion' | 'accusation' | 'claim'
export type DiversionChannel =
  | 'none'
  | 'litigation'
  | 'arbitration'
  | 'reconsideration'
  | 'disciplinary'
  | 'other_legal'
export type PetitionOutcome = 'none' | 'support' | 'explain' | 'reject'
export type Satisfaction = 'none' | 'satisfied' | 'basic' | 'unsatisfied'
export type PetitionStatusFilter = 'open' | 'closed'

export interface ExcludedInterval {
  from: DateString | null
  to: DateString | null
  reason: string
}

export interface PetitionExtension {
  days: number
  approver: string
  approvedOn: DateString | null
  reason: string
  petitionerNotified: boolean
}

export interface PetitionReview {
  requestedOn: DateString | null
  organ: string
  repliedOn: DateString | null
  result: string
  hearing: ExcludedInterval[]
}

export interface Petition {
  id: Id
  townshipId: Id
  regNo: string
  channel: PetitionChannel
  channelLabel?: string
  source: PetitionSource
  assignedBy: string
  receivedOn: DateString | null
  petitionerName: string
  idNumber: string
  phone: string
  address: string
  groupSize: number
  representatives: number
  category: PetitionCategory
  categoryLabel?: string
  request: string
  facts: string
  reasons: string
  urgent: boolean
  acknowledgedOn: DateString | null
  acceptedOn: DateString | null
  objectedOn: DateString | null
  diversion: DiversionChannel
  divertedOn: DateString | null
  extension: PetitionExtension | null
  excluded: ExcludedInterval[]
  closedOn: DateString | null
  outcome: PetitionOutcome
  outcomeLabel?: string
  replyServedOn: DateString | null
  satisfaction: Satisfaction
  ratedOn: DateString | null
  leadLeader: string
  leadAssignedOn: DateString | null
  review: PetitionReview | null
  reReview: PetitionReview | null
  concludedFinal: boolean
  duplicateOf: Id | null
}

export interface LeaderReception {
  id: Id
  townshipId: Id
  leaderName: string
  leaderTitle: string
  receivedOn: DateString | null
  location: string
  visitors: number
  matters: number
  notes: string
}

// ---- enforcement (行政执法人员, domain/enforcement/officer.h) ----
export type CertificateStatus = 'valid' | 'suspended' | 'cancelled' | 'expired' | 'lost'
export type ExamPart = 'general' | 'special'
/** The state the register shows for an officer today (computed by the server). */
export type CertificateStanding = 'valid' | 'expiring' | 'expired' | 'suspended' | 'cancelled' | 'lost' | 'none'

export interface OfficerCertificate {
  id?: Id
  officerId?: Id
  number: string
  field: string
  issuingAuthority: string
  issuedOn: DateString | null
  expiresOn: DateString | null
  status: CertificateStatus
  statusLabel?: string
  /** Required when status is not valid, absent (null) when valid. */
  statusChangedOn: DateString | null
  statusReason: string
}

export interface OfficerExam {
  id?: Id
  officerId?: Id
  takenOn: DateString | null
  part: ExamPart
  partLabel?: string
  score: number
  /** Read-only: score ≥ the township's pass mark. */
  passed?: boolean
}

export interface OfficerTraining {
  id?: Id
  officerId?: Id
  heldOn: DateString | null
  topic: string
  hours: number
  organiser: string
}

/** Read-only, computed by the server for today. */
export interface OfficerStanding {
  inPost: boolean
  certificate: CertificateStanding
  certificateLabel?: string
  certificateNumber: string
  validUntil: DateString | null
  daysLeft: number | null
  trainingHoursThisYear: number
  trainingHoursTarget: number
}

export interface EnforcementOfficer {
  id: Id
  townshipId: Id
  name: string
  gender: Gender
  genderLabel?: string
  idNumber: string
  phone: string
  agency: string
  post: string
  education: string
  establishedPost: boolean
  inPostFrom: DateString | null
  leftPostOn: DateString | null
  legalReviewer: boolean
  legalQualification: boolean
  certificates: OfficerCertificate[]
  exams: OfficerExam[]
  trainings: OfficerTraining[]
  standing?: OfficerStanding
}

/** The body of POST/PUT enforcement/officers: no id, standing, labels or passed. */
export type OfficerBody = Omit<EnforcementOfficer, 'id' | 'genderLabel' | 'standing' | 'certificates' | 'exams' | 'trainings'> & {
  certificates: Omit<OfficerCertificate, 'officerId' | 'statusLabel'>[]
  exams: Omit<OfficerExam, 'officerId' | 'partLabel' | 'passed'>[]
  trainings: Omit<OfficerTraining, 'officerId'>[]
}

// ---- enforcement cases (行政执法案件, domain/enforcement/penalty_case.h) ----
export type ActionCategory = 'penalty' | 'licence' | 'coercion' | 'levy' | 'requisition' | 'inspection'
export type PenaltyProcedure = 'general' | 'summary'
/** The stages in order (CASE_STAGES in constants/enums.ts). */
export type CaseStage =
  | 'filed'
  | 'investigation'
  | 'notice'
  | 'statement'
  | 'legal_review'
  | 'collective'
  | 'decision'
  | 'service'
  | 'execution'
  | 'closed'
export type PenaltyKind =
  | 'warning'
  | 'criticism'
  | 'fine'
  | 'confiscate_gains'
  | 'confiscate_property'
  | 'suspend_licence'
  | 'lower_qualification'
  | 'revoke_licence'
  | 'restrict_production'
  | 'suspend_business'
  | 'order_closure'
  | 'restrict_practice'
  | 'detention'
  | 'other'
export type DecisionOutcome = 'penalty' | 'no_penalty_minor' | 'no_penalty_unfounded' | 'transfer'
export type ReviewOutcome = 'agree' | 'revise' | 'disagree'
export type ServiceMethod = 'direct' | 'left' | 'electronic' | 'post' | 'entrusted' | 'forwarded' | 'public_notice'
export type EvidenceType =
  | 'record'
  | 'documentary'
  | 'physical'
  | 'audio_visual'
  | 'electronic'
  | 'witness'
  | 'statement'
  | 'expert_opinion'
  | 'inspection_record'
/** Units of a deadline extension (PeriodUnitName). */
export type PeriodUnit = 'workday' | 'calendar' | 'month'

export interface PenaltyParty {
  id?: Id
  caseId?: Id
  kind: PartyKind
  kindLabel?: string
  name: string
  /** Masked (with '*') for users without personal_data: never sent back. */
  idNumber: string
  uscc: string
  phone: string
  address: string
}

/** An officer of the case, from the township's register; the name is copied by the server. */
export interface CaseOfficerRef {
  officerId: Id
  name?: string
  /** The 执法证 shown (PEN-03). */
  certificateNumber: string
}

export interface PenaltyTerms {
  kinds: PenaltyKind[]
  kindLabels?: string[]
  fineFen: number
  confiscationFen: number
  description: string
}

export interface PenaltyHearing {
  requestedOn: DateString | null
  notifiedOn: DateString | null
  heldOn: DateString | null
  host: string
  hostInvestigated: boolean
  partyAbsent: boolean
}

export interface PenaltyLegalReview {
  submittedOn: DateString | null
  reviewedOn: DateString | null
  reviewer: string
  reviewerFirstTime: boolean
  reviewerQualified: boolean
  outcome: ReviewOutcome
  outcomeLabel?: string
  opinion: string
  /** The 7 LEP-08 items in order (REVIEW_CHECKLIST); true = passed. */
  checklist: boolean[]
}

export interface PenaltyCollective {
  heldOn: DateString | null
  participants: string
  conclusion: string
}

export interface PenaltyDocument {
  id?: Id
  caseId?: Id
  stage: CaseStage
  stageLabel?: string
  evidenceType: EvidenceType
  evidenceTypeLabel?: string
  recordedOn: DateString | null
  title: string
  /** The stored file's description (kept as it is: the UI does not upload). */
  fileName: string
  mediaType: string
  sizeBytes: number
  sha256: string
}

export interface PenaltyExtension {
  amount: number
  unit: PeriodUnit
  approver: string
  approvedOn: DateString | null
  reason: string
  partyNotified: boolean
}

/** A deadline document (ToJson(DeadlineResult), docs/cli.md): no state, no done date. */
export interface DeadlineDocument {
  rule: string
  ruleName: string
  start: DateString | null
  amount?: number
  unit?: string
  rawDue?: DateString | null
  due: DateString | null
  rolledForward?: boolean
  extensions?: { amount: number; unit: string; approver: string; reason: string }[]
  excluded?: ExcludedInterval[]
  excludedDays?: number
  basis: string | LegalBasis
  calendarVersions?: unknown
  provisional?: boolean
  warnings?: string[]
}

/** Read-only, computed by the server (ComputePenaltyDeadlines): null until its start is known. */
export interface PenaltyDeadlines {
  decision: DeadlineDocument | null
  hearingRequest: DeadlineDocument | null
  service: DeadlineDocument | null
  publication: DeadlineDocument | null
  paymentDue: DateString | null
  limitationEnds: DateString | null
}

export interface PenaltyCase {
  id: Id
  townshipId: Id
  number: string
  cause: string
  matterType: string
  powerBasis: string
  category: ActionCategory
  categoryLabel?: string
  procedure: PenaltyProcedure
  procedureLabel?: string
  stage: CaseStage
  stageLabel?: string
  leadReceivedOn: DateString | null
  filedOn: DateString | null
  actOn: DateString | null
  graveHarm: boolean
  parties: PenaltyParty[]
  officers: CaseOfficerRef[]
  majorPublicInterest: boolean
  complexCase: boolean
  seriousViolation: boolean
  reviewRequiredByLaw: boolean
  investigatedOn: DateString | null
  noticeServedOn: DateString | null
  proposed: PenaltyTerms
  hearingRightNotified: boolean
  rightsWaivedOn: DateString | null
  statementSummary: string
  hearing: PenaltyHearing | null
  legalReview: PenaltyLegalReview | null
  collective: PenaltyCollective | null
  decidedOn: DateString | null
  outcome: DecisionOutcome
  outcomeLabel?: string
  decided: PenaltyTerms
  decisionNumber: string
  servedOn: DateString | null
  serviceMethod: ServiceMethod
  serviceMethodLabel?: string
  electronicConsent: boolean
  executedOn: DateString | null
  paidFen: number
  closedOn: DateString | null
  extensions: PenaltyExtension[]
  excluded: ExcludedInterval[]
  publicationRequired: boolean
  publishedOn: DateString | null
  publicationUrl: string
  documents: PenaltyDocument[]
  deadlines?: PenaltyDeadlines
}

/** The body of POST/PUT enforcement/cases (PUT replaces the whole case): no labels, no
 *  deadlines; the id on PUT; parties and documents with their id when stored. */
export type PenaltyCaseBody = Omit<
  PenaltyCase,
  'id' | 'categoryLabel' | 'procedureLabel' | 'stageLabel' | 'outcomeLabel' | 'serviceMethodLabel' | 'deadlines' | 'parties' | 'officers' | 'proposed' | 'decided' | 'legalReview' | 'documents'
> & {
  id?: Id
  parties: Omit<PenaltyParty, 'caseId' | 'kindLabel'>[]
  officers: { officerId: Id; certificateNumber: string }[]
  proposed: Omit<PenaltyTerms, 'kindLabels'>
  decided: Omit<PenaltyTerms, 'kindLabels'>
  legalReview: Omit<PenaltyLegalReview, 'outcomeLabel'> | null
  documents: Omit<PenaltyDocument, 'caseId' | 'stageLabel' | 'evidenceTypeLabel'>[]
}

// ---- 重大执法决定法制审核目录 (domain/enforcement/review_catalogue.h, LEP-07) ----
/** The kinds a catalogue entry may name: every PenaltyKind but 警告 and 通报批评 (a 申诫罚 is never
 *  a 重大执法决定: the server answers 400 on `kind`). */
export type ReviewKind = Exclude<PenaltyKind, 'warning' | 'criticism'>

/** One entry of a township's 重大执法决定法制审核目录 (GET/POST/PUT enforcement/review-catalogue):
 *  a decision of `kind` in a case of `matterType` ("" = every matter type) needs 法制审核
 *  (PEN-10) — for 罚款 and 没收 from the amount for a natural person / an organisation. */
export interface ReviewCatalogueEntry {
  id: Id
  townshipId: Id
  /** 事项类别: the same free text as a case's matterType; "" = every matter type. */
  matterType: string
  kind: ReviewKind
  kindLabel?: string
  /** 起点金额 (分) when a party is a natural person; 0 for kinds without an amount. */
  minPersonFen: number
  /** 起点金额 (分) when every party is a legal person or other organisation. */
  minOrgFen: number
  /** 说明, e.g. "较大数额罚款（自然人1万元以上）" */
  description: string
  /** 依据 */
  basis: string
  /** false: 移出目录 (the entry is kept for its history). */
  active: boolean
}

/** The body of POST/PUT enforcement/review-catalogue: no label; the id on PUT. */
export type ReviewCatalogueEntryBody = Omit<ReviewCatalogueEntry, 'id' | 'kindLabel'> & { id?: Id }

// ---- 公示 and the annual enforcement data (LEP-03, LEP-05) ----

/** One published decision of GET public/decisions (no login): no record id, no personal data —
 *  a person is "surname + 某", no 身份证号, phone or address. */
export interface PublicDecision {
  township: string
  decisionNumber: string
  cause: string
  matterType: string
  category: ActionCategory
  categoryLabel?: string
  /** Persons as "王某", organisations by name (the server's anonymisation). */
  parties: string[]
  decidedOn: DateString
  outcome: DecisionOutcome
  outcomeLabel?: string
  kinds: PenaltyKind[]
  kindLabels?: string[]
  fineFen: number
  confiscationFen: number
  description: string
  publishedOn: DateString
  publicationUrl: string
}

export interface PublicDecisionsPage {
  unit: UnitSummary
  year: number
  items: PublicDecision[]
  total: number
}

/** A row of GET enforcement/statistics: one 执法类别 (category null: the 合计 row). */
export interface EnforcementStatisticsRow {
  category: ActionCategory | null
  categoryLabel: string
  filed: number
  decided: number
  penalised: number
  notPenalised: number
  transferred: number
  summary: number
  /** Decisions by kind of sanction (PenaltyKind code → count). */
  byKind: Partial<Record<PenaltyKind, number>>
  hearings: number
  legalReviews: number
  finesFen: number
  confiscationFen: number
  paidFen: number
}

export interface EnforcementStatistics {
  unit: UnitSummary
  year: number
  rows: EnforcementStatisticsRow[]
}

// ---- 行政规范性文件 (domain/normative/normative.h) ----
export type NormExclusion = 'none' | 'internal' | 'minutes' | 'work_plan' | 'report' | 'commendation' | 'appointment' | 'secret'
export type NormReviewer = 'legal_adviser' | 'justice_office' | 'legal_staff'
export type NormReviewOutcome = 'pass' | 'revise' | 'fail'
export type NormTrial = 'none' | 'interim' | 'trial'
export type NormStanding = 'in_force' | 'amended' | 'repealed' | 'expired'

/** Read-only, computed by the server (ComputeNormDeadlines): each once its start is known. */
export interface NormativeDeadlines {
  /** NORM-04: the 合法性审核, working days from the submission. */
  review: DeadlineDocument | null
  /** NORM-09: publication within 20 working days of the signature. */
  publication: DeadlineDocument | null
  /** NORM-05: 备案 within the filing days of the publication. */
  filing: DeadlineDocument | null
  /** NORM-06: the validity's evaluation starts (months before validUntil). */
  evaluationFrom: DateString | null
}

export interface NormativeDocument {
  id: Id
  townshipId: Id
  title: string
  /** 文号 (统一编号): required once published, unique in the township. */
  number: string
  draftingUnit: string
  trial: NormTrial
  trialLabel?: string
  // NORM-01 questionnaire
  affectsRights: boolean
  bindsGenerally: boolean
  appliesRepeatedly: boolean
  exclusion: NormExclusion
  exclusionLabel?: string
  draftedOn: DateString
  opinionsFrom: DateString | null
  opinionsTo: DateString | null
  // 合法性审核 (NORM-03, NORM-02, NORM-04)
  reviewSubmittedOn: DateString | null
  reviewedOn: DateString | null
  reviewerRole: NormReviewer
  reviewerRoleLabel?: string
  reviewer: string
  reviewOutcome: NormReviewOutcome
  reviewOutcomeLabel?: string
  reviewOpinion: string
  createsLicence: boolean
  createsPenalty: boolean
  createsCoercion: boolean
  createsFee: boolean
  reducesRights: boolean
  deliberatedOn: DateString | null
  deliberationMeeting: string
  signedOn: DateString | null
  signer: string
  publishedOn: DateString | null
  publicationChannel: string
  effectiveOn: DateString | null
  urgent: boolean
  urgentReason: string
  validUntil: DateString | null
  // 备案 (NORM-05)
  filedOn: DateString | null
  filingNumber: string
  filedText: boolean
  filedExplanation: boolean
  filedBasis: boolean
  filedReviewOpinion: boolean
  returnedOn: DateString | null
  returnReason: string
  correctedOn: DateString | null
  // 清理 (NORM-08)
  standing: NormStanding
  standingLabel?: string
  cleanedOn: DateString | null
  cleanupNote: string
  /** Read-only: a 规范性文件 by the questionnaire (NORM-01). */
  isNormative?: boolean
  deadlines?: NormativeDeadlines
}

/** The body of POST/PUT normative/documents (PUT replaces the document): no labels, no
 *  deadlines; the id on PUT. */
export type NormativeDocumentBody = Omit<
  NormativeDocument,
  'id' | 'trialLabel' | 'exclusionLabel' | 'reviewerRoleLabel' | 'reviewOutcomeLabel' | 'standingLabel' | 'isNormative' | 'deadlines'
> & { id?: Id }

// ---- 重大行政决策 (domain/decision/decision.h) ----
export type DecisionScope = 'public_policy' | 'plan' | 'resources' | 'construction' | 'other'
export type RiskLevel = 'low' | 'medium' | 'high'
export type MeetingResult = 'approved' | 'rejected' | 'deferred'

export interface MajorDecision {
  id: Id
  townshipId: Id
  title: string
  scope: DecisionScope
  scopeLabel?: string
  /** 承办单位 */
  draftingUnit: string
  /** 决策启动 */
  proposedOn: DateString
  // DEC-03: the yearly 决策目录 item, or 目录外
  inCatalogue: boolean
  catalogueYear: number
  catalogueItem: string
  // which procedures the decision needs (DEC-06, DEC-07, 公平竞争审查)
  technical: boolean
  stabilityRisk: boolean
  affectsMarket: boolean
  // 公众参与 (DEC-05)
  participationMethods: string
  commentFrom: DateString | null
  commentTo: DateString | null
  shortPeriodReason: string
  participationException: string
  commentsReceived: number
  commentsAdoption: string
  hearingMaterialsSentOn: DateString | null
  hearingHeldOn: DateString | null
  // 专家论证 (DEC-06)
  expertReviewedOn: DateString | null
  expertSummary: string
  // 风险评估 (DEC-07)
  riskAssessedOn: DateString | null
  riskLevel: RiskLevel
  riskLevelLabel?: string
  riskControllable: boolean
  riskReport: string
  // 合法性审查 (DEC-08)
  legalitySubmittedOn: DateString | null
  legalityReviewedOn: DateString | null
  legalityReviewer: string
  legalityPassed: boolean
  legalityOpinion: string
  exploratoryReform: boolean
  legalRiskStatement: string
  fairCompetitionReviewedOn: DateString | null
  // 集体讨论决定 (DEC-09)
  decidedOn: DateString | null
  meeting: string
  meetingResult: MeetingResult
  meetingResultLabel?: string
  againstMajorityReason: string
  dissent: string
  partyReportedOn: DateString | null
  // 公布、执行与后评估 (DEC-10)
  publishedOn: DateString | null
  publicationChannel: string
  executingUnit: string
  postEvaluatedOn: DateString | null
  postEvaluation: string
  /** Read-only: every step the decision needs is recorded before it (ProcedureComplete). */
  procedureComplete?: boolean
}

/** The body of POST/PUT decisions (PUT replaces the decision): no labels, no computed fields. */
export type MajorDecisionBody = Omit<MajorDecision, 'id' | 'scopeLabel' | 'riskLevelLabel' | 'meetingResultLabel' | 'procedureComplete'> & { id?: Id }

// ---- 重大行政决策目录 (domain/decision/decision_catalogue.h, DEC-03) ----
/** One matter of a township's yearly 重大行政决策目录 (GET/POST/PUT decision-catalogue). */
export interface DecisionCatalogueItem {
  id: Id
  townshipId: Id
  /** 目录年度 */
  year: number
  /** 决策事项 */
  title: string
  scope: DecisionScope
  scopeLabel?: string
  /** 承办单位 */
  draftingUnit: string
  /** 计划完成时间 (text, e.g. "2025年第四季度") */
  plannedPeriod: string
  /** 列入目录日期 (an item added during the year: the date of the adjustment) */
  listedOn: DateString
  /** 经同级党委同意 */
  partyConsentOn: DateString | null
  /** 向社会公布 */
  publishedOn: DateString | null
  publicationChannel: string
  /** 调整移出 */
  withdrawnOn: DateString | null
  withdrawalReason: string
  note: string
}

/** The body of POST/PUT decision-catalogue: no label; the id on PUT. */
export type DecisionCatalogueItemBody = Omit<DecisionCatalogueItem, 'id' | 'scopeLabel'> & { id?: Id }

// ---- deadlines, history, import ----
export type DeadlineState = 'pending' | 'due_soon' | 'overdue' | 'met_on_time' | 'met_late'
/** What a timeline row shows: a DeadlineState, or (UI only) "lapsed" for a party's period that
 *  ran out unused (the 听证申请期限 of a case whose party asked for no hearing). */
export type DeadlineDisplayState = DeadlineState | 'lapsed'

export interface LegalBasis {
  law: string
  version: string
  article: string
  display: string
}

/** One row of GET …/{id}/deadlines (assumed shape; see the report). */
export interface DeadlineItem {
  rule: string
  ruleName: string
  start: DateString | null
  due: DateString | null
  rawDue?: DateString | null
  rolled?: boolean
  state: DeadlineDisplayState
  stateLabel?: string
  doneOn?: DateString | null
  daysLeft?: number | null
  basis: string | LegalBasis
  advisory?: boolean
  provisional?: boolean
  warnings?: string[]
}

/** One audit row (GET audit, GET …/{id}/history: http/handlers/history.cc AuditEntryJson). */
export interface AuditRow {
  seq: number
  at: string
  actorUserId?: Id | null
  actorUsername: string
  actorRole?: string
  ip?: string
  requestId?: string | null
  action: string
  entity: string
  entityId: Id | string | null
  townshipId?: Id | null
  before?: unknown
  after?: unknown
  prevHash?: string
  hash?: string
}

/** GET audit/verify. */
export interface AuditVerifyResult {
  intact: boolean
  rows?: number
  headSeq?: number
  headHash?: string
  brokenSeq?: number | null
  /** break code */
  reason?: string | null
  /** in the request's language */
  message?: string | null
}

export interface ImportRowError {
  row: number // Excel's row number
  column: string // the header text of the column
  field: string
  reason: string // zh-CN
  reasonEn: string
}

export interface ImportWarning {
  row: number
  column: string
  rule: string
  message: string
  messageEn: string
}

// POST …/import (docs/import-export.md). On a dry run nothing is written: `imported` is 0 and
// `valid` is the number of rows that would be imported.
export interface ImportResult {
  ledger: string
  format: string
  mode: string
  dryRun: boolean
  townshipId: number
  headerRow: number
  total: number
  valid: number
  imported: number
  rejected: number
  errors: ImportRowError[]
  warnings: ImportWarning[]
  createdIds: number[]
  ignoredColumns: string[]
}

// ---- indicators, alerts, dashboard (docs/cli.md) ----
export interface UnitSummary {
  code: string
  name: string
  level?: RegionLevel
}

export interface IndicatorValue {
  code: string
  module: 'mediation' | 'petition' | string
  name: string
  nameEn?: string
  numerator: number
  denominator: number
  rate: number | null
  display: string
  numeratorLabel?: string
  denominatorLabel?: string
  definition?: string
}

export interface FigureValue {
  code: string
  name: string
  value: number
  unit: string
  display: string
  money: boolean
}

export interface IndicatorsDocument {
  unit: UnitSummary
  year: number
  asOf: DateString
  indicators: IndicatorValue[]
  figures?: FigureValue[]
  townships?: { unit: UnitSummary; indicators: IndicatorValue[]; figures?: FigureValue[] }[]
}

export interface AlertItem {
  township?: UnitSummary
  rule: string
  module: string
  severity: Severity
  recordType: 'petition' | 'mediation_case' | 'mediation_committee' | string
  recordId: Id
  recordRef: string
  title: string
  titleEn?: string
  due: DateString
  daysLeft: number
  state: DeadlineState
  basis: string
  provisional: boolean
}

export interface AlertsDocument {
  unit: UnitSummary
  on: DateString
  overdue: number
  dueSoon: number
  alerts: AlertItem[]
}

export interface MonthlySeries {
  code: string
  name: string
  nameEn?: string
  values: (number | null)[]
}

export interface MonthlyTrends {
  months: string[]
  series: MonthlySeries[]
}

export interface Dashboard {
  indicators: IndicatorsDocument
  monthly: MonthlyTrends
  alerts: AlertsDocument
}
