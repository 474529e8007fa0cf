// 权力事项目录 (LEP-01) form logic: form ⇄ body, the client checks mirroring the server's, the
// modes (create / correct / revise), a version's state on a day and the public grouping.
import { describe, expect, it } from 'vitest'
import type { PowerItem } from '@/api/powers'
import {
  dayBefore,
  emptyPower,
  formToPower,
  groupByCategory,
  isLatest,
  powerFrozenProps,
  powerProblems,
  powerState,
  powerToForm,
} from '@/forms/powerForm'

const v1: PowerItem = {
  id: 7,
  townshipId: 3,
  code: 'CF-001',
  version: 1,
  name: '对占道经营行为的行政处罚',
  category: 'penalty',
  categoryLabel: '行政处罚',
  subject: '树人镇人民政府',
  basis: '《城市市容和环境卫生管理条例》第36条',
  procedure: '立案—调查—决定',
  remedy: '行政复议或行政诉讼',
  note: '',
  effectiveFrom: '2025-01-01',
  effectiveTo: null,
  latest: true,
}

const filled = () => powerToForm(v1)

describe('power form', () => {
  it('maps a version to the form and back, texts trimmed, id and version kept', () => {
    const f = filled()
    f.name = '  对占道经营行为的行政处罚 '
    const b = formToPower(f)
    expect(b).toEqual({
      id: 7, townshipId: 3, code: 'CF-001', version: 1, name: '对占道经营行为的行政处罚', category: 'penalty',
      subject: '树人镇人民政府', basis: v1.basis, procedure: v1.procedure, remedy: v1.remedy, note: '', effectiveFrom: '2025-01-01',
    })
  })
  it('a new power has no id or version in its body', () => {
    const b = formToPower(emptyPower(3))
    expect(b.id).toBeUndefined()
    expect(b.version).toBeUndefined()
    expect(b.townshipId).toBe(3)
  })
  it('requires every field but the note', () => {
    const p = powerProblems(emptyPower(3))
    expect(Object.keys(p).sort()).toEqual(['basis', 'code', 'effectiveFrom', 'name', 'procedure', 'remedy', 'subject'])
    expect(p.code?.key).toBe('validation.required')
    expect(powerProblems(filled())).toEqual({})
    const blank = filled()
    blank.subject = '   '
    expect(powerProblems(blank).subject?.key).toBe('validation.required')
  })
  it('limits the lengths in characters as the server does', () => {
    const f = filled()
    f.code = 'X'.repeat(50)
    f.name = '罚'.repeat(100)
    f.subject = '镇'.repeat(100)
    f.basis = '法'.repeat(2000)
    expect(powerProblems(f)).toEqual({})
    f.code = 'X'.repeat(51)
    f.name = '罚'.repeat(101)
    f.subject = '镇'.repeat(101)
    f.basis = '法'.repeat(2001)
    f.procedure = '程'.repeat(2001)
    f.remedy = '救'.repeat(2001)
    const p = powerProblems(f)
    expect(p.code).toEqual({ key: 'powers.validation.tooLong', params: { max: 50 } })
    expect(p.name?.params).toEqual({ max: 100 })
    expect(p.subject?.params).toEqual({ max: 100 })
    for (const k of ['basis', 'procedure', 'remedy']) expect(p[k]?.params, k).toEqual({ max: 2000 })
  })
  it('a revision starts without a date, which must be after the current version\'s', () => {
    const f = powerToForm(v1, 'revise')
    expect(f.effectiveFrom).toBeNull()
    expect(f.code).toBe('CF-001')
    expect(powerProblems(f, 'revise', v1.effectiveFrom).effectiveFrom?.key).toBe('validation.required')
    f.effectiveFrom = '2025-01-01'
    expect(powerProblems(f, 'revise', v1.effectiveFrom).effectiveFrom).toEqual({ key: 'powers.validation.reviseAfter', params: { date: '2025-01-01' } })
    f.effectiveFrom = '2024-12-31'
    expect(powerProblems(f, 'revise', v1.effectiveFrom).effectiveFrom?.key).toBe('powers.validation.reviseAfter')
    f.effectiveFrom = '2025-01-02'
    expect(powerProblems(f, 'revise', v1.effectiveFrom)).toEqual({})
    // A correction or a new power has no such bound.
    f.effectiveFrom = '2024-06-01'
    expect(powerProblems(f, 'correct', v1.effectiveFrom)).toEqual({})
  })
  it('freezes code and start date on a correction, the code on a revision', () => {
    expect([...powerFrozenProps('correct')].sort()).toEqual(['code', 'effectiveFrom'])
    expect([...powerFrozenProps('revise')]).toEqual(['code'])
    expect(powerFrozenProps('create').size).toBe(0)
  })
  it('the old version ends the day before the new one', () => {
    expect(dayBefore('2025-07-01')).toBe('2025-06-30')
    expect(dayBefore('2025-01-01')).toBe('2024-12-31')
    expect(dayBefore('2024-03-01')).toBe('2024-02-29')
  })
  it('tells current, expired and not yet in force by the dates', () => {
    const old = { effectiveFrom: '2025-01-01', effectiveTo: '2025-06-30' }
    const next = { effectiveFrom: '2025-07-01', effectiveTo: null }
    expect(powerState(old, '2025-06-30')).toBe('current')
    expect(powerState(old, '2025-07-01')).toBe('expired')
    expect(powerState(next, '2025-06-30')).toBe('pending')
    expect(powerState(next, '2025-07-01')).toBe('current')
    expect(isLatest({ latest: true, effectiveTo: null })).toBe(true)
    expect(isLatest({ latest: false, effectiveTo: '2025-06-30' })).toBe(false)
  })
  it('groups the public items by category in the order of the six categories, by code then version', () => {
    const items = [
      { category: 'inspection' as const, code: 'JC-001', version: 1 },
      { category: 'penalty' as const, code: 'CF-010', version: 1 },
      { category: 'penalty' as const, code: 'CF-002', version: 1 },
      { category: 'licence' as const, code: 'XK-001', version: 2 },
    ]
    const g = groupByCategory(items)
    expect(g.map((x) => x.category)).toEqual(['penalty', 'licence', 'inspection'])
    expect(g[0]!.items.map((i) => i.code)).toEqual(['CF-002', 'CF-010'])
  })
})
