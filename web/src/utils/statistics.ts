// The columns of the 行政执法数据统计表 (LEP-05, src/service/enforcement_statistics_service.cc
// kColumns): the kinds of sanction are counted in seven groups, and the money in two sums —
// 罚没金额 (fines and confiscated value) and 已缴罚没款 — all from a row of GET
// enforcement/statistics (money in 分; the page shows 元).
import type { EnforcementStatisticsRow, PenaltyKind } from '@/api/types'

export interface KindGroup {
  /** i18n key under enforcement.statistics.kind */
  key: 'warning' | 'criticism' | 'fine' | 'confiscation' | 'licence' | 'business' | 'detention'
  kinds: readonly PenaltyKind[]
}

/** The kinds of sanction as the table groups them, in the table's order. */
export const KIND_GROUPS: readonly KindGroup[] = [
  { key: 'warning', kinds: ['warning'] },
  { key: 'criticism', kinds: ['criticism'] },
  { key: 'fine', kinds: ['fine'] },
  { key: 'confiscation', kinds: ['confiscate_gains', 'confiscate_property'] },
  { key: 'licence', kinds: ['suspend_licence', 'revoke_licence', 'lower_qualification'] },
  { key: 'business', kinds: ['restrict_production', 'suspend_business', 'order_closure', 'restrict_practice'] },
  { key: 'detention', kinds: ['detention', 'other'] },
]

/** The decisions of a row with any kind of the group. */
export function kindGroupCount(row: Pick<EnforcementStatisticsRow, 'byKind'>, group: KindGroup): number {
  return group.kinds.reduce((n, k) => n + (row.byKind?.[k] ?? 0), 0)
}

/** 罚没金额: fines and confiscated value, in 分. */
export function forfeitedFen(row: Pick<EnforcementStatisticsRow, 'finesFen' | 'confiscationFen'>): number {
  return (row.finesFen ?? 0) + (row.confiscationFen ?? 0)
}

/** The 合计 row (category null), else null. */
export function totalRow<T extends Pick<EnforcementStatisticsRow, 'category'>>(rows: readonly T[]): T | null {
  return rows.find((r) => r.category === null) ?? null
}
