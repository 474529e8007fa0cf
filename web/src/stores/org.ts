// Units the ledger pages need: the townships of a county user's county (the township filter
// and the township column), and the villages of a township (committee and dispute forms).
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { orgApi } from '@/api/org'
import type { Id, Region, UnitRef } from '@/api/types'
import { useAuthStore } from './auth'

export const useOrgStore = defineStore('org', () => {
  const townships = ref<Region[]>([])
  const villagesByTownship = ref<Record<Id, Region[]>>({})
  let townshipsLoading: Promise<void> | null = null

  /** The county user's townships (once). Township users get none. */
  function loadTownships(): Promise<void> {
    const auth = useAuthStore()
    if (!auth.isCounty || !auth.user || !(auth.has('org_read') || auth.has('org_admin'))) return Promise.resolve()
    if (townships.value.length) return Promise.resolve()
    if (!townshipsLoading) {
      townshipsLoading = orgApi
        .listUnits({ level: 'township', parentId: auth.user.regionId })
        .then((p) => {
          townships.value = p.items
        })
        .catch(() => {
          townships.value = []
        })
        .finally(() => {
          townshipsLoading = null
        })
    }
    return townshipsLoading
  }

  async function loadVillages(townshipId: Id): Promise<Region[]> {
    const cached = villagesByTownship.value[townshipId]
    if (cached) return cached
    try {
      const page = await orgApi.listUnits({ level: 'village', parentId: townshipId })
      villagesByTownship.value = { ...villagesByTownship.value, [townshipId]: page.items }
      return page.items
    } catch {
      return []
    }
  }

  function townshipName(id: Id | null | undefined): string {
    if (id === null || id === undefined) return ''
    return townships.value.find((r) => r.id === id)?.name ?? String(id)
  }

  function villageName(townshipId: Id, villageId: Id | null | undefined): string {
    if (villageId === null || villageId === undefined) return ''
    return villagesByTownship.value[townshipId]?.find((r) => r.id === villageId)?.name ?? String(villageId)
  }

  /** The signed-in user's own unit (code, name, level): from the session, else GET units/{id}. */
  async function myUnit(): Promise<UnitRef | null> {
    const auth = useAuthStore()
    const u = auth.user
    if (!u) return null
    if (u.unit?.code) return u.unit
    if (!(auth.has('org_read') || auth.has('org_admin'))) return null
    try {
      const r = await orgApi.getUnit(u.regionId)
      const unit: UnitRef = { id: r.id, code: r.code, name: r.name, level: r.level }
      u.unit = unit
      return unit
    } catch {
      return null
    }
  }

  function reset() {
    townships.value = []
    villagesByTownship.value = {}
  }

  return { townships, villagesByTownship, loadTownships, loadVillages, townshipName, villageName, myUnit, reset }
})
