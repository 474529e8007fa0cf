// Committees and mediators of a township, for the selects of the case and mediator forms.
import { ref } from 'vue'
import { mediationApi } from '@/api/ledger'
import { listAll } from '@/api/resource'
import type { Id, MediationCommittee, Mediator } from '@/api/types'

export function useLedgerRefs() {
  const committees = ref<MediationCommittee[]>([])
  const mediators = ref<Mediator[]>([])

  async function loadCommittees(townshipId?: Id | null) {
    try {
      committees.value = await listAll(mediationApi.committees, { townshipId: townshipId ?? undefined })
    } catch {
      committees.value = []
    }
  }

  async function loadMediators(townshipId?: Id | null) {
    try {
      mediators.value = await listAll(mediationApi.mediators, { townshipId: townshipId ?? undefined })
    } catch {
      mediators.value = []
    }
  }

  function committeeName(id: Id | null | undefined) {
    if (id === null || id === undefined) return ''
    return committees.value.find((c) => c.id === id)?.name ?? String(id)
  }

  function mediatorName(id: Id | null | undefined) {
    if (id === null || id === undefined) return ''
    return mediators.value.find((m) => m.id === id)?.name ?? String(id)
  }

  return { committees, mediators, loadCommittees, loadMediators, committeeName, mediatorName }
}
