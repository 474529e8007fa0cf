// 权力事项目录 (LEP-01 事前公开, 国办发〔2018〕118号): the versioned catalogue of a township's
// enforcement powers — the body, the power, its legal basis, procedure and remedy, each version
// with its effective dates — and the public view of the powers in force on a day (no login).
//  * GET enforcement/powers (townshipId, category, effectiveOn, code, q, page, pageSize, sort =
//    code|name|effectiveFrom|id): one row per version; POST a new power (version 1; a taken code
//    409 on `code`); PUT corrects a version in place (code, version, effectiveFrom frozen: 412
//    naming the field); POST …/{id}/revise → the next version from effectiveFrom (the old one
//    closes the day before; not after the old one's start 400 on effectiveFrom, not the latest
//    412 on version); GET …/{id}/history.
//  * GET public/powers?unit=&on= → the powers in force that day for a county or township.
import { http } from './http'
import { resource, toPage, toSaveResult } from './resource'
import type { ActionCategory, AuditRow, Id, SaveResult } from './types'

export interface PowerItem {
  id: Id
  townshipId: Id
  code: string
  version: number
  name: string
  category: ActionCategory
  categoryLabel?: string
  subject: string
  basis: string
  procedure: string
  remedy: string
  note: string
  effectiveFrom: string
  /** null: the latest version */
  effectiveTo: string | null
  latest: boolean
}

export interface PowerItemBody {
  id?: Id
  townshipId: Id
  code: string
  version?: number
  name: string
  category: ActionCategory
  subject: string
  basis: string
  procedure: string
  remedy: string
  note: string
  effectiveFrom: string
}

export interface PublicPower {
  township: string
  code: string
  version: number
  name: string
  category: ActionCategory
  categoryLabel?: string
  subject: string
  basis: string
  procedure: string
  remedy: string
  effectiveFrom: string
  effectiveTo: string | null
}

export interface PublicPowersPage {
  unit: { code: string; name: string }
  on: string
  items: PublicPower[]
  total: number
}

export const powersApi = {
  ...resource<PowerItem, PowerItemBody>('enforcement/powers'),
  revise: async (id: Id, body: PowerItemBody): Promise<SaveResult<PowerItem>> =>
    toSaveResult<PowerItem>(await http.post<unknown>(`enforcement/powers/${id}/revise`, body)),
  history: async (id: Id) => toPage<AuditRow>(await http.get<unknown>(`enforcement/powers/${id}/history`, { pageSize: 200 })).items,
}

export const publicPowersApi = {
  list: (unit: string, on?: string | null) =>
    http.get<PublicPowersPage>('public/powers', { unit, on: on || undefined }, { skipAuthRedirect: true }),
}
