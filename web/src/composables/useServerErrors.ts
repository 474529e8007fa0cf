// Server-side validation errors shown on the named field. A form provides a context; every
// FormField registers its prop and shows the error of that prop. An error whose field no
// FormField shows is returned to the caller (which shows it as a message).
import { inject, provide, reactive, type InjectionKey } from 'vue'
import { ApiError } from '@/api/http'
import { fieldPathToProp } from '@/utils/format'

export interface ServerErrors {
  errors: Record<string, string>
  props: Set<string>
  clear(): void
  /** Puts an API 400 error on its field; true when a field shows it. */
  apply(e: unknown): boolean
}

const KEY: InjectionKey<ServerErrors> = Symbol('serverErrors')

export function createServerErrors(): ServerErrors {
  const errors = reactive<Record<string, string>>({})
  const props = new Set<string>()
  return {
    errors,
    props,
    clear() {
      for (const k of Object.keys(errors)) delete errors[k]
    },
    apply(e: unknown) {
      if (!(e instanceof ApiError) || !e.field) return false
      let prop = fieldPathToProp(e.field)
      // Money is edited in 元: the server's "amountFen" is the form's "amountYuan".
      const yuan = prop.replace(/Fen$/, 'Yuan')
      if (!props.has(prop) && props.has(yuan)) prop = yuan
      errors[prop] = e.message
      return props.has(prop)
    },
  }
}

export function provideServerErrors(): ServerErrors {
  const ctx = createServerErrors()
  provide(KEY, ctx)
  return ctx
}

export function useServerErrorsContext(): ServerErrors | null {
  return inject(KEY, null)
}
