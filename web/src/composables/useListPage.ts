// Lists with paging, sorting and filters.
//  * Server-side (the default; cases, petitions, disputes, audit, history): page (from 1),
//    pageSize, sort ("field" / "-field", only the fields the route allows) and the filters go
//    to the API; the answer is {items,total}.
//  * Client-side (clientPaging: the routes that answer every row at once — committees,
//    mediators, screening rounds, receptions, users): the filters the route knows go to the
//    API, then `clientFilter`, sorting and paging happen here.
import { computed, ref, shallowRef } from 'vue'
import type { Query } from '@/api/http'
import type { Page } from '@/api/types'
import { notifyError } from '@/utils/errors'
import { toSortParam } from '@/utils/format'

export interface ListPageOptions<T> {
  pageSize?: number
  defaultSort?: string
  /** The route answers all rows: page and sort locally. */
  clientPaging?: boolean
  /** Local filter applied to the rows (client paging only). */
  clientFilter?: (item: T) => boolean
}

/** Compares two cell values: nulls last, numbers numerically, text in zh-CN collation. */
export function compareValues(a: unknown, b: unknown): number {
  const na = a === null || a === undefined || a === ''
  const nb = b === null || b === undefined || b === ''
  if (na || nb) return na === nb ? 0 : na ? 1 : -1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b)
  return String(a).localeCompare(String(b), 'zh-CN', { numeric: true })
}

/** Sorts rows by a sort parameter ("field" or "-field"); stable. */
export function sortRows<T>(rows: readonly T[], sort: string | undefined): T[] {
  if (!sort) return [...rows]
  const desc = sort.startsWith('-')
  const field = desc ? sort.slice(1) : sort
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => {
      const c = compareValues((x.row as Record<string, unknown>)[field], (y.row as Record<string, unknown>)[field])
      return (desc ? -c : c) || x.i - y.i
    })
    .map((x) => x.row)
}

export function useListPage<T>(fetcher: (q: Query) => Promise<Page<T>>, filters: () => Query, options: ListPageOptions<T> = {}) {
  const all = shallowRef<T[]>([])
  const serverItems = shallowRef<T[]>([])
  const serverTotal = ref(0)
  const page = ref(1)
  const pageSize = ref(options.pageSize ?? 20)
  const sort = ref<string | undefined>(options.defaultSort)
  const loading = ref(false)
  let seq = 0

  const filtered = computed(() => {
    const rows = options.clientFilter ? all.value.filter(options.clientFilter) : all.value
    return sortRows(rows, sort.value)
  })
  const items = computed<T[]>(() => {
    if (!options.clientPaging) return serverItems.value
    const start = (page.value - 1) * pageSize.value
    return filtered.value.slice(start, start + pageSize.value)
  })
  const total = computed(() => (options.clientPaging ? filtered.value.length : serverTotal.value))

  function query(): Query {
    if (options.clientPaging) return { ...filters() }
    return { ...filters(), page: page.value, pageSize: pageSize.value, sort: sort.value }
  }

  async function load() {
    const mine = ++seq
    loading.value = true
    try {
      const result = await fetcher(query())
      if (mine !== seq) return
      if (options.clientPaging) {
        all.value = result.items
      } else {
        serverItems.value = result.items
        serverTotal.value = result.total
      }
    } catch (e) {
      if (mine === seq) notifyError(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function search() {
    page.value = 1
    return load()
  }

  function onSortChange(e: { prop: string | null; order: string | null }) {
    sort.value = toSortParam(e.prop, e.order) ?? options.defaultSort
    page.value = 1
    return options.clientPaging ? Promise.resolve() : load()
  }

  function onPageChange(p: number) {
    page.value = p
    return options.clientPaging ? Promise.resolve() : load()
  }

  function onSizeChange(size: number) {
    pageSize.value = size
    page.value = 1
    return options.clientPaging ? Promise.resolve() : load()
  }

  /** Re-apply the local filter (client paging) from page 1. */
  function refilter() {
    page.value = 1
  }

  return { items, total, page, pageSize, sort, loading, load, search, refilter, query, onSortChange, onPageChange, onSizeChange }
}

export const PAGE_SIZES = [20, 50, 100, 200]
