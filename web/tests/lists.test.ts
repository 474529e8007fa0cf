// Local sorting/paging of the routes that answer every row, the audit change summary, and the
// sortable columns of the server-paged tables (only the fields the routes accept).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { compareValues, sortRows, useListPage } from '@/composables/useListPage'
import { auditDetail } from '@/utils/audit'
import { daysBetween } from '@/utils/format'

describe('sortRows', () => {
  const rows = [
    { name: '乙', n: 2, d: '2025-03-01' },
    { name: '甲', n: 10, d: null },
    { name: '丙', n: 1, d: '2025-01-01' },
  ]
  it('sorts numbers numerically and puts blanks last', () => {
    expect(sortRows(rows, 'n').map((r) => r.n)).toEqual([1, 2, 10])
    expect(sortRows(rows, '-n').map((r) => r.n)).toEqual([10, 2, 1])
    expect(sortRows(rows, 'd').map((r) => r.d)).toEqual(['2025-01-01', '2025-03-01', null])
    expect(sortRows(rows, undefined)).toEqual(rows)
  })
  it('compares mixed values', () => {
    expect(compareValues('a2', 'a10')).toBeLessThan(0)
    expect(compareValues(null, 'x')).toBeGreaterThan(0)
    expect(compareValues(false, true)).toBeLessThan(0)
  })
})

describe('useListPage', () => {
  it('pages and filters locally for routes without paging', async () => {
    const data = Array.from({ length: 45 }, (_, i) => ({ id: i + 1, name: `u${i + 1}` }))
    const queries: unknown[] = []
    const evenOnly = ref(false)
    const list = useListPage(
      async (q) => {
        queries.push(q)
        return { items: data, total: data.length }
      },
      () => ({ townshipId: 3 }),
      { clientPaging: true, clientFilter: (r) => !evenOnly.value || r.id % 2 === 0, defaultSort: '-id' },
    )
    await list.load()
    expect(queries).toEqual([{ townshipId: 3 }])
    expect(list.total.value).toBe(45)
    expect(list.items.value.map((r) => r.id).slice(0, 3)).toEqual([45, 44, 43])
    await list.onPageChange(3)
    expect(list.items.value.map((r) => r.id)).toEqual([5, 4, 3, 2, 1])
    evenOnly.value = true
    list.refilter()
    expect(list.total.value).toBe(22)
    expect(list.page.value).toBe(1)
    await list.onSortChange({ prop: 'id', order: 'ascending' })
    expect(list.items.value.map((r) => r.id).slice(0, 3)).toEqual([2, 4, 6])
    expect(queries).toHaveLength(1) // paging, sorting and filtering did not call the API again
  })
  it('sends page, pageSize and sort to paged routes', async () => {
    const queries: Record<string, unknown>[] = []
    const list = useListPage(
      async (q) => {
        queries.push(q as Record<string, unknown>)
        return { items: [{ id: 1 }], total: 41 }
      },
      () => ({ outcome: 'success' }),
      { defaultSort: '-acceptedOn' },
    )
    await list.load()
    await list.onSortChange({ prop: 'caseNo', order: 'ascending' })
    await list.onPageChange(3)
    expect(queries[0]).toEqual({ outcome: 'success', page: 1, pageSize: 20, sort: '-acceptedOn' })
    expect(queries[1]).toMatchObject({ page: 1, sort: 'caseNo' })
    expect(queries[2]).toMatchObject({ page: 3, sort: 'caseNo' })
    expect(list.total.value).toBe(41)
  })
})

describe('auditDetail', () => {
  it('lists the changed fields of an update', () => {
    expect(
      auditDetail({ before: { outcome: 'open', concludedOn: null, parties: [1], same: 1 }, after: { outcome: 'success', concludedOn: '2025-03-02', parties: [2], same: 1 } }),
    ).toBe('outcome: open → success; concludedOn: ∅ → 2025-03-02; parties')
  })
  it('shows the record of a create, and nothing for nothing', () => {
    expect(auditDetail({ before: null, after: { a: 1 } })).toBe('a: 1')
    expect(auditDetail({ before: { caseNo: 'X1', mediatorId: null, parties: [{}], note: '' }, after: null })).toBe('caseNo: X1; parties')
    expect(auditDetail({ before: null, after: null })).toBe('')
    expect(auditDetail({ after: 'x'.repeat(400) }, 10)).toBe('x'.repeat(10) + '…')
  })
})

describe('daysBetween', () => {
  it('counts calendar days', () => {
    expect(daysBetween('2025-06-01', '2025-06-08')).toBe(7)
    expect(daysBetween('2025-06-08', '2025-06-01')).toBe(-7)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2)
  })
})

// The sort fields each paged route accepts (src/http/handlers/*: ex.Paging({...})).
const SORTABLE: Record<string, string[]> = {
  'views/mediation/CasesView.vue': ['acceptedOn', 'concludedOn', 'caseNo', 'amountFen', 'id'],
  'views/petition/PetitionsView.vue': ['receivedOn', 'closedOn', 'regNo', 'id'],
  'views/enforcement/PenaltyCasesView.vue': ['leadReceivedOn', 'filedOn', 'decidedOn', 'number', 'id'],
}

describe('server-sorted columns', () => {
  for (const [file, allowed] of Object.entries(SORTABLE)) {
    it(`${file} sorts only by fields the route accepts`, () => {
      const text = readFileSync(join(__dirname, '..', 'src', file), 'utf8')
      const props = [...text.matchAll(/<el-table-column[^>]*\bprop="(\w+)"[^>]*sortable="custom"/g)].map((m) => m[1])
      expect(props.length).toBeGreaterThan(0)
      for (const p of props) expect(allowed, p).toContain(p)
    })
  }
  it('the disputes table sorts by foundOn only', () => {
    const text = readFileSync(join(__dirname, '..', 'src', 'views/mediation/ScreeningsView.vue'), 'utf8')
    const disputes = text.slice(text.indexOf("name=\"disputes\""))
    const props = [...disputes.matchAll(/<el-table-column[^>]*\bprop="(\w+)"[^>]*sortable="custom"/g)].map((m) => m[1])
    expect(props).toEqual(['foundOn'])
  })
})
