// The route table; meta.anyOf lists the permissions that open a page (permissions/menu.ts).
import type { RouteRecordRaw } from 'vue-router'
import type { Permission } from '@/api/types'

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean
    anyOf?: Permission[]
    titleKey?: string
  }
}

const LEDGER: Permission[] = ['ledger_read']

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('@/views/LoginView.vue'), meta: { public: true, titleKey: 'login.title' } },
  // Pages without login (meta.public lets the guard through): their own frame, no menu.
  {
    path: '/public',
    component: () => import('@/layouts/PublicLayout.vue'),
    meta: { public: true },
    children: [
      { path: 'decisions', name: 'public-decisions', component: () => import('@/views/public/PublicDecisionsView.vue'), meta: { public: true, titleKey: 'menu.publicDecisions' } },
      // 权力事项目录公示 (LEP-01)
      { path: 'powers', name: 'public-powers', component: () => import('@/views/public/PublicPowersView.vue'), meta: { public: true, titleKey: 'powers.public.title' } },
    ],
  },
  {
    path: '/',
    component: () => import('@/layouts/MainLayout.vue'),
    children: [
      // '/' is sent to the user's first menu entry by the guard (after the session is known).
      { path: '', name: 'home', component: () => import('@/views/ForbiddenView.vue') },
      { path: 'dashboard', name: 'dashboard', component: () => import('@/views/DashboardView.vue'), meta: { anyOf: LEDGER, titleKey: 'menu.dashboard' } },
      { path: 'mediation/cases', name: 'mediation-cases', component: () => import('@/views/mediation/CasesView.vue'), meta: { anyOf: LEDGER, titleKey: 'menu.mediationCases' } },
      { path: 'mediation/cases/:id(\\d+)', name: 'mediation-case', component: () => import('@/views/mediation/CaseDetailView.vue'), props: true, meta: { anyOf: LEDGER, titleKey: 'mediation.case.detailTitle' } },
      { path: 'mediation/committees', name: 'mediation-committees', component: () => import('@/views/mediation/CommitteesView.vue'), meta: { anyOf: LEDGER, titleKey: 'menu.committees' } },
      { path: 'mediation/mediators', name: 'mediation-mediators', component: () => import('@/views/mediation/MediatorsView.vue'), meta: { anyOf: LEDGER, titleKey: 'menu.mediators' } },
      { path: 'mediation/screenings', name: 'mediation-screenings', component: () => import('@/views/mediation/ScreeningsView.vue'), meta: { anyOf: LEDGER, titleKey: 'menu.screenings' } },
      { path: 'petitions', name: 'petitions', component: () => import('@/views/petition/PetitionsView.vue'), meta: { anyOf: LEDGER, titleKey: 'menu.petitions' } },
      { path: 'petitions/receptions', name: 'petition-receptions', component: () => import('@/views/petition/ReceptionsView.vue'), meta: { anyOf: LEDGER, titleKey: 'menu.receptions' } },
      { path: 'petitions/:id(\\d+)', name: 'petition', component: () => import('@/views/petition/PetitionDetailView.vue'), props: true, meta: { anyOf: LEDGER, titleKey: 'petition.detailTitle' } },
      { path: 'enforcement/officers', name: 'enforcement-officers', component: () => import('@/views/enforcement/OfficersView.vue'), meta: { anyOf: LEDGER, titleKey: 'menu.officers' } },
      { path: 'enforcement/officers/:id(\\d+)', name: 'enforcement-officer', component: () => import('@/views/enforcement/OfficerDetailView.vue'), props: true, meta: { anyOf: LEDGER, titleKey: 'enforcement.officer.detailTitle' } },
      { path: 'enforcement/review-catalogue', name: 'enforcement-review-catalogue', component: () => import('@/views/enforcement/ReviewCatalogueView.vue'), meta: { anyOf: LEDGER, titleKey: 'menu.reviewCatalogue' } },
      { path: 'enforcement/cases', name: 'enforcement-cases', component: () => import('@/views/enforcement/PenaltyCasesView.vue'), meta: { anyOf: LEDGER, titleKey: 'menu.penaltyCases' } },
      { path: 'enforcement/cases/:id(\\d+)', name: 'enforcement-case', component: () => import('@/views/enforcement/PenaltyCaseDetailView.vue'), props: true, meta: { anyOf: LEDGER, titleKey: 'enforcement.case.detailTitle' } },
      { path: 'enforcement/statistics', name: 'enforcement-statistics', component: () => import('@/views/enforcement/EnforcementStatisticsView.vue'), meta: { anyOf: LEDGER, titleKey: 'menu.statistics' } },
      // 权力事项目录 (LEP-01)
      { path: 'enforcement/powers', name: 'enforcement-powers', component: () => import('@/views/enforcement/PowersView.vue'), meta: { anyOf: LEDGER, titleKey: 'powers.menu' } },
      { path: 'normative/documents', name: 'normative-documents', component: () => import('@/views/normative/NormativeDocumentsView.vue'), meta: { anyOf: LEDGER, titleKey: 'menu.normativeDocuments' } },
      { path: 'normative/documents/:id(\\d+)', name: 'normative-document', component: () => import('@/views/normative/NormativeDocumentDetailView.vue'), props: true, meta: { anyOf: LEDGER, titleKey: 'normative.document.detailTitle' } },
      { path: 'decisions', name: 'decisions', component: () => import('@/views/decision/DecisionsView.vue'), meta: { anyOf: LEDGER, titleKey: 'menu.decisions' } },
      { path: 'decision-catalogue', name: 'decision-catalogue', component: () => import('@/views/decision/DecisionCatalogueView.vue'), meta: { anyOf: LEDGER, titleKey: 'menu.decisionCatalogue' } },
      { path: 'decisions/:id(\\d+)', name: 'decision', component: () => import('@/views/decision/DecisionDetailView.vue'), props: true, meta: { anyOf: LEDGER, titleKey: 'decision.detailTitle' } },
      { path: 'org', name: 'org', component: () => import('@/views/admin/OrgView.vue'), meta: { anyOf: ['org_read', 'org_admin'], titleKey: 'menu.org' } },
      { path: 'users', name: 'users', component: () => import('@/views/admin/UsersView.vue'), meta: { anyOf: ['account_admin'], titleKey: 'menu.users' } },
      { path: 'audit', name: 'audit', component: () => import('@/views/admin/AuditView.vue'), meta: { anyOf: ['audit_read'], titleKey: 'menu.audit' } },
      { path: 'forbidden', name: 'forbidden', component: () => import('@/views/ForbiddenView.vue'), meta: { titleKey: 'errors.forbiddenTitle' } },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue'), meta: { titleKey: 'errors.notFoundTitle' } },
    ],
  },
]

