// The columns of the 行政执法数据统计表 (LEP-05) from a row of GET enforcement/statistics: the
// seven groups of sanction kinds (kColumns of enforcement_statistics_service.cc) cover every
// kind once; 罚没金额 is fines plus confiscated value.
import { describe, expect, it } from 'vitest'
import { forfeitedFen, KIND_GROUPS, kindGroupCount, totalRow } from '@/utils/statistics'
import { ENUMS } from '@/constants/enums'
import type { EnforcementStatisticsRow } from '@/api/types'

const row: EnforcementStatisticsRow = {
  category: 'penalty',
  categoryLabel: '行政处罚',
  filed: 26,
  decided: 23,
  penalised: 23,
  notPenalised: 0,
  transferred: 0,
  summary: 2,
  byKind: { warning: 2, fine: 21, confiscate_gains: 2, confiscate_property: 1, revoke_licence: 1, order_closure: 1, other: 3 },
  hearings: 3,
  legalReviews: 3,
  finesFen: 67740000,
  confiscationFen: 760000,
  paidFen: 66480000,
}

describe('statistics table', () => {
  it('groups every kind of sanction exactly once, in the order of the table', () => {
    const kinds = KIND_GROUPS.flatMap((g) => g.kinds)
    expect([...kinds].sort()).toEqual([...ENUMS.penaltyKind].sort())
    expect(KIND_GROUPS.map((g) => g.key)).toEqual(['warning', 'criticism', 'fine', 'confiscation', 'licence', 'business', 'detention'])
  })
  it('counts a group as the sum of its kinds; missing kinds count 0', () => {
    const by = Object.fromEntries(KIND_GROUPS.map((g) => [g.key, kindGroupCount(row, g)]))
    expect(by).toEqual({ warning: 2, criticism: 0, fine: 21, confiscation: 3, licence: 1, business: 1, detention: 3 })
  })
  it('罚没金额 is fines and confiscations', () => {
    expect(forfeitedFen(row)).toBe(68500000)
  })
  it('finds the 合计 row', () => {
    const total = { ...row, category: null, categoryLabel: '合计' }
    expect(totalRow([row, total])).toBe(total)
    expect(totalRow([row])).toBeNull()
  })
})
