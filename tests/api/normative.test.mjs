// tests/api/normative.test.mjs — the 行政规范性文件 ledger through the API: a document carried
// from drafting to 备案; each workflow gate refused with its rule (412); 文号 conflicts; the
// four §17 rates and the NORM-05 alert following the records; scope and history. Dates are
// relative to today (the server runs on the real clock).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signedIn } from './client.mjs';

const DAY = 86400000;
const day = (offset) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const unique = () => Math.floor(Math.random() * 1e9);

function draft(extra = {}) {
  return {
    title: `测试管理办法${unique()}`,
    draftingUnit: '镇党政办公室',
    draftedOn: day(-120),
    opinionsFrom: day(-118),
    opinionsTo: day(-100),
    ...extra,
  };
}

function reviewed(extra = {}) {
  return draft({ reviewSubmittedOn: day(-99), reviewedOn: day(-95), reviewer: '镇法律顾问', reviewerRole: 'legal_adviser',
    reviewOutcome: 'pass', reviewOpinion: '合法', ...extra });
}

function published(extra = {}) {
  return reviewed({ deliberatedOn: day(-90), deliberationMeeting: '镇政府常务会议', signedOn: day(-88), signer: '镇长',
    number: `测规〔${unique()}〕号`, publishedOn: day(-85), publicationChannel: '镇政府门户网站',
    effectiveOn: day(-55), validUntil: day(1500), ...extra });
}

function expectRule(r, rule, field) {
  assert.equal(r.status, 412, JSON.stringify(r.data));
  assert.ok(r.data.message.startsWith(`${rule}：`), r.data.message);
  assert.equal(r.data.field, field, JSON.stringify(r.data));
}

test('a document from drafting to 备案; the gates refused with their rule', async () => {
  const c = await signedIn('clerk100');
  const before = (await c.get('/api/v1/normative/documents?pageSize=1')).data.total;
  expectRule(await c.post('/api/v1/normative/documents', draft({ exclusion: 'minutes' })), 'NORM-01', 'exclusion');
  expectRule(await c.post('/api/v1/normative/documents', draft({ deliberatedOn: day(-90), deliberationMeeting: '会议' })),
    'NORM-03', 'reviewedOn');
  expectRule(await c.post('/api/v1/normative/documents', reviewed({ createsFee: true })), 'NORM-02', 'reviewOutcome');
  expectRule(await c.post('/api/v1/normative/documents', published({ validUntil: day(3000) })), 'NORM-06', 'validUntil');
  const noSign = published();
  delete noSign.signedOn;
  delete noSign.signer;
  expectRule(await c.post('/api/v1/normative/documents', noSign), 'NORM-03', 'signedOn');
  assert.equal((await c.get('/api/v1/normative/documents?pageSize=1')).data.total, before, 'nothing written');

  // Published but not filed, 85 days ago: a NORM-05 warning, an alert, and the filing deadline.
  const created = await c.post('/api/v1/normative/documents', published());
  assert.equal(created.status, 201, JSON.stringify(created.data));
  const r = created.data.record;
  assert.equal(r.isNormative, true);
  assert.equal(r.deadlines.filing.rule, 'NORM-05');
  assert.equal(r.deadlines.filing.rawDue, day(-85 + 30));
  assert.ok(created.data.warnings.some((w) => w.rule === 'NORM-05'), JSON.stringify(created.data.warnings));
  const alerts = await c.get('/api/v1/alerts?unit=500199100000');
  assert.equal(alerts.status, 200);
  assert.ok(alerts.data.alerts.some((a) => a.rule === 'NORM-05' && a.recordId === r.id), 'the filing alert');
  const unfiled = await c.get('/api/v1/normative/documents?filed=false&pageSize=100');
  assert.ok(unfiled.data.items.some((d) => d.id === r.id));

  // Filed late, returned and corrected: the warnings change; the history has both rows.
  const filed = await c.put(`/api/v1/normative/documents/${r.id}`, { ...published({ title: r.title, number: r.number }),
    filedOn: day(-40), filingNumber: '云司备〔测〕1号', filedText: true, filedExplanation: true, filedBasis: true,
    filedReviewOpinion: true, returnedOn: day(-35), returnReason: '缺少起草说明' });
  assert.equal(filed.status, 200, JSON.stringify(filed.data));
  assert.ok(filed.data.warnings.some((w) => w.rule === 'NORM-05' && w.field === 'correctedOn'), JSON.stringify(filed.data.warnings));
  const history = await c.get(`/api/v1/normative/documents/${r.id}/history`);
  assert.equal(history.data.total, 2);

  // A taken 文号 is 409; another township cannot see it; the auditor may not read the ledger.
  const twin = await c.post('/api/v1/normative/documents', published({ number: r.number }));
  assert.equal(twin.status, 409);
  assert.equal(twin.data.field, 'number');
  assert.equal((await (await signedIn('clerk101')).get(`/api/v1/normative/documents/${r.id}`)).status, 404);
  assert.equal((await (await signedIn('auditor')).get('/api/v1/normative/documents')).status, 403);
});

test('the four 规范性文件 rates come from the ledger', async () => {
  const c = await signedIn('clerk100');
  const year = new Date(Date.now() - 85 * DAY).getFullYear();
  const ind = await c.get(`/api/v1/indicators?unit=500199100000&year=${year}`);
  assert.equal(ind.status, 200);
  const codes = ind.data.indicators.map((i) => i.code);
  for (const code of ['norm_filing_rate', 'norm_filing_timely_rate', 'norm_conformity_rate', 'norm_review_rate']) {
    assert.ok(codes.includes(code), `${code} in ${codes}`);
  }
  const review = ind.data.indicators.find((i) => i.code === 'norm_review_rate');
  assert.ok(review.denominator >= 1, JSON.stringify(review));
});

test('the ledger goes out and comes back in; a bad row is reported with its rule', async () => {
  const c = await signedIn('clerk100');
  const csv = await c.get('/api/v1/normative/documents/export?format=csv');
  assert.equal(csv.status, 200);
  const text = new TextDecoder().decode(csv.data);
  assert.ok(text.includes('文件名称') && text.includes('合法性审核意见') && text.includes('报备日期'));
  assert.ok(Number(csv.headers.get('x-export-rows')) > 0);
  const n = unique();
  const rows = [
    '文件名称,文号,起草单位,起草日期,合法性审核送审日期,合法性审核日期,审核人员,合法性审核意见,集体讨论日期,集体讨论会议',
    `导入办法${n},,镇党政办公室,${day(-60)},${day(-55)},${day(-50)},法律顾问,合法,${day(-45)},镇政府常务会议`,
    `导入办法${n}乙,,镇党政办公室,${day(-60)},,,,,${day(-45)},镇政府常务会议`,
  ].join('\n');
  const post = (q) => c.request('POST', `/api/v1/normative/documents/import?${q}`, { body: rows, headers: { 'Content-Type': 'text/csv' } });
  const all = await post('mode=all');
  assert.equal(all.status, 200, JSON.stringify(all.data));
  assert.equal(all.data.imported, 0);
  const bad = all.data.errors.find((e) => e.row === 3);
  assert.match(bad.reason, /^NORM-03：/, JSON.stringify(all.data.errors));
  const valid = await post('mode=valid');
  assert.equal(valid.data.imported, 1, JSON.stringify(valid.data));
  const stored = await c.get(`/api/v1/normative/documents/${valid.data.createdIds[0]}`);
  assert.equal(stored.data.deliberationMeeting, '镇政府常务会议');
});
