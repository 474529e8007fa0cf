import { http } from './http'
import { resource, toPage, toRecord } from './resource'
import type { Department, Id, Page, Region, RegionLevel, User } from './types'
import { toSaveResult } from './resource'

/** POST units: the level and the parent follow from the 12-digit code. */
export interface UnitInput {
  code: string
  name: string
}

/** POST departments. */
export interface DepartmentInput {
  unitCode: string
  name: string
  kind: string
}

export const orgApi = {
  /** Every unit in scope, optionally one level and/or the children of one parent. */
  listUnits: async (query: { level?: RegionLevel; parentId?: Id | null } = {}) =>
    toPage<Region>(await http.get<unknown>('units', { level: query.level, parentId: query.parentId })),
  getUnit: async (id: Id) => toRecord<Region>(await http.get<unknown>(`units/${id}`)),
  createUnit: async (body: UnitInput) => toSaveResult<Region>(await http.post<unknown>('units', body)),
  listDepartments: async (unitId?: Id | null): Promise<Page<Department>> =>
    toPage<Department>(await http.get<unknown>('departments', { unitId })),
  createDepartment: async (body: DepartmentInput) =>
    toSaveResult<Department>(await http.post<unknown>('departments', body)),
}

export interface NewUserInput {
  username: string
  displayName: string
  role: string
  unitCode: string
  password: string
}

const users = resource<User, NewUserInput>('users')

export const usersApi = {
  /** Every account in scope at once: {items,total}. */
  list: users.list,
  create: users.create,
  /** Enable or disable; disabling ends the user's sessions. 204. */
  setActive: (id: Id, active: boolean) => http.post<void>(`users/${id}/active`, { active }),
  resetPassword: (id: Id, newPassword: string) => http.post<void>(`users/${id}/password`, { newPassword }),
  /** No body. 204. */
  unlock: (id: Id) => http.post<void>(`users/${id}/unlock`),
}
