// The create/edit dialog of a simple record: form state, client validation, save through
// create/update, server 400 on the named field, warnings handed back after save.
import { reactive, ref, useTemplateRef } from 'vue'
import { ElMessage, type FormInstance } from 'element-plus'
import type { Id, RuleFinding, SaveResult } from '@/api/types'
import { provideServerErrors, type ServerErrors } from './useServerErrors'
import { notifyError } from '@/utils/errors'
import { t } from '@/i18n'

export interface EditDialogOptions<TRecord, TForm extends object> {
  empty: () => TForm
  toForm: (r: TRecord) => TForm
  toBody: (f: TForm) => unknown
  create: (body: never) => Promise<SaveResult<TRecord>>
  update: (id: Id, body: never) => Promise<SaveResult<TRecord>>
  onSaved?: (record: TRecord, warnings: RuleFinding[]) => void
  /** A context shared by several dialogs of one page (else this dialog provides its own). */
  server?: ServerErrors
  /** The template ref name of the el-form (ref="formRef" by default). */
  formKey?: string
}

export function useEditDialog<TRecord extends { id: Id }, TForm extends object>(o: EditDialogOptions<TRecord, TForm>) {
  const visible = ref(false)
  const readonly = ref(false)
  const editingId = ref<Id | null>(null)
  const form = reactive(o.empty()) as TForm
  const formRef = useTemplateRef<FormInstance>(o.formKey ?? 'formRef')
  const busy = ref(false)
  const server = o.server ?? provideServerErrors()
  const warnings = ref<RuleFinding[]>([])
  const warningsVisible = ref(false)

  function reset(values: TForm) {
    for (const k of Object.keys(form)) delete (form as Record<string, unknown>)[k]
    Object.assign(form, values)
    server.clear()
    formRef.value?.clearValidate()
  }

  function openCreate() {
    editingId.value = null
    readonly.value = false
    reset(o.empty())
    visible.value = true
  }

  function openEdit(r: TRecord, asReadonly = false) {
    editingId.value = r.id
    readonly.value = asReadonly
    reset(o.toForm(r))
    visible.value = true
  }

  async function submit() {
    server.clear()
    if (!(await formRef.value?.validate().catch(() => false))) return
    busy.value = true
    try {
      const body = o.toBody(form) as never
      const result = editingId.value ? await o.update(editingId.value, body) : await o.create(body)
      ElMessage.success(t('common.saved'))
      visible.value = false
      if (result.warnings.length) {
        warnings.value = result.warnings
        warningsVisible.value = true
      }
      o.onSaved?.(result.record, result.warnings)
    } catch (e) {
      if (!server.apply(e)) notifyError(e)
    } finally {
      busy.value = false
    }
  }

  return { visible, readonly, editingId, form, formRef, busy, server, warnings, warningsVisible, openCreate, openEdit, submit }
}
