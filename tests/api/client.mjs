// tests/api/client.mjs — a tiny HTTP client for the API tests: keeps the session cookie and
// the CSRF token of one signed-in user, like the browser does.
export const BASE = process.env.FAZHI_API_URL;
export const PASSWORD = 'Fazhi@2025';

export class Client {
  constructor({ lang = 'zh-CN' } = {}) {
    this.cookie = '';
    this.csrf = '';
    this.lang = lang;
  }

  async request(method, path, { body, json, headers = {}, csrf = true } = {}) {
    const h = { 'Accept-Language': this.lang, ...headers };
    if (this.cookie) h.Cookie = this.cookie;
    if (csrf && this.csrf && method !== 'GET') h['X-CSRF-Token'] = this.csrf;
    let payload = body;
    if (json !== undefined) {
      payload = JSON.stringify(json);
      h['Content-Type'] ??= 'application/json';
    }
    const res = await fetch(BASE + path, { method, headers: h, body: payload });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /fazhi_session=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `fazhi_session=${m[1]}` : '';
    }
    const type = res.headers.get('content-type') || '';
    const data = type.includes('json') ? await res.json() : await res.arrayBuffer();
    return { status: res.status, data, headers: res.headers };
  }

  get(path, opts) { return this.request('GET', path, opts); }
  post(path, json, opts = {}) { return this.request('POST', path, { json, ...opts }); }
  put(path, json, opts = {}) { return this.request('PUT', path, { json, ...opts }); }

  async login(username, password = PASSWORD) {
    const r = await this.post('/api/v1/auth/login', { username, password });
    if (r.status === 200) this.csrf = r.data.csrfToken;
    return r;
  }
}

export async function signedIn(username, opts) {
  const c = new Client(opts);
  const r = await c.login(username);
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.data)}`);
  return c;
}
