// tests/api/ledgers.test.mjs — the 人民调解 and 信访 ledgers through the API: lists, create and
// update with validation, scope between townships, masking, SQL-injection text, indicators
// and alerts following the records, history and the audit log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, signedIn } from './client.mjs';

async function firstCommittee(c) {
  const r = await c.get('/api/v1/mediation/committees');
  assert.equal(r.status, 200);
  assert.ok(r.data.items.length > 0);
  return r.data.items[0];
}

function newCase(committee, extra = {}) {
  return {
    committeeId: committee.id,
    caseNo: `测调〔2025〕${Math.floor(Math.random() * 1e9)}号`,
    category: 'neighbor',
    startMode: 'application',
    acceptedOn: '2025-06-02',
    summary: '邻里之间因排水沟堵塞发生纠纷',
    outcome: 'open',
    amountFen: 0,
    parties: [
      { kind: 'person', name: '张三', idNumber: '11010519491231002X', phone: '13812345678', address: '某村1组' },
      { kind: 'person', name: '李四', idNumber: '', phone: '', address: '某村2组' },
    ],
    agreement: null,
    ...extra,
  };
}

test('lists page and sort, and refuse an unknown sort field', async () => {
  const c = await signedIn('leader100');
  const page = await c.get('/api/v1/mediation/cases?page=1&pageSize=5&sort=-acceptedOn');
  assert.equal(page.status, 200);
  assert.equal(page.data.items.length, 5);
  assert.ok(page.data.total >= 5);
  const dates = page.data.items.map((x) => x.acceptedOn);
  assert.deepEqual(dates, [...dates].sort().reverse());
  const bad = await c.get('/api/v1/mediation/cases?sort=password');
  assert.equal(bad.status, 400);
  assert.equal(bad.data.field, 'sort');
  const size = await c.get('/api/v1/petitions?pageSize=5000');
  assert.equal(size.status, 400);
  assert.equal(size.data.field, 'pageSize');
});

test('a clerk records a mediation, sees it, updates it, and the indicators follow', async () => {
  const c = await signedIn('clerk100');
  const before = await c.get('/api/v1/indicators?unit=500199100000&year=2025');
  assert.equal(before.status, 200);
  const figure = (doc, code) => doc.indicators.find((i) => i.code === code);
  const committee = await firstCommittee(c);
  const created = await c.post('/api/v1/mediation/cases', newCase(committee));
  assert.equal(created.status, 201, JSON.stringify(created.data));
  const id = created.data.record.id;
  assert.ok(id > 0);
  assert.equal(created.data.record.townshipId, committee.townshipId);
  assert.ok(Array.isArray(created.data.warnings));
  const got = await c.get(`/api/v1/mediation/cases/${id}`);
  assert.equal(got.status, 200);
  assert.equal(got.data.parties[0].idNumber, '11010519491231002X');  // clerks see it whole

  const concluded = { ...got.data, outcome: 'success', concludedOn: '2025-06-20',
    agreement: { form: 'written', effectiveOn: '2025-06-20', terms: '双方各自清理排水沟，7日内完成', amountFen: 0,
      performance: 'performed', performedOn: '2025-06-25', confirmationResult: 'none' } };
  const updated = await c.put(`/api/v1/mediation/cases/${id}`, concluded);
  assert.equal(updated.status, 200, JSON.stringify(updated.data));
  assert.equal(updated.data.record.outcome, 'success');
  const after = await c.get('/api/v1/indicators?unit=500199100000&year=2025');
  assert.equal(figure(after.data, 'med_success_rate').numerator,
    figure(before.data, 'med_success_rate').numerator + 1);
  assert.equal(figure(after.data, 'med_success_rate').denominator,
    figure(before.data, 'med_success_rate').denominator + 1);

  const timeline = await c.get(`/api/v1/mediation/cases/${id}/deadlines`);
  assert.equal(timeline.status, 200);
  assert.ok(timeline.data.items.length >= 1);
  assert.ok(timeline.data.items[0].basis);
  const history = await c.get(`/api/v1/mediation/cases/${id}/history`);
  assert.equal(history.status, 200);
  assert.deepEqual(history.data.items.map((h) => h.action), ['update', 'create']);
  assert.equal(history.data.items[0].after.outcome, 'success');
  assert.equal(history.data.items[0].before.outcome, 'open');
});

test('invalid fields are 400 naming the field, and nothing is written', async () => {
  const c = await signedIn('clerk100');
  const committee = await firstCommittee(c);
  const total = (await c.get('/api/v1/mediation/cases?pageSize=1')).data.total;
  const badId = newCase(committee);
  badId.parties[0].idNumber = '110105194912310021';
  const r = await c.post('/api/v1/mediation/cases', badId);
  assert.equal(r.status, 400);
  assert.equal(r.data.field, 'parties[0].idNumber');
  const badDate = await c.post('/api/v1/mediation/cases', newCase(committee, { acceptedOn: '2025-02-30' }));
  assert.equal(badDate.status, 400);
  assert.equal(badDate.data.field, 'acceptedOn');
  const badEnum = await c.post('/api/v1/mediation/cases', newCase(committee, { outcome: 'won' }));
  assert.equal(badEnum.status, 400);
  assert.equal(badEnum.data.field, 'outcome');
  const en = new Client({ lang: 'en' });
  en.cookie = c.cookie; en.csrf = c.csrf;
  const badEn = await en.post('/api/v1/mediation/cases', newCase(committee, { acceptedOn: 'yesterday' }));
  assert.equal(badEn.status, 400);
  assert.match(badEn.data.message, /^[\x20-\x7e]+$/);
  assert.equal((await c.get('/api/v1/mediation/cases?pageSize=1')).data.total, total);
});

test("another township's record is 404, and cannot be written", async () => {
  const other = await signedIn('clerk101');
  const theirs = (await other.get('/api/v1/mediation/cases?pageSize=1')).data.items[0];
  const theirPetition = (await other.get('/api/v1/petitions?pageSize=1')).data.items[0];
  const c = await signedIn('clerk100');
  assert.equal((await c.get(`/api/v1/mediation/cases/${theirs.id}`)).status, 404);
  assert.equal((await c.get(`/api/v1/petitions/${theirPetition.id}`)).status, 404);
  assert.equal((await c.get(`/api/v1/mediation/cases/${theirs.id}/history`)).status, 404);
  assert.equal((await c.put(`/api/v1/mediation/cases/${theirs.id}`, theirs)).status, 404);
  const list = await c.get(`/api/v1/mediation/cases?townshipId=${theirs.townshipId}`);
  assert.ok([403, 404].includes(list.status), `list of another township: ${list.status}`);
  const county = await signedIn('reviewer');
  assert.equal((await county.get(`/api/v1/mediation/cases/${theirs.id}`)).status, 200);
});

test('SQL-injection text is stored literally and searching for it finds only it', async () => {
  const c = await signedIn('clerk100');
  const committee = await firstCommittee(c);
  const evil = "x'); DROP TABLE mediation_cases; -- ' OR '1'='1";
  const created = await c.post('/api/v1/mediation/cases', newCase(committee, { summary: evil }));
  assert.equal(created.status, 201, JSON.stringify(created.data));
  const got = await c.get(`/api/v1/mediation/cases/${created.data.record.id}`);
  assert.equal(got.data.summary, evil);
  const found = await c.get('/api/v1/mediation/cases?q=' + encodeURIComponent("' OR '1'='1"));
  assert.equal(found.status, 200);
  assert.equal(found.data.total, 1);
  assert.ok((await c.get('/api/v1/mediation/cases?pageSize=1')).data.total > 1);
});

test('personal data is masked for roles without personal_data', async () => {
  const leader = await signedIn('leader100');
  const petitions = await leader.get('/api/v1/petitions?pageSize=50');
  const withId = petitions.data.items.find((p) => p.idNumber);
  assert.ok(withId, 'a demo petition with an ID number');
  assert.match(withId.idNumber, /^\d{6}\*{8}[\dX]{4}$/);
  if (withId.phone) assert.match(withId.phone, /\*{4}/);
  const clerk = await signedIn('clerk100');
  const whole = await clerk.get(`/api/v1/petitions/${withId.id}`);
  assert.match(whole.data.idNumber, /^\d{17}[\dX]$/);
});

test('petitions: create, timeline with legal basis, update', async () => {
  const c = await signedIn('clerk100');
  const created = await c.post('/api/v1/petitions', {
    regNo: `测访〔2025〕${Math.floor(Math.random() * 1e9)}号`, channel: 'visit', source: 'direct',
    receivedOn: '2025-07-01', petitionerName: '王五', idNumber: '', phone: '13900001111', address: '某村',
    groupSize: 1, representatives: 0, category: 'claim', request: '请求解决宅基地纠纷',
    facts: '相邻宅基地界址不清', reasons: '影响建房', urgent: false,
    acknowledgedOn: '2025-07-03', acceptedOn: '2025-07-03', diversion: 'none',
  });
  assert.equal(created.status, 201, JSON.stringify(created.data));
  const id = created.data.record.id;
  const tl = await c.get(`/api/v1/petitions/${id}/deadlines`);
  assert.equal(tl.status, 200);
  const handling = tl.data.items.find((s) => s.rule === 'PET-08');
  assert.ok(handling, JSON.stringify(tl.data));
  assert.ok(handling.due > '2025-08-31');
  assert.match(JSON.stringify(handling.basis), /信访工作条例/);
  const p = (await c.get(`/api/v1/petitions/${id}`)).data;
  const closed = await c.put(`/api/v1/petitions/${id}`, { ...p, closedOn: '2025-08-20', outcome: 'support', replyServedOn: '2025-08-21' });
  assert.equal(closed.status, 200, JSON.stringify(closed.data));
  assert.equal(closed.data.record.closedOn, '2025-08-20');
});

test('the dashboard and alerts answer with indicators, monthly series and alerts', async () => {
  const c = await signedIn('reviewer');
  const d = await c.get('/api/v1/dashboard?unit=500199000000&year=2025');
  assert.equal(d.status, 200);
  assert.ok(d.data.indicators.indicators.length >= 9);
  assert.equal(d.data.monthly.months.length, 12);
  assert.ok(d.data.monthly.series.length >= 4);
  assert.ok(Array.isArray(d.data.alerts.alerts));
  const a = await c.get('/api/v1/alerts?unit=500199000000&on=2025-12-31');
  assert.equal(a.status, 200);
});
