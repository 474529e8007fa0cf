// tests/api/roles.test.mjs — 三员分立: what each role may and may not reach, and the audit log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, signedIn } from './client.mjs';

test('the auditor reads the audit log and nothing else', async () => {
  const a = await signedIn('auditor');
  assert.equal((await a.get('/api/v1/mediation/cases')).status, 403);
  assert.equal((await a.get('/api/v1/petitions')).status, 403);
  assert.equal((await a.get('/api/v1/users')).status, 403);
  assert.equal((await a.get('/api/v1/indicators?unit=500199000000&year=2025')).status, 403);
  const log = await a.get('/api/v1/audit?pageSize=20');
  assert.equal(log.status, 200);
  assert.ok(log.data.total > 0);
  const verify = await a.get('/api/v1/audit/verify');
  assert.equal(verify.status, 200);
  assert.equal(verify.data.intact, true);
});

test('the security admin manages accounts and cannot read ledgers', async () => {
  const s = await signedIn('secadmin');
  assert.equal((await s.get('/api/v1/mediation/cases')).status, 403);
  assert.equal((await s.get('/api/v1/audit')).status, 403);
  const users = await s.get('/api/v1/users');
  assert.equal(users.status, 200);
  assert.ok(users.data.items.every((u) => u.passwordHash === undefined));
  const weak = await s.post('/api/v1/users', { username: 'newclerk', displayName: '新业务员', role: 'clerk', unitCode: '500199100000', password: 'short' });
  assert.equal(weak.status, 400);
  assert.equal(weak.data.field, 'password');
  const ok = await s.post('/api/v1/users', { username: 'newclerk', displayName: '新业务员', role: 'clerk', unitCode: '500199100000', password: 'Strong-Pass-2025' });
  assert.equal(ok.status, 201, JSON.stringify(ok.data));
  const c = new Client();
  assert.equal((await c.login('newclerk', 'Strong-Pass-2025')).status, 200);
  assert.equal((await c.get('/api/v1/mediation/cases?pageSize=1')).status, 200);
});

test('leaders and county reviewers read but do not write', async () => {
  const leader = await signedIn('leader100');
  const r = await leader.post('/api/v1/mediation/screening-rounds', { heldOn: '2025-03-01', organiser: '司法所', scope: '全镇' });
  assert.equal(r.status, 403);
  const reviewer = await signedIn('reviewer');
  const all = await reviewer.get('/api/v1/mediation/cases?pageSize=1');
  const own = await leader.get('/api/v1/mediation/cases?pageSize=1');
  assert.ok(all.data.total > own.data.total);
});

test('every change is in the audit log with who and what', async () => {
  const c = await signedIn('clerk100');
  const round = await c.post('/api/v1/mediation/screening-rounds', { heldOn: '2025-04-01', organiser: '综治办', scope: '全镇', notes: '审计测试' });
  assert.equal(round.status, 201, JSON.stringify(round.data));
  const a = await signedIn('auditor');
  const log = await a.get(`/api/v1/audit?entity=screening_round&entityId=${round.data.record.id}`);
  assert.equal(log.status, 200);
  assert.equal(log.data.items.length, 1);
  assert.equal(log.data.items[0].actorUsername, 'clerk100');
  assert.equal(log.data.items[0].action, 'create');
  assert.equal(log.data.items[0].after.notes, '审计测试');
  const logins = await a.get('/api/v1/audit?action=login&actor=clerk100');
  assert.ok(logins.data.total >= 1);
});
