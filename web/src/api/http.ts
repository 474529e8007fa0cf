// The fetch wrapper every API call goes through.
//  * credentials 'same-origin' (the HttpOnly session cookie fazhi_session);
//  * JSON in and out; `Accept-Language` from the chosen UI language;
//  * `X-CSRF-Token` (from the login/session response) on POST/PUT/PATCH/DELETE only;
//  * an error body {code,message,field,requestId} becomes an ApiError;
//  * 401 calls the configured onUnauthorized (the app goes to the login page), unless the
//    call opts out (the login and session calls themselves).
// The module keeps no reference to pinia or the router: main.ts wires them in configureApi,
// so the client is unit-tested with a mocked fetch.
import type { ErrorBody } from './types'

export const API_BASE = '/api/v1/'

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly field: string | null
  readonly requestId: string | null

  constructor(status: number, body: Partial<ErrorBody>) {
    super(body.message ?? '')
    this.name = 'ApiError'
    this.status = status
    this.code = body.code ?? (status === 0 ? 'NETWORK' : 'HTTP_' + status)
    this.field = body.field ?? null
    this.requestId = body.requestId ?? null
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

export interface ApiConfig {
  baseUrl: string
  getCsrfToken: () => string | null | undefined
  getLanguage: () => string
  onUnauthorized: (error: ApiError) => void
  fetch: (input: string, init: RequestInit) => Promise<Response>
}

const defaultConfig = (): ApiConfig => ({
  baseUrl: API_BASE,
  getCsrfToken: () => null,
  getLanguage: () => 'zh-CN',
  onUnauthorized: () => {},
  fetch: (input, init) => globalThis.fetch(input, init),
})

let config: ApiConfig = defaultConfig()

export function configureApi(partial: Partial<ApiConfig>): void {
  config = { ...config, ...partial }
}

export function resetApiConfig(): void {
  config = defaultConfig()
}

export type QueryValue = string | number | boolean | null | undefined
export type Query = Record<string, QueryValue>

/** `?a=1&b=x` from the set values; null, undefined and '' are left out. */
export function buildQuery(query?: Query): string {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue
    params.append(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value))
  }
  const s = params.toString()
  return s ? '?' + s : ''
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface RequestOptions {
  query?: Query
  /** A JSON value, or a Blob/File sent as is (with contentType). */
  body?: unknown
  contentType?: string
  /** The Accept header (default application/json). */
  accept?: string
  /** Do not call onUnauthorized on 401 (login, session probe). */
  skipAuthRedirect?: boolean
  signal?: AbortSignal
}

const STATE_CHANGING: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

function isBlob(v: unknown): v is Blob {
  return typeof Blob !== 'undefined' && v instanceof Blob
}

async function send(method: Method, path: string, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: opts.accept ?? 'application/json',
    'Accept-Language': config.getLanguage(),
  }
  let body: BodyInit | undefined
  if (opts.body !== undefined) {
    if (isBlob(opts.body)) {
      body = opts.body
      headers['Content-Type'] = opts.contentType || opts.body.type || 'application/octet-stream'
    } else {
      body = JSON.stringify(opts.body)
      headers['Content-Type'] = 'application/json'
    }
  }
  if (STATE_CHANGING.has(method)) {
    const token = config.getCsrfToken()
    if (token) headers['X-CSRF-Token'] = token
  }
  const url = config.baseUrl + path.replace(/^\/+/, '') + buildQuery(opts.query)
  let response: Response
  try {
    response = await config.fetch(url, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError(0, { message: e instanceof Error ? e.message : String(e) })
  }
  if (!response.ok) {
    const error = await parseError(response)
    if (response.status === 401 && !opts.skipAuthRedirect) config.onUnauthorized(error)
    throw error
  }
  return response
}

/** The ApiError of a failed response; a body that is not the error JSON keeps its status. */
export async function parseError(response: Response): Promise<ApiError> {
  let parsed: Partial<ErrorBody> = {}
  try {
    const text = await response.text()
    if (text) {
      const json: unknown = JSON.parse(text)
      if (json && typeof json === 'object') {
        const o = json as Record<string, unknown>
        // Accept the documented body, and the CLI's {"error":{…}} wrapping just in case.
        const e = (o.error && typeof o.error === 'object' ? o.error : o) as Record<string, unknown>
        parsed = {
          code: typeof e.code === 'string' ? e.code : undefined,
          message: typeof e.message === 'string' ? e.message : undefined,
          field: typeof e.field === 'string' && e.field ? e.field : null,
          requestId: typeof e.requestId === 'string' ? e.requestId : null,
        }
      }
    }
  } catch {
    // not JSON: keep the status only
  }
  if (!parsed.requestId) parsed.requestId = response.headers.get('X-Request-Id')
  return new ApiError(response.status, parsed)
}

export async function request<T>(method: Method, path: string, opts: RequestOptions = {}): Promise<T> {
  const response = await send(method, path, opts)
  if (response.status === 204) return undefined as T
  const text = await response.text()
  if (!text) return undefined as T
  return JSON.parse(text) as T
}

export const http = {
  get: <T>(path: string, query?: Query, opts: Omit<RequestOptions, 'query' | 'body'> = {}) =>
    request<T>('GET', path, { ...opts, query }),
  post: <T>(path: string, body?: unknown, opts: Omit<RequestOptions, 'body'> = {}) =>
    request<T>('POST', path, { ...opts, body }),
  put: <T>(path: string, body?: unknown, opts: Omit<RequestOptions, 'body'> = {}) =>
    request<T>('PUT', path, { ...opts, body }),
  patch: <T>(path: string, body?: unknown, opts: Omit<RequestOptions, 'body'> = {}) =>
    request<T>('PATCH', path, { ...opts, body }),
  del: <T>(path: string, opts: RequestOptions = {}) => request<T>('DELETE', path, opts),
}

export interface DownloadedFile {
  blob: Blob
  filename: string
}

/** The file name of a Content-Disposition header (RFC 6266 filename* first). */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''))
    } catch {
      // fall through
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header)
  return plain?.[1]?.trim() || fallback
}

/** GET a file (export): the body as a Blob and its file name. */
export async function downloadFile(path: string, query: Query, fallbackName: string): Promise<DownloadedFile> {
  const response = await send('GET', path, { query, accept: '*/*' })
  const blob = await response.blob()
  return { blob, filename: filenameFromDisposition(response.headers.get('Content-Disposition'), fallbackName) }
}
