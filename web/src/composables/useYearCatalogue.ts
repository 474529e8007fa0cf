// The 重大行政决策目录 of one township and year, for the decision dialog: every item of that year
// (withdrawn ones too — they count for "the year has a catalogue" and for decisions started
// before the withdrawal, as on the server), reloaded when the township or the year changes.
//   state: 'idle'   no township or no valid year yet (nothing asked)
//          'loading'
//          'listed' the year has items: the dialog offers the ones not withdrawn
//          'empty'  the year has none: free text, and the hint to record the catalogue
//          'failed' the list could not be read: free text, the server checks on save
import { ref, shallowRef, watch, type Ref } from 'vue'
import { decisionApi } from '@/api/ledger'
import type { DecisionCatalogueItem, Id } from '@/api/types'
import { CATALOGUE_PAGE_SIZE, validYear } from '@/forms/decisionCatalogueForm'

export type YearCatalogueState = 'idle' | 'loading' | 'listed' | 'empty' | 'failed'

export function useYearCatalogue(township: Ref<Id | null>, year: Ref<number | null>, active: Ref<boolean>) {
  const items = shallowRef<DecisionCatalogueItem[]>([])
  const state = ref<YearCatalogueState>('idle')
  let seq = 0

  async function load() {
    const mine = ++seq
    const t = township.value
    const y = year.value
    if (!active.value || !t || !validYear(y)) {
      items.value = []
      state.value = 'idle'
      return
    }
    state.value = 'loading'
    try {
      const page = await decisionApi.catalogue.list({ townshipId: t, year: y, page: 1, pageSize: CATALOGUE_PAGE_SIZE, sort: 'title' })
      if (mine !== seq) return
      items.value = page.items
      state.value = page.items.length || page.total ? 'listed' : 'empty'
    } catch {
      if (mine !== seq) return
      items.value = []
      state.value = 'failed'
    }
  }

  watch([township, year, active], () => void load(), { immediate: true })
  return { items, state, reload: load }
}
