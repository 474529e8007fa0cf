// The API client with a mocked fetch: CSRF header on state changes only, Accept-Language,
// credentials, error body → ApiError, 401 → onUnauthorized (unless opted out).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError, buildQuery, configureApi, downloadFile, filenameFromDisposition, http, resetApiConfig } from '@/api/http'
import { enforcementApi, mediationApi } from '@/api/ledger'
import { authApi } from '@/api/auth'

interface Call {
  url: string
  init: RequestInit
}

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

let calls: Call[]
let next: () => Response
let unauthorized: ApiError[]

beforeEach(() => {
  calls = []
  unauthorized = []
  next = () => jsonResponse(200, { ok: true })
  configureApi({
    getCsrfToken: () => 'tok-123',
    getLanguage: () => 'en-US',
    onUnauthorized: (e) => unauthorized.push(e),
    fetch: async (url, init) => {
      calls.push({ url, init })
      return next()
    },
  })
})
afterEach(() => resetApiConfig())

const header = (c: Call, name: string) => (c.init.headers as Record<string, string>)[name]

describe('CSRF token', () => {
  it('is sent on POST, PUT, PATCH and DELETE', async () => {
    await http.post('a', { x: 1 })
    await http.put('a/1', { x: 2 })
    await http.patch('a/1', { x: 3 })
    await http.del('a/1')
    expect(calls.map((c) => c.init.method)).toEqual(['POST', 'PUT', 'PATCH', 'DELETE'])
    for (const c of calls) expect(header(c, 'X-CSRF-Token')).toBe('tok-123')
  })
  it('is not sent on GET', async () => {
    await http.get('mediation/cases', { page: 1 })
    expect(calls).toHaveLength(1)
    expect(header(calls[0]!, 'X-CSRF-Token')).toBeUndefined()
  })
  it('is left out when the session has none', async () => {
    configureApi({ getCsrfToken: () => null })
    await http.post('auth/login', {})
    expect(header(calls[0]!, 'X-CSRF-Token')).toBeUndefined()
  })
})

describe('requests', () => {
  it('go to /api/v1/ with the same-origin cookie, Accept-Language and JSON', async () => {
    await http.post('mediation/cases', { caseNo: 'A' })
    const c = calls[0]!
    expect(c.url).toBe('/api/v1/mediation/cases')
    expect(c.init.credentials).toBe('same-origin')
    expect(header(c, 'Accept-Language')).toBe('en-US')
    expect(header(c, 'Content-Type')).toBe('application/json')
    expect(c.init.body).toBe('{"caseNo":"A"}')
  })
  it('build the query from the set filters only', async () => {
    await mediationApi.cases.list({ page: 2, pageSize: 50, sort: '-acceptedOn', outcome: 'success', q: '', category: null, townshipId: undefined })
    expect(calls[0]!.url).toBe('/api/v1/mediation/cases?page=2&pageSize=50&sort=-acceptedOn&outcome=success')
    expect(buildQuery({ a: 'x y', b: true, c: false })).toBe('?a=x+y&b=1&c=0')
    expect(buildQuery({})).toBe('')
  })
  it('send an import file as the body with its content type, CSRF and dryRun=1', async () => {
    next = () => jsonResponse(200, { imported: 3, rejected: 1, errors: [{ row: 4, column: '身份证号', reason: 'x' }] })
    const file = new Blob(['a,b\n1,2\n'], { type: 'text/csv' })
    const r = await mediationApi.cases.importFile(file, 'csv', 'valid', true)
    const c = calls[0]!
    expect(c.url).toBe('/api/v1/mediation/cases/import?format=csv&mode=valid&dryRun=1')
    expect(c.init.body).toBe(file)
    expect(header(c, 'Content-Type')).toBe('text/csv; charset=utf-8')
    expect(header(c, 'X-CSRF-Token')).toBe('tok-123')
    expect(r.errors[0]!.row).toBe(4)
    await mediationApi.cases.importFile(file, 'xlsx', 'all', false)
    expect(calls[1]!.url).toBe('/api/v1/mediation/cases/import?format=xlsx&mode=all')
  })
  it('answer undefined for 204', async () => {
    next = () => new Response(null, { status: 204 })
    await expect(authApi.logout()).resolves.toBeUndefined()
  })
  it('unwrap {record, warnings} of a save and {items,total} of a list', async () => {
    next = () => jsonResponse(201, { record: { id: 7 }, warnings: [{ rule: 'MED-06', severity: 'info', message: 'm' }] })
    const saved = await mediationApi.cases.create({} as never)
    expect(saved.record).toEqual({ id: 7 })
    expect(saved.warnings).toHaveLength(1)
    next = () => jsonResponse(200, { items: [{ id: 1 }], total: 41 })
    const page = await mediationApi.cases.list({})
    expect(page.total).toBe(41)
    next = () => jsonResponse(200, [{ id: 1 }, { id: 2 }])
    expect((await mediationApi.committees.list({})).total).toBe(2)
  })
})

describe('errors', () => {
  it('parse the error body into an ApiError', async () => {
    next = () =>
      jsonResponse(400, { code: 'INVALID_ARGUMENT', message: '身份证号校验位错误：应为 X，实际为 5', field: 'parties[1].idNumber', requestId: 'r-1' })
    const e = await http.post('mediation/cases', {}).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(ApiError)
    const err = e as ApiError
    expect(err.status).toBe(400)
    expect(err.code).toBe('INVALID_ARGUMENT')
    expect(err.field).toBe('parties[1].idNumber')
    expect(err.message).toContain('校验位')
    expect(err.requestId).toBe('r-1')
    expect(unauthorized).toHaveLength(0)
  })
  it('keep the status of a body that is not the error JSON', async () => {
    next = () => new Response('<html>bad gateway</html>', { status: 502, headers: { 'X-Request-Id': 'gw-9' } })
    const err = (await http.get('x').catch((x: unknown) => x)) as ApiError
    expect(err.status).toBe(502)
    expect(err.code).toBe('HTTP_502')
    expect(err.message).toBe('')
    expect(err.field).toBeNull()
    expect(err.requestId).toBe('gw-9')
  })
  it('turn a network failure into status 0', async () => {
    configureApi({ fetch: async () => Promise.reject(new TypeError('Failed to fetch')) })
    const err = (await http.get('x').catch((x: unknown) => x)) as ApiError
    expect(err.status).toBe(0)
    expect(err.code).toBe('NETWORK')
  })
  it('423 locked account keeps the server message', async () => {
    next = () => jsonResponse(423, { code: 'FAILED_PRECONDITION', message: '账户已锁定，请 15 分钟后再试', field: null, requestId: 'r' })
    const err = (await authApi.login('a', 'b').catch((x: unknown) => x)) as ApiError
    expect(err.status).toBe(423)
    expect(err.message).toBe('账户已锁定，请 15 分钟后再试')
  })
})

describe('401', () => {
  it('calls onUnauthorized (the app goes to the login page) and still rejects', async () => {
    next = () => jsonResponse(401, { code: 'UNAUTHENTICATED', message: '登录已过期', field: null, requestId: 'r' })
    await expect(http.get('mediation/cases')).rejects.toBeInstanceOf(ApiError)
    expect(unauthorized).toHaveLength(1)
    expect(unauthorized[0]!.code).toBe('UNAUTHENTICATED')
  })
  it('is left to the caller for the login and session calls', async () => {
    next = () => jsonResponse(401, { code: 'UNAUTHENTICATED', message: '用户名或密码错误', field: null, requestId: 'r' })
    await expect(authApi.login('u', 'p')).rejects.toMatchObject({ status: 401, message: '用户名或密码错误' })
    await expect(authApi.session()).rejects.toMatchObject({ status: 401 })
    expect(unauthorized).toHaveLength(0)
  })
  it('403 does not sign out', async () => {
    next = () => jsonResponse(403, { code: 'PERMISSION_DENIED', message: 'CSRF', field: null, requestId: 'r' })
    await expect(http.post('x', {})).rejects.toMatchObject({ status: 403 })
    expect(unauthorized).toHaveLength(0)
  })
})

describe('downloads', () => {
  it('GET the export with the filters and the file name of Content-Disposition', async () => {
    next = () =>
      new Response('a,b', {
        status: 200,
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': "attachment; filename=\"cases.csv\"; filename*=UTF-8''%E8%B0%83%E8%A7%A3.csv" },
      })
    const f = await downloadFile('mediation/cases/export', { format: 'csv', outcome: 'success' }, 'x.csv')
    expect(calls[0]!.url).toBe('/api/v1/mediation/cases/export?format=csv&outcome=success')
    expect(header(calls[0]!, 'X-CSRF-Token')).toBeUndefined()
    expect(f.filename).toBe('调解.csv')
    expect(await f.blob.text()).toBe('a,b')
  })
  it('upload a case document as the raw body with its description in the query, and download it', async () => {
    next = () => jsonResponse(201, { record: { id: 9, documents: [{ id: 3, sha256: 'ab' }] }, warnings: [] })
    const file = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2])], { type: 'image/jpeg' })
    const saved = await enforcementApi.cases.uploadDocument(9, file, { stage: 'filed', evidenceType: 'audio_visual', recordedOn: '2025-06-05', title: '现场照片', fileName: 'p 1.jpg' })
    const c = calls[0]!
    expect(c.init.method).toBe('POST')
    expect(c.url).toBe('/api/v1/enforcement/cases/9/documents?stage=filed&evidenceType=audio_visual&recordedOn=2025-06-05&title=%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87&fileName=p+1.jpg')
    expect(c.init.body).toBe(file)
    expect(header(c, 'Content-Type')).toBe('application/octet-stream')
    expect(header(c, 'X-CSRF-Token')).toBe('tok-123')
    expect(saved.record.documents[0]!.id).toBe(3)
    next = () => new Response('x', { status: 200, headers: { 'Content-Disposition': "attachment; filename=\"download\"; filename*=UTF-8''p%201.jpg" } })
    const f = await enforcementApi.cases.downloadDocument(9, 3, 'evidence')
    expect(calls[1]!.url).toBe('/api/v1/enforcement/cases/9/documents/3/file')
    expect(f.filename).toBe('p 1.jpg')
    next = () => jsonResponse(412, { code: 'FAILED_PRECONDITION', message: '证据文件校验失败', field: 'file' })
    await expect(enforcementApi.cases.downloadDocument(9, 3, 'evidence')).rejects.toMatchObject({ status: 412, code: 'FAILED_PRECONDITION', message: '证据文件校验失败' })
    await enforcementApi.cases.exportFile('xlsx', { stage: 'closed', sort: '-filedOn' }, 'x.xlsx').catch(() => undefined)
    expect(calls[3]!.url).toBe('/api/v1/enforcement/cases/export?stage=closed&sort=-filedOn&format=xlsx')
  })
  it('parses file names', () => {
    expect(filenameFromDisposition(null, 'f.xlsx')).toBe('f.xlsx')
    expect(filenameFromDisposition('attachment; filename="a b.xlsx"', 'f')).toBe('a b.xlsx')
    expect(filenameFromDisposition('attachment; filename=plain.csv', 'f')).toBe('plain.csv')
  })
})
