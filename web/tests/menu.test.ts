// The menu each role sees (docs/server.md, roles → permissions; 三员分立).
import { describe, expect, it } from 'vitest'
import type { Permission } from '@/api/types'
import { allows, buildMenu, homePath, menuLeaves } from '@/permissions/menu'
import type { RouteRecordRaw } from 'vue-router'
import { routes } from '@/router/routes'

function flatRoutes(list: RouteRecordRaw[], base = ''): { path: string; anyOf?: Permission[] }[] {
  return list.flatMap((r) => {
    const path = r.path.startsWith('/') ? r.path : `${base.replace(/\/$/, '')}/${r.path}`
    return [{ path, anyOf: r.meta?.anyOf }, ...flatRoutes(r.children ?? [], path)]
  })
}

const ROLE_PERMISSIONS: Record<string, Permission[]> = {
  clerk: ['ledger_read', 'ledger_write', 'personal_data', 'org_read'],
  leader: ['ledger_read', 'org_read'],
  county_reviewer: ['ledger_read', 'org_read'],
  sysadmin: ['org_read', 'org_admin'],
  secadmin: ['org_read', 'account_admin'],
  auditor: ['audit_read'],
}

const keys = (perms: Permission[]) => buildMenu(perms).map((m) => m.key)
const leaves = (perms: Permission[]) => menuLeaves(buildMenu(perms)).map((m) => m.key)

describe('menu by permission', () => {
  it('ledger_read opens the dashboard, mediation, petitions, enforcement and lawful administration', () => {
    expect(keys(['ledger_read'])).toEqual(['dashboard', 'mediation', 'petition', 'enforcement', 'administration'])
    expect(leaves(['ledger_read'])).toEqual([
      'dashboard', 'mediation-cases', 'mediation-committees', 'mediation-mediators', 'mediation-screenings', 'petitions', 'petition-receptions',
      'enforcement-cases', 'enforcement-officers', 'enforcement-review-catalogue', 'enforcement-statistics', 'enforcement-powers', 'normative-documents', 'decisions', 'decision-catalogue',
    ])
  })
  it('a clerk and a leader see the ledgers and the org tree, not users or audit', () => {
    for (const role of ['clerk', 'leader', 'county_reviewer']) {
      expect(keys(ROLE_PERMISSIONS[role]!)).toEqual(['dashboard', 'mediation', 'petition', 'enforcement', 'administration', 'org'])
    }
  })
  it('the auditor sees only the audit log', () => {
    expect(keys(ROLE_PERMISSIONS.auditor!)).toEqual(['audit'])
    expect(homePath(ROLE_PERMISSIONS.auditor!)).toBe('/audit')
  })
  it('the security admin sees users (and the org tree) but no ledger', () => {
    const k = keys(ROLE_PERMISSIONS.secadmin!)
    expect(k).toContain('users')
    expect(k).not.toContain('dashboard')
    expect(k).not.toContain('mediation')
    expect(k).not.toContain('petition')
    expect(k).not.toContain('enforcement')
    expect(k).not.toContain('audit')
  })
  it('the system admin sees the org tree only', () => {
    expect(keys(ROLE_PERMISSIONS.sysadmin!)).toEqual(['org'])
    expect(homePath(ROLE_PERMISSIONS.sysadmin!)).toBe('/org')
  })
  it('org_admin alone opens the org page', () => {
    expect(keys(['org_admin'])).toEqual(['org'])
  })
  it('no permission: no menu, the forbidden page', () => {
    expect(buildMenu([])).toEqual([])
    expect(homePath([])).toBe('/forbidden')
  })
  it('the home of a ledger user is the dashboard', () => {
    expect(homePath(ROLE_PERMISSIONS.clerk!)).toBe('/dashboard')
  })
  it('allows() checks any-of', () => {
    expect(allows(undefined, [])).toBe(true)
    expect(allows(['org_read', 'org_admin'], ['org_admin'])).toBe(true)
    expect(allows(['audit_read'], ['ledger_read'])).toBe(false)
  })
  it('the enforcement officers page opens with the ledger-read rule, as the mediation ledger', () => {
    const officers = menuLeaves(buildMenu(['ledger_read'])).find((m) => m.key === 'enforcement-officers')
    expect(officers?.path).toBe('/enforcement/officers')
    const mediators = menuLeaves(buildMenu(['ledger_read'])).find((m) => m.key === 'mediation-mediators')
    expect(officers?.anyOf).toEqual(mediators?.anyOf)
    const detail = flatRoutes(routes).find((r) => r.path === '/enforcement/officers/:id(\\d+)')
    expect(detail?.anyOf).toEqual(['ledger_read'])
    for (const role of ['sysadmin', 'secadmin', 'auditor']) expect(keys(ROLE_PERMISSIONS[role]!)).not.toContain('enforcement')
  })
  it('the enforcement cases page sits under 行政执法 beside the officers, with the ledger-read rule', () => {
    const group = buildMenu(['ledger_read']).find((m) => m.key === 'enforcement')
    expect(group?.children?.map((c) => c.key)).toEqual(['enforcement-cases', 'enforcement-officers', 'enforcement-review-catalogue', 'enforcement-statistics', 'enforcement-powers'])
    const cases = group?.children?.find((c) => c.key === 'enforcement-cases')
    expect(cases?.path).toBe('/enforcement/cases')
    expect(cases?.anyOf).toEqual(['ledger_read'])
    const all = flatRoutes(routes)
    expect(all.find((r) => r.path === '/enforcement/cases')?.anyOf).toEqual(['ledger_read'])
    expect(all.find((r) => r.path === '/enforcement/cases/:id(\\d+)')?.anyOf).toEqual(['ledger_read'])
  })
  it('the 法制审核目录 sits under 行政执法 after the officers, with the ledger-read rule (writes need ledger_write, the page only hides its buttons)', () => {
    const group = buildMenu(['ledger_read']).find((m) => m.key === 'enforcement')
    const entry = group?.children?.find((c) => c.key === 'enforcement-review-catalogue')
    expect([entry?.path, entry?.titleKey, entry?.anyOf]).toEqual(['/enforcement/review-catalogue', 'menu.reviewCatalogue', ['ledger_read']])
    const route = flatRoutes(routes).find((r) => r.path === '/enforcement/review-catalogue')
    expect(route?.anyOf).toEqual(['ledger_read'])
    for (const role of ['clerk', 'leader', 'county_reviewer']) {
      expect(leaves(ROLE_PERMISSIONS[role]!), role).toContain('enforcement-review-catalogue')
    }
    for (const role of ['sysadmin', 'secadmin', 'auditor']) expect(leaves(ROLE_PERMISSIONS[role]!)).not.toContain('enforcement-review-catalogue')
  })
  it('the statistics page sits under 行政执法 and the normative documents, decisions and their catalogue under 依法行政, with the ledger-read rule', () => {
    const all = flatRoutes(routes)
    const stats = menuLeaves(buildMenu(['ledger_read'])).find((m) => m.key === 'enforcement-statistics')
    expect(stats?.path).toBe('/enforcement/statistics')
    expect(all.find((r) => r.path === '/enforcement/statistics')?.anyOf).toEqual(['ledger_read'])
    const group = buildMenu(['ledger_read']).find((m) => m.key === 'administration')
    expect(group?.children?.map((c) => [c.key, c.path])).toEqual([
      ['normative-documents', '/normative/documents'], ['decisions', '/decisions'], ['decision-catalogue', '/decision-catalogue'],
    ])
    expect(all.find((r) => r.path === '/normative/documents')?.anyOf).toEqual(['ledger_read'])
    expect(all.find((r) => r.path === '/normative/documents/:id(\\d+)')?.anyOf).toEqual(['ledger_read'])
    expect(all.find((r) => r.path === '/decisions')?.anyOf).toEqual(['ledger_read'])
    expect(all.find((r) => r.path === '/decisions/:id(\\d+)')?.anyOf).toEqual(['ledger_read'])
    expect(all.find((r) => r.path === '/decision-catalogue')?.anyOf).toEqual(['ledger_read'])
    for (const role of ['sysadmin', 'secadmin', 'auditor']) expect(keys(ROLE_PERMISSIONS[role]!)).not.toContain('administration')
  })
  it('the public decisions page needs no login and no permission', () => {
    const route = routes.find((r) => r.path === '/public')
    expect(route?.meta?.public).toBe(true)
    const page = route?.children?.find((c) => c.path === 'decisions')
    expect(page?.name).toBe('public-decisions')
    expect(page?.meta?.public).toBe(true)
    expect(page?.meta?.anyOf).toBeUndefined()
  })
  // 权力事项目录 (LEP-01)
  it('the catalogue of enforcement powers sits under 行政执法 with the ledger-read rule; its public page needs no login', () => {
    const powers = menuLeaves(buildMenu(['ledger_read'])).find((m) => m.key === 'enforcement-powers')
    expect(powers?.path).toBe('/enforcement/powers')
    expect(powers?.anyOf).toEqual(['ledger_read'])
    expect(flatRoutes(routes).find((r) => r.path === '/enforcement/powers')?.anyOf).toEqual(['ledger_read'])
    for (const role of ['sysadmin', 'secadmin', 'auditor']) expect(leaves(ROLE_PERMISSIONS[role]!)).not.toContain('enforcement-powers')
    const page = routes.find((r) => r.path === '/public')?.children?.find((c) => c.path === 'powers')
    expect(page?.name).toBe('public-powers')
    expect(page?.meta?.public).toBe(true)
    expect(page?.meta?.anyOf).toBeUndefined()
  })
  it('every menu leaf has a route guarded by the same permissions', () => {
    const all: Permission[] = ['ledger_read', 'ledger_write', 'personal_data', 'org_read', 'org_admin', 'account_admin', 'audit_read']
    for (const leaf of menuLeaves(buildMenu(all))) {
      const route = flatRoutes(routes).find((r) => r.path === leaf.path)
      expect(route, leaf.path).toBeDefined()
      expect([...(route!.anyOf ?? [])].sort()).toEqual([...leaf.anyOf].sort())
    }
  })
})
