// The outcome of a client-side check: ok with a value, or a message key under
// `validation.` with its parameters (the message itself comes from the locale files, so
// the checks speak both languages).
export type Params = Record<string, string | number>

export interface Failure {
  ok: false
  /** i18n key, e.g. "validation.idcard.checkChar" */
  key: string
  params: Params
}

export interface Notice {
  key: string
  params: Params
}

export type Checked<T> = ({ ok: true } & T) | Failure

export function fail(key: string, params: Params = {}): Failure {
  return { ok: false, key, params }
}
