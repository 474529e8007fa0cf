// Which menu entries and routes a user's permissions open (docs/server.md, roles →
// permissions, 三员分立): ledger_read → 工作台/人民调解/信访/行政执法 (执法案件, 执法人员,
// 法制审核目录, 执法数据统计)/依法行政 (规范性文件, 重大行政决策, 决策目录); org_read or org_admin → 组织机构;
// account_admin → 用户管理; audit_read → 审计日志. The auditor (audit_read only) therefore
// sees only the audit log; the security admin sees users (and the org tree) but no ledger.
// The server enforces all of this anyway; the UI only hides what would answer 403.
import type { Permission } from '@/api/types'

export interface MenuItem {
  /** unique key, also the route name of a leaf */
  key: string
  /** i18n key of the title */
  titleKey: string
  /** route path of a leaf */
  path?: string
  /** icon name (see layouts/icons.ts) */
  icon?: string
  /** any one of these permissions opens the entry */
  anyOf: Permission[]
  children?: MenuItem[]
}

export const MENU: readonly MenuItem[] = [
  { key: 'dashboard', titleKey: 'menu.dashboard', path: '/dashboard', icon: 'dashboard', anyOf: ['ledger_read'] },
  {
    key: 'mediation',
    titleKey: 'menu.mediation',
    icon: 'mediation',
    anyOf: ['ledger_read'],
    children: [
      { key: 'mediation-cases', titleKey: 'menu.mediationCases', path: '/mediation/cases', anyOf: ['ledger_read'] },
      { key: 'mediation-committees', titleKey: 'menu.committees', path: '/mediation/committees', anyOf: ['ledger_read'] },
      { key: 'mediation-mediators', titleKey: 'menu.mediators', path: '/mediation/mediators', anyOf: ['ledger_read'] },
      { key: 'mediation-screenings', titleKey: 'menu.screenings', path: '/mediation/screenings', anyOf: ['ledger_read'] },
    ],
  },
  {
    key: 'petition',
    titleKey: 'menu.petition',
    icon: 'petition',
    anyOf: ['ledger_read'],
    children: [
      { key: 'petitions', titleKey: 'menu.petitions', path: '/petitions', anyOf: ['ledger_read'] },
      { key: 'petition-receptions', titleKey: 'menu.receptions', path: '/petitions/receptions', anyOf: ['ledger_read'] },
    ],
  },
  {
    key: 'enforcement',
    titleKey: 'menu.enforcement',
    icon: 'enforcement',
    anyOf: ['ledger_read'],
    children: [
      { key: 'enforcement-cases', titleKey: 'menu.penaltyCases', path: '/enforcement/cases', anyOf: ['ledger_read'] },
      { key: 'enforcement-officers', titleKey: 'menu.officers', path: '/enforcement/officers', anyOf: ['ledger_read'] },
      { key: 'enforcement-review-catalogue', titleKey: 'menu.reviewCatalogue', path: '/enforcement/review-catalogue', anyOf: ['ledger_read'] },
      { key: 'enforcement-statistics', titleKey: 'menu.statistics', path: '/enforcement/statistics', anyOf: ['ledger_read'] },
      // 权力事项目录 (LEP-01)
      { key: 'enforcement-powers', titleKey: 'powers.menu', path: '/enforcement/powers', anyOf: ['ledger_read'] },
    ],
  },
  {
    key: 'administration',
    titleKey: 'menu.administration',
    icon: 'administration',
    anyOf: ['ledger_read'],
    children: [
      { key: 'normative-documents', titleKey: 'menu.normativeDocuments', path: '/normative/documents', anyOf: ['ledger_read'] },
      { key: 'decisions', titleKey: 'menu.decisions', path: '/decisions', anyOf: ['ledger_read'] },
      { key: 'decision-catalogue', titleKey: 'menu.decisionCatalogue', path: '/decision-catalogue', anyOf: ['ledger_read'] },
    ],
  },
  { key: 'org', titleKey: 'menu.org', path: '/org', icon: 'org', anyOf: ['org_read', 'org_admin'] },
  { key: 'users', titleKey: 'menu.users', path: '/users', icon: 'users', anyOf: ['account_admin'] },
  { key: 'audit', titleKey: 'menu.audit', path: '/audit', icon: 'audit', anyOf: ['audit_read'] },
]

export function allows(anyOf: readonly Permission[] | undefined, perms: Iterable<Permission>): boolean {
  if (!anyOf || anyOf.length === 0) return true
  const have = new Set(perms)
  return anyOf.some((p) => have.has(p))
}

/** The menu a user sees: entries they may open, groups with at least one child. */
export function buildMenu(perms: Iterable<Permission>, menu: readonly MenuItem[] = MENU): MenuItem[] {
  const have = [...perms]
  const out: MenuItem[] = []
  for (const item of menu) {
    if (!allows(item.anyOf, have)) continue
    if (item.children) {
      const children = buildMenu(have, item.children)
      if (children.length) out.push({ ...item, children })
    } else {
      out.push({ ...item })
    }
  }
  return out
}

/** The leaves of a menu, in order. */
export function menuLeaves(menu: readonly MenuItem[]): MenuItem[] {
  return menu.flatMap((m) => (m.children ? menuLeaves(m.children) : [m]))
}

/** Where a user lands after login: the first entry of their menu, or the forbidden page. */
export function homePath(perms: Iterable<Permission>): string {
  const first = menuLeaves(buildMenu(perms))[0]
  return first?.path ?? '/forbidden'
}
