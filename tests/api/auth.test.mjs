// tests/api/auth.test.mjs — signing in and out, the session cookie, CSRF, lockout, language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, Client, PASSWORD, signedIn } from './client.mjs';

test('health answers without a session', async () => {
  const r = await new Client().get('/api/v1/health');
  assert.equal(r.status, 200);
  assert.equal(r.data.status, 'ok');
});

test('the session cookie is HttpOnly and SameSite=Strict, and the session names the user', async () => {
  const res = await fetch(BASE + '/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'clerk100', password: PASSWORD }),
  });
  assert.equal(res.status, 200);
  const cookie = res.headers.get('set-cookie');
  assert.match(cookie, /fazhi_session=[^;]{32,}/);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  const body = await res.json();
  assert.equal(body.user.username, 'clerk100');
  assert.equal(body.user.role, 'clerk');
  assert.equal(body.user.unit.code, '500199100000');
  assert.ok(body.csrfToken.length >= 32);
  assert.ok(body.permissions.includes('ledger_write'));
  assert.equal(body.user.passwordHash, undefined);

  const c = await signedIn('clerk100');
  const s = await c.get('/api/v1/auth/session');
  assert.equal(s.status, 200);
  assert.equal(s.data.user.username, 'clerk100');
  assert.equal(s.data.csrfToken, c.csrf);
});

test('wrong password and unknown user get the same 401, in the asked language', async () => {
  const zh = await new Client().post('/api/v1/auth/login', { username: 'clerk101', password: 'wrong-Password1' });
  const unknown = await new Client().post('/api/v1/auth/login', { username: 'nobody', password: 'wrong-Password1' });
  assert.equal(zh.status, 401);
  assert.equal(unknown.status, 401);
  assert.equal(zh.data.code, 'UNAUTHENTICATED');
  assert.equal(zh.data.message, unknown.data.message);
  assert.match(zh.data.message, /[\u4e00-\u9fff]/);
  assert.ok(zh.data.requestId);
  const en = await new Client({ lang: 'en-US,en;q=0.9' }).post('/api/v1/auth/login', { username: 'clerk101', password: 'x' });
  assert.equal(en.status, 401);
  assert.match(en.data.message, /^[\x20-\x7e]+$/);
});

test('no session: 401; logout ends the session', async () => {
  const anon = await new Client().get('/api/v1/mediation/cases');
  assert.equal(anon.status, 401);
  const c = await signedIn('leader100');
  assert.equal((await c.get('/api/v1/mediation/cases')).status, 200);
  const cookie = c.cookie;
  const out = await c.post('/api/v1/auth/logout');
  assert.equal(out.status, 204);
  const stale = new Client();
  stale.cookie = cookie;
  assert.equal((await stale.get('/api/v1/mediation/cases')).status, 401);
});

test('a state change without the CSRF token is 403', async () => {
  const c = await signedIn('clerk100');
  const r = await c.request('POST', '/api/v1/mediation/screening-rounds', {
    json: { heldOn: '2025-03-01', organiser: '司法所', scope: '全镇' },
    csrf: false,
  });
  assert.equal(r.status, 403);
  const wrong = await c.request('POST', '/api/v1/mediation/screening-rounds', {
    json: { heldOn: '2025-03-01', organiser: '司法所', scope: '全镇' },
    csrf: false,
    headers: { 'X-CSRF-Token': 'x'.repeat(64) },
  });
  assert.equal(wrong.status, 403);
});

test('five failed logins lock the account: the right password is refused with 423', async () => {
  for (let i = 0; i < 4; i++) {
    const r = await new Client().post('/api/v1/auth/login', { username: 'leader102', password: 'Wrong-pass-' + i });
    assert.equal(r.status, 401, `attempt ${i + 1}`);
  }
  const fifth = await new Client().post('/api/v1/auth/login', { username: 'leader102', password: 'Wrong-pass-4' });
  assert.equal(fifth.status, 423, 'the fifth failure locks the account and says so');
  const locked = await new Client().post('/api/v1/auth/login', { username: 'leader102', password: PASSWORD });
  assert.equal(locked.status, 423);
  assert.equal(locked.data.field, 'username');
  // The security admin can unlock it.
  const sec = await signedIn('secadmin');
  const users = await sec.get('/api/v1/users');
  const leader = users.data.items.find((u) => u.username === 'leader102');
  assert.equal((await sec.post(`/api/v1/users/${leader.id}/unlock`)).status, 204);
  assert.equal((await new Client().post('/api/v1/auth/login', { username: 'leader102', password: PASSWORD })).status, 200);
});

test('malformed JSON, wrong types, wrong content type and oversized bodies', async () => {
  const c = await signedIn('clerk100');
  const bad = await c.request('POST', '/api/v1/mediation/screening-rounds', {
    body: '{"heldOn": ', headers: { 'Content-Type': 'application/json' },
  });
  assert.equal(bad.status, 400);
  assert.equal(bad.data.code, 'INVALID_ARGUMENT');
  const wrongType = await c.post('/api/v1/mediation/screening-rounds', { heldOn: 20250301, organiser: '司法所', scope: '全镇' });
  assert.equal(wrongType.status, 400);
  assert.equal(wrongType.data.field, 'heldOn');
  const text = await c.request('POST', '/api/v1/mediation/screening-rounds', {
    body: 'heldOn=2025-03-01', headers: { 'Content-Type': 'text/plain' },
  });
  assert.equal(text.status, 415);
  const big = await c.post('/api/v1/mediation/screening-rounds', { notes: 'x'.repeat(2 * 1024 * 1024) });
  assert.equal(big.status, 413);
});

test('unknown routes are 404 JSON, wrong methods 405', async () => {
  const c = await signedIn('clerk100');
  const r = await c.get('/api/v1/no-such-thing');
  assert.equal(r.status, 404);
  assert.equal(r.data.code, 'NOT_FOUND');
  const m = await c.request('DELETE', '/api/v1/mediation/cases');
  assert.equal(m.status, 405);
});

test('responses carry security headers and a request id', async () => {
  const r = await new Client().get('/api/v1/health');
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(r.headers.get('cache-control'), 'no-store');
  assert.match(r.headers.get('x-request-id'), /^[0-9a-f]{16}$/);
});
