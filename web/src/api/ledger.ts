// The 人民调解, 信访, 行政执法 and 依法行政 ledgers, dashboard, indicators, alerts and audit endpoints.
import { downloadFile, http, type Query } from './http'
import { resource, toPage, toSaveResult } from './resource'
import type {
  AlertsDocument,
  CaseStage,
  AuditRow,
  AuditVerifyResult,
  Dashboard,
  DeadlineItem,
  DecisionCatalogueItem,
  DecisionCatalogueItemBody,
  DisputeCategory,
  EnforcementOfficer,
  EnforcementStatistics,
  EvidenceType,
  Id,
  ImportResult,
  IndicatorsDocument,
  LeaderReception,
  MajorDecision,
  MajorDecisionBody,
  MediationCase,
  MediationCommittee,
  Mediator,
  NormativeDocument,
  NormativeDocumentBody,
  OfficerBody,
  PenaltyCase,
  PenaltyCaseBody,
  Page,
  Petition,
  PublicDecisionsPage,
  ReviewCatalogueEntry,
  ReviewCatalogueEntryBody,
  SaveResult,
  ScreenedDispute,
  ScreeningRound,
} from './types'

export type ExportFormat = 'xlsx' | 'csv'
export type ImportMode = 'all' | 'valid'

/** Content types of an uploaded ledger file. */
export const IMPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
}

function unwrapList<T>(data: unknown, key: string): T[] {
  if (Array.isArray(data)) return data as T[]
  const o = (data ?? {}) as Record<string, unknown>
  if (Array.isArray(o[key])) return o[key] as T[]
  if (Array.isArray(o.items)) return o.items as T[]
  return []
}

/** Export (the list's filters → a file) and import (a file → a report) of the ledger under `base`. */
function ledgerExchange(base: string) {
  return {
    exportFile: (format: ExportFormat, filters: Query, fallbackName: string) =>
      downloadFile(`${base}/export`, { ...filters, format }, fallbackName),
    importFile: (file: Blob, format: ExportFormat, mode: ImportMode, dryRun: boolean) =>
      http.post<ImportResult>(`${base}/import`, file, {
        query: { format, mode, dryRun: dryRun ? 1 : undefined },
        contentType: IMPORT_CONTENT_TYPES[format],
      }),
  }
}

/** Export, import, deadlines and history of a ledger with records under `base`. */
function ledgerExtras(base: string) {
  return {
    deadlines: async (id: Id) => unwrapList<DeadlineItem>(await http.get<unknown>(`${base}/${id}/deadlines`), 'deadlines'),
    history: async (id: Id) => unwrapList<AuditRow>(await http.get<unknown>(`${base}/${id}/history`), 'items'),
    ...ledgerExchange(base),
  }
}

/** What the upload of a case document says about the file (the query of …/documents). */
export interface DocumentUploadMeta {
  stage: CaseStage
  evidenceType: EvidenceType
  recordedOn: string
  title: string
  /** The original file name (its extension must match the content). */
  fileName: string
}

export const mediationApi = {
  committees: resource<MediationCommittee>('mediation/committees'),
  mediators: resource<Mediator>('mediation/mediators'),
  rounds: resource<ScreeningRound>('mediation/screening-rounds'),
  disputes: resource<ScreenedDispute>('mediation/disputes'),
  cases: { ...resource<MediationCase>('mediation/cases'), ...ledgerExtras('mediation/cases') },
  categories: async () => unwrapList<DisputeCategory>(await http.get<unknown>('mediation/categories'), 'categories'),
}

export const petitionApi = {
  petitions: { ...resource<Petition>('petitions'), ...ledgerExtras('petitions') },
  receptions: resource<LeaderReception>('petitions/receptions'),
}

export const enforcementApi = {
  officers: {
    ...resource<EnforcementOfficer, OfficerBody>('enforcement/officers'),
    // 行政执法人员登记台账: export with the list's filters, import with the bad-row report.
    ...ledgerExchange('enforcement/officers'),
    // The history is paged on the server (newest first): the detail page shows up to 200 rows.
    history: async (id: Id) => unwrapList<AuditRow>(await http.get<unknown>(`enforcement/officers/${id}/history`, { pageSize: 200 }), 'items'),
  },
  // 行政执法案件: each record carries its read-only "deadlines"; PUT replaces the whole case.
  cases: {
    ...resource<PenaltyCase, PenaltyCaseBody>('enforcement/cases'),
    ...ledgerExchange('enforcement/cases'),
    history: async (id: Id) => unwrapList<AuditRow>(await http.get<unknown>(`enforcement/cases/${id}/history`, { pageSize: 200 }), 'items'),
    // A file of the 全过程记录: the raw bytes as the body (the server checks the content — photos,
    // audio, video, PDF — and stores it by SHA-256); answers the whole case with the new document.
    uploadDocument: async (id: Id, file: Blob, meta: DocumentUploadMeta): Promise<SaveResult<PenaltyCase>> =>
      toSaveResult<PenaltyCase>(
        await http.post<unknown>(`enforcement/cases/${id}/documents`, file, {
          query: { ...meta },
          contentType: 'application/octet-stream',
        }),
      ),
    /** The stored file (the server verifies it against its SHA-256 first: 412 when it fails). */
    downloadDocument: (id: Id, documentId: Id, fallbackName: string) =>
      downloadFile(`enforcement/cases/${id}/documents/${documentId}/file`, {}, fallbackName),
  },
  // 重大执法决定法制审核目录 (LEP-07): the township's entries (filters townshipId, active=true|false,
  // q = matter type, description or basis; sort matterType, kind, id); start-from-default copies
  // the default catalogue of the settings into a township without any entry (412 otherwise).
  reviewCatalogue: {
    ...resource<ReviewCatalogueEntry, ReviewCatalogueEntryBody>('enforcement/review-catalogue'),
    history: async (id: Id) => unwrapList<AuditRow>(await http.get<unknown>(`enforcement/review-catalogue/${id}/history`, { pageSize: 200 }), 'items'),
    /** A county user names the township; a township user's own is used. */
    startFromDefault: async (townshipId?: Id | null): Promise<Page<ReviewCatalogueEntry>> =>
      toPage<ReviewCatalogueEntry>(
        await http.post<unknown>('enforcement/review-catalogue/start-from-default', undefined, { query: { townshipId: townshipId ?? undefined } }),
      ),
  },
  // 年度行政执法数据 (LEP-05): unit (12-digit code) defaults to the caller's township or county,
  // year to last year; the 行政执法数据统计表 as .xlsx/.csv with the same query.
  statistics: {
    get: (query: StatisticsQuery) => http.get<EnforcementStatistics>('enforcement/statistics', { ...query }),
    exportFile: (format: ExportFormat, query: Query, fallbackName: string) =>
      downloadFile('enforcement/statistics', { ...query, format }, fallbackName),
  },
}

/** The query of enforcement/statistics. */
export interface StatisticsQuery {
  unit?: string | null
  year?: number | null
}

// 行政规范性文件: each record carries its read-only "deadlines"; PUT replaces the whole document.
export const normativeApi = {
  documents: {
    ...resource<NormativeDocument, NormativeDocumentBody>('normative/documents'),
    history: async (id: Id) => unwrapList<AuditRow>(await http.get<unknown>(`normative/documents/${id}/history`, { pageSize: 200 }), 'items'),
  },
}

// 重大行政决策: each record carries its read-only "procedureComplete"; PUT replaces the whole
// decision; export/import like the other ledgers.
export const decisionApi = {
  decisions: {
    ...resource<MajorDecision, MajorDecisionBody>('decisions'),
    ...ledgerExchange('decisions'),
    history: async (id: Id) => unwrapList<AuditRow>(await http.get<unknown>(`decisions/${id}/history`, { pageSize: 200 }), 'items'),
  },
  // 重大行政决策目录 (DEC-03): the township's items of a year (filters year, q = title or
  // drafting unit, withdrawn=true|false, townshipId; sort year, title, listedOn, id); export and
  // import like the officer register (ledger "decision_catalogue").
  catalogue: {
    ...resource<DecisionCatalogueItem, DecisionCatalogueItemBody>('decision-catalogue'),
    ...ledgerExchange('decision-catalogue'),
    history: async (id: Id) => unwrapList<AuditRow>(await http.get<unknown>(`decision-catalogue/${id}/history`, { pageSize: 200 }), 'items'),
  },
}

/** The query of the public page (no login): a county's or township's 12-digit code, the year. */
export interface PublicDecisionsQuery {
  unit: string
  year?: number | null
  page?: number
  pageSize?: number
}

// Pages without login: the session cookie is not needed, and a 401 never sends anyone to the
// login page.
export const publicApi = {
  decisions: (query: PublicDecisionsQuery) =>
    http.get<PublicDecisionsPage>('public/decisions', { ...query }, { skipAuthRedirect: true }),
}

export const dashboardApi = {
  dashboard: (unit: string, year: number) => http.get<Dashboard>('dashboard', { unit, year }),
  indicators: (unit: string, year: number) => http.get<IndicatorsDocument>('indicators', { unit, year }),
  alerts: (unit: string, on?: string) => http.get<AlertsDocument>('alerts', { unit, on }),
}

export const auditApi = {
  list: async (query: Query): Promise<Page<AuditRow>> => toPage<AuditRow>(await http.get<unknown>('audit', query)),
  verify: () => http.get<AuditVerifyResult>('audit/verify'),
}
