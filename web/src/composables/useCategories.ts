// Dispute categories (MED-11): GET mediation/categories (an extensible table), labelled from
// the locale files when the code is known there, else by the server's label.
import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { mediationApi } from '@/api/ledger'
import type { DisputeCategory } from '@/api/types'
import { ENUMS } from '@/constants/enums'

const loaded = ref<DisputeCategory[] | null>(null)
let pending: Promise<void> | null = null

function ensure(): Promise<void> {
  if (loaded.value) return Promise.resolve()
  if (!pending) {
    pending = mediationApi
      .categories()
      .then((list) => {
        loaded.value = list.length ? list : ENUMS.disputeCategory.map((code) => ({ code, label: code }))
      })
      .catch(() => {
        loaded.value = ENUMS.disputeCategory.map((code) => ({ code, label: code }))
      })
      .finally(() => {
        pending = null
      })
  }
  return pending
}

export function useCategories() {
  const { t, te, locale } = useI18n()
  void ensure()
  function categoryLabel(code: string | null | undefined, serverLabel?: string | null): string {
    if (!code) return ''
    const key = `enum.disputeCategory.${code}`
    if (te(key)) return t(key)
    const c = loaded.value?.find((x) => x.code === code)
    if (c) return locale.value === 'en-US' && c.labelEn ? c.labelEn : c.label
    return serverLabel || code
  }
  const categoryOptions = computed(() => {
    void locale.value
    return (loaded.value ?? ENUMS.disputeCategory.map((code) => ({ code, label: code }))).map((c) => ({
      value: c.code,
      label: categoryLabel(c.code, c.label),
    }))
  })
  return { categoryOptions, categoryLabel }
}
