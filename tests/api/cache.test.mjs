// tests/api/cache.test.mjs — the response and session caches never answer with something
// the database no longer says: a repeated list is fresh after a write, masking follows the
// caller, a signed-out session is refused at once, and the indicators follow a change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signedIn } from './client.mjs';

const list = '/api/v1/petitions/receptions';

test('a repeated list shows a record created between the two reads', async () => {
  const c = await signedIn('clerk100');
  const first = await c.get(list);
  const again = await c.get(list);  // served from the cache
  assert.deepEqual(again.data, first.data);
  const created = await c.post(list, { leaderName: '缓存测试', leaderTitle: '镇长', receivedOn: '2025-06-03',
    location: '镇信访接待室', visitors: 2, matters: 1 });
  assert.equal(created.status, 201, JSON.stringify(created.data));
  const after = await c.get(list);
  assert.equal(after.data.items.length, first.data.items.length + 1);
  assert.ok(after.data.items.some((r) => r.id === created.data.record.id));
});

test('masking follows the caller even when the same list was just read by another role', async () => {
  const leader = await signedIn('leader100');
  const clerk = await signedIn('clerk100');
  const path = '/api/v1/mediation/mediators';
  const masked = await leader.get(path);
  const whole = await clerk.get(path);
  const withId = whole.data.items.find((m) => m.idNumber);
  assert.ok(withId, 'a mediator with an ID number');
  assert.ok(!withId.idNumber.includes('*'));
  const sameForLeader = masked.data.items.find((m) => m.id === withId.id);
  assert.match(sameForLeader.idNumber, /\*/);
});

test('after signing out, the old session cookie is refused at once', async () => {
  const c = await signedIn('leader100');
  assert.equal((await c.get(list)).status, 200);
  assert.equal((await c.get(list)).status, 200);
  const cookie = c.cookie;
  const out = await c.request('POST', '/api/v1/auth/logout');
  assert.equal(out.status, 204);
  c.cookie = cookie;  // a stolen copy of the cookie
  assert.equal((await c.get(list)).status, 401);
});

test('the dashboard and indicators follow a change made after they were read', async () => {
  const c = await signedIn('clerk100');
  const url = '/api/v1/indicators?unit=500199100000&year=2025';
  const rate = (doc) => doc.indicators.find((i) => i.code === 'pet_closure_rate');
  const before = await c.get(url);
  await c.get(url);
  const created = await c.post('/api/v1/petitions', {
    regNo: `缓存〔2025〕${Date.now()}号`, channel: 'visit', source: 'direct',
    receivedOn: '2025-05-06', petitionerName: '王五', idNumber: '', phone: '13900001111', address: '某村',
    groupSize: 1, representatives: 0, category: 'claim', request: '请求疏通村道排水沟',
    facts: '雨后村道积水', reasons: '影响通行', urgent: false,
    acknowledgedOn: '2025-05-08', acceptedOn: '2025-05-08', diversion: 'none',
  });
  assert.equal(created.status, 201, JSON.stringify(created.data));
  const after = await c.get(url);
  assert.equal(rate(after.data).denominator, rate(before.data).denominator + 1);
});
