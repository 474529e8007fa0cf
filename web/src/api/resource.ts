// Helpers shared by the endpoint modules: list/get/create/update of one collection, and
// tolerant unwrapping (a list may come as {items,total} or as a bare array; a detail as the
// record or as {record}).
import { http, type Query } from './http'
import type { Id, Page, SaveResult } from './types'

export function toPage<T>(data: unknown): Page<T> {
  if (Array.isArray(data)) return { items: data as T[], total: data.length }
  const o = (data ?? {}) as Partial<Page<T>>
  const items = Array.isArray(o.items) ? o.items : []
  return { items, total: typeof o.total === 'number' ? o.total : items.length }
}

export function toRecord<T>(data: unknown): T {
  const o = data as { record?: T } | null
  if (o && typeof o === 'object' && 'record' in o && o.record && typeof o.record === 'object') {
    return o.record
  }
  return data as T
}

export function toSaveResult<T>(data: unknown): SaveResult<T> {
  const o = (data ?? {}) as Partial<SaveResult<T>>
  if (o && typeof o === 'object' && 'record' in o) {
    return { record: o.record as T, warnings: Array.isArray(o.warnings) ? o.warnings : [] }
  }
  return { record: data as T, warnings: [] }
}

export interface Resource<T, TInput> {
  list(query?: Query): Promise<Page<T>>
  get(id: Id): Promise<T>
  create(body: TInput): Promise<SaveResult<T>>
  update(id: Id, body: TInput): Promise<SaveResult<T>>
}

export function resource<T, TInput = Partial<T>>(base: string): Resource<T, TInput> {
  return {
    list: async (query) => toPage<T>(await http.get<unknown>(base, query)),
    get: async (id) => toRecord<T>(await http.get<unknown>(`${base}/${id}`)),
    create: async (body) => toSaveResult<T>(await http.post<unknown>(base, body)),
    update: async (id, body) => toSaveResult<T>(await http.put<unknown>(`${base}/${id}`, body)),
  }
}

/** Lists of items that are not paged on the client: fetches up to 200 rows. */
export async function listAll<T>(r: Pick<Resource<T, unknown>, 'list'>, query: Query = {}): Promise<T[]> {
  const page = await r.list({ pageSize: 200, ...query })
  return page.items
}
