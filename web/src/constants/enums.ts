// Enum code lists of the domain (src/domain/*.h). Labels come from the locale files
// (enum.<name>.<code>), so selects and tags speak both languages; the server's zh
// `<field>Label` is only a fallback for codes the UI does not know.
export const ENUMS = {
  gender: ['unknown', 'male', 'female'],
  partyKind: ['person', 'org'],
  severity: ['info', 'warning', 'error'],
  regionLevel: ['county', 'township', 'village'],
  role: ['clerk', 'leader', 'county_reviewer', 'sysadmin', 'secadmin', 'auditor'],
  committeeLevel: ['township', 'village'],
  committeeRole: ['chair', 'vice_chair', 'member'],
  disputeStatus: ['open', 'resolved', 'transferred'],
  resolutionRoute: ['mediation', 'other', 'self'],
  startMode: ['application', 'proactive', 'referral'],
  outcome: ['open', 'success', 'failed', 'terminated'],
  agreementForm: ['written', 'oral'],
  performance: ['pending', 'performed', 'partial', 'not_performed'],
  confirmationResult: ['none', 'pending', 'confirmed', 'rejected'],
  channel: ['online', 'letter', 'phone', 'fax', 'visit'],
  source: ['direct', 'assigned'],
  petitionCategory: ['suggestion', 'accusation', 'claim'],
  diversion: ['none', 'litigation', 'arbitration', 'reconsideration', 'disciplinary', 'other_legal'],
  petitionOutcome: ['none', 'support', 'explain', 'reject'],
  satisfaction: ['none', 'satisfied', 'basic', 'unsatisfied'],
  petitionStatus: ['open', 'closed'],
  certificateStatus: ['valid', 'suspended', 'cancelled', 'expired', 'lost'],
  certificateStanding: ['valid', 'expiring', 'expired', 'suspended', 'cancelled', 'lost', 'none'],
  examPart: ['general', 'special'],
  // 行政执法案件 (domain/enforcement/penalty_case.h)
  actionCategory: ['penalty', 'licence', 'coercion', 'levy', 'requisition', 'inspection'],
  penaltyProcedure: ['general', 'summary'],
  caseStage: [
    'filed', 'investigation', 'notice', 'statement', 'legal_review', 'collective', 'decision',
    'service', 'execution', 'closed',
  ],
  penaltyKind: [
    'warning', 'criticism', 'fine', 'confiscate_gains', 'confiscate_property', 'suspend_licence',
    'lower_qualification', 'revoke_licence', 'restrict_production', 'suspend_business',
    'order_closure', 'restrict_practice', 'detention', 'other',
  ],
  decisionOutcome: ['penalty', 'no_penalty_minor', 'no_penalty_unfounded', 'transfer'],
  reviewOutcome: ['agree', 'revise', 'disagree'],
  serviceMethod: ['direct', 'left', 'electronic', 'post', 'entrusted', 'forwarded', 'public_notice'],
  evidenceType: [
    'record', 'documentary', 'physical', 'audio_visual', 'electronic', 'witness', 'statement',
    'expert_opinion', 'inspection_record',
  ],
  periodUnit: ['calendar', 'workday', 'month'],
  // 行政规范性文件 (domain/normative/normative.h)
  normExclusion: ['none', 'internal', 'minutes', 'work_plan', 'report', 'commendation', 'appointment', 'secret'],
  normReviewer: ['legal_adviser', 'justice_office', 'legal_staff'],
  normReviewOutcome: ['pass', 'revise', 'fail'],
  normTrial: ['none', 'interim', 'trial'],
  normStanding: ['in_force', 'amended', 'repealed', 'expired'],
  /** The step a document reached, derived in the UI (forms/normativeForm.ts normativeStage). */
  normStage: ['drafting', 'reviewing', 'reviewed', 'deliberated', 'signed', 'published', 'filed', 'returned', 'cleaned'],
  // 重大行政决策 (domain/decision/decision.h)
  decisionScope: ['public_policy', 'plan', 'resources', 'construction', 'other'],
  riskLevel: ['low', 'medium', 'high'],
  meetingResult: ['approved', 'rejected', 'deferred'],
  auditAction: [
    'create', 'update', 'delete', 'login', 'login_failed', 'logout', 'locked', 'unlock',
    'password_change', 'password_reset', 'import', 'export', 'settings_set', 'demo',
  ],
  auditEntity: [
    'mediation_committee', 'mediator', 'screening_round', 'screened_dispute', 'mediation_case',
    'petition', 'leader_reception', 'enforcement_officer', 'penalty_case', 'normative_document', 'major_decision', 'decision_catalogue_item', 'review_catalogue_entry', 'user', 'region', 'department', 'setting',
    'session',
  ],
  deadlineState: ['pending', 'due_soon', 'overdue', 'met_on_time', 'met_late'],
  disputeCategory: [
    'marriage_family', 'neighbor', 'housing_homestead', 'contract', 'production_business', 'damages',
    'forest_land', 'land_acquisition', 'environment', 'labor', 'consumer', 'medical', 'road_traffic',
    'property_management', 'village_affairs', 'land_contract', 'other',
  ],
} as const

export type EnumName = keyof typeof ENUMS

/** The stages of an enforcement case in order (CaseStage). */
export const CASE_STAGES = ENUMS.caseStage

/** The 7 items of the 法制审核 checklist (LegalReview::checklist, LEP-08), in order: 主体与职权,
 *  执法资格, 程序, 事实与证据, 适用依据与裁量, 文书, 涉嫌犯罪移送. Labels: enforcement.review.items.<key>. */
export const REVIEW_CHECKLIST = ['authority', 'qualification', 'procedure', 'facts', 'basis', 'documents', 'transfer'] as const

/** The domain's default ethnicity of a committee member (CommitteeMember::ethnicity). */
export const DEFAULT_ETHNICITY = '汉族'
