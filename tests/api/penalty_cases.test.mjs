// tests/api/penalty_cases.test.mjs — the 行政执法案件 ledger through the API: a case carried
// from 立案 to 结案 with its deadlines; every move the law forbids refused with 412 naming the
// rule, the article and the field (PEN-02, PEN-08, PEN-09, PEN-10, PEN-12, PEN-14, PEN-15,
// a stage moved back); field errors (400) and 案号 conflicts (409) with nothing written;
// scope, masking, roles and history. The server runs on the real clock, so every date here is
// relative to today.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { Client, signedIn } from './client.mjs';

const DAY = 86400000;
const day = (offset) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const unique = () => Math.floor(Math.random() * 1e9);

let officerIds = [];

async function newOfficer(c, name) {
  const n = unique();
  const r = await c.post('/api/v1/enforcement/officers', {
    name, agency: '综合行政执法办公室', inPostFrom: day(-800),
    certificates: [{ number: `案测执${n}`, field: '综合行政执法', issuingAuthority: '重庆市人民政府',
      issuedOn: day(-700), expiresOn: day(1000), status: 'valid' }],
  });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  return r.data.record.id;
}

before(async () => {
  const c = await signedIn('clerk100');
  officerIds = [await newOfficer(c, '案件测试甲'), await newOfficer(c, '案件测试乙')];
});

// A general-procedure case with a 500 元 fine on a person (no hearing right, no review
// required), at the stage asked, with what that stage needs.
function caseAt(stage, extra = {}) {
  const c = {
    number: `测罚立〔${unique()}〕号`,
    cause: '占道经营',
    matterType: '市容环境卫生',
    category: 'penalty',
    procedure: 'general',
    stage,
    leadReceivedOn: day(-60),
    filedOn: day(-58),
    actOn: day(-62),
    parties: [{ kind: 'person', name: '张测试', idNumber: '11010519491231002X', phone: '13812345678',
      address: '树人镇新街1号' }],
    officers: officerIds.map((id) => ({ officerId: id })),
    investigatedOn: day(-55),
  };
  const order = ['filed', 'investigation', 'notice', 'statement', 'legal_review', 'collective',
    'decision', 'service', 'execution', 'closed'];
  const at = order.indexOf(stage);
  if (at < 1) delete c.investigatedOn;
  if (at >= 2) {
    c.noticeServedOn = day(-50);
    c.proposed = { kinds: ['fine'], fineFen: 50000, description: '罚款人民币500元' };
  }
  if (at >= 6) {
    c.decidedOn = day(-40);
    c.outcome = 'penalty';
    c.decided = { kinds: ['fine'], fineFen: 50000, description: '罚款人民币500元' };
    c.decisionNumber = `测罚决〔${unique()}〕号`;
  }
  if (at >= 7) { c.servedOn = day(-39); c.serviceMethod = 'direct'; }
  if (at >= 8) { c.executedOn = day(-30); c.paidFen = 50000; }
  if (at >= 9) c.closedOn = day(-29);
  return { ...c, ...extra };
}

function expectRule(r, rule, field, article) {
  assert.equal(r.status, 412, JSON.stringify(r.data));
  assert.equal(r.data.code, 'FAILED_PRECONDITION');
  assert.ok(r.data.message.startsWith(`${rule}：`), r.data.message);
  assert.ok(r.data.message.includes(article), r.data.message);
  assert.equal(r.data.field, field);
}

test('a clerk carries a case from 立案 to 结案; deadlines and history follow', async () => {
  const c = await signedIn('clerk100');
  const created = await c.post('/api/v1/enforcement/cases', caseAt('filed'));
  assert.equal(created.status, 201, JSON.stringify(created.data));
  const r = created.data.record;
  assert.ok(r.id > 0);
  assert.equal(r.stageLabel, '线索/立案');
  assert.equal(r.parties[0].idNumber, '11010519491231002X');  // a clerk sees it whole
  assert.equal(r.officers.length, 2);
  assert.equal(r.officers[0].name, '案件测试甲');  // copied from the register
  assert.equal(r.deadlines.decision.rule, 'PEN-06');
  assert.equal(r.deadlines.decision.rawDue, day(-58 + 90));  // due may roll past a holiday
  assert.ok(r.deadlines.limitationEnds);

  // Step by step to 结案, each PUT sending the whole record back.
  let current = r;
  for (const stage of ['investigation', 'notice', 'decision', 'service', 'execution', 'closed']) {
    const body = { ...caseAt(stage, { number: r.number }), parties: current.parties.map((p) => ({ ...p })) };
    const moved = await c.put(`/api/v1/enforcement/cases/${r.id}`, body);
    assert.equal(moved.status, 200, `${stage}: ${JSON.stringify(moved.data)}`);
    assert.equal(moved.data.record.stage, stage);
    current = moved.data.record;
  }
  assert.equal(current.parties[0].id, r.parties[0].id);  // the party kept its id
  assert.equal(current.deadlines.paymentDue, day(-39 + 15));
  assert.equal(current.deadlines.publication.rule.startsWith('LEP-03'), true);
  // Closed without a record for each stage and not published: LEP-06 and LEP-03 warnings.
  const stored = await c.get(`/api/v1/enforcement/cases/${r.id}`);
  assert.equal(stored.status, 200);
  assert.equal(stored.data.closedOn, day(-29));

  const history = await c.get(`/api/v1/enforcement/cases/${r.id}/history`);
  assert.equal(history.status, 200);
  assert.equal(history.data.total, 7);
  assert.equal(history.data.items.at(-1).action, 'create');

  // The case can no longer go back to 告知.
  const back = await c.put(`/api/v1/enforcement/cases/${r.id}`, { ...caseAt('notice', { number: r.number }) });
  assert.equal(back.status, 412, JSON.stringify(back.data));
  assert.equal(back.data.field, 'stage');

  // Lists find it by party name and by stage; a leader sees the party masked.
  const found = await c.get(`/api/v1/enforcement/cases?q=${encodeURIComponent(r.number)}&stage=closed`);
  assert.equal(found.data.total, 1);
  const leader = await signedIn('leader100');
  const masked = await leader.get(`/api/v1/enforcement/cases/${r.id}`);
  assert.equal(masked.status, 200);
  assert.match(masked.data.parties[0].idNumber, /\*/);
  assert.match(masked.data.parties[0].phone, /\*/);
  // Another township's clerk gets 404; the auditor may not read the ledger.
  assert.equal((await (await signedIn('clerk101')).get(`/api/v1/enforcement/cases/${r.id}`)).status, 404);
  assert.equal((await (await signedIn('auditor')).get('/api/v1/enforcement/cases')).status, 403);
});

test('every move the law forbids is refused with the rule, the article and the field', async () => {
  const c = await signedIn('clerk100');
  const before = (await c.get('/api/v1/enforcement/cases?pageSize=1')).data.total;

  // PEN-02: one officer at the investigation.
  expectRule(await c.post('/api/v1/enforcement/cases',
    caseAt('investigation', { officers: [{ officerId: officerIds[0] }] })), 'PEN-02', 'officers', '第42条');

  // PEN-08: a decision with neither a served 告知 nor a waiver.
  const noNotice = caseAt('decision');
  delete noNotice.noticeServedOn;
  delete noNotice.proposed;
  expectRule(await c.post('/api/v1/enforcement/cases', noNotice), 'PEN-08', 'noticeServedOn', '第44条');

  // PEN-09: a decision heavier than the 告知.
  expectRule(await c.post('/api/v1/enforcement/cases', caseAt('decision', {
    decided: { kinds: ['fine'], fineFen: 80000, description: '罚款人民币800元' } })),
  'PEN-09', 'decided.kinds', '第45条');

  // PEN-12: a hearing requested 20 days after the 告知 (5 working days allowed).
  expectRule(await c.post('/api/v1/enforcement/cases', caseAt('statement', {
    hearingRightNotified: true, hearing: { requestedOn: day(-30) } })),
  'PEN-12', 'hearing.requestedOn', '第64条');

  // PEN-10: a 20,000 元 fine on a person (the default catalogue) decided without 法制审核.
  const big = { kinds: ['fine'], fineFen: 2000000, description: '罚款人民币2万元' };
  expectRule(await c.post('/api/v1/enforcement/cases', caseAt('decision', {
    proposed: big, decided: big, hearingRightNotified: true, rightsWaivedOn: day(-49) })),
  'PEN-10', 'legalReview.reviewedOn', '第58条');

  // PEN-15: a 300 元 fine on a person in the summary procedure (200 元 at most).
  const summary = caseAt('decision', { procedure: 'summary',
    decided: { kinds: ['fine'], fineFen: 30000, description: '罚款人民币300元' } });
  delete summary.investigatedOn;
  delete summary.noticeServedOn;
  delete summary.proposed;
  summary.rightsWaivedOn = day(-40);
  expectRule(await c.post('/api/v1/enforcement/cases', summary), 'PEN-15', 'decided.fineFen', '第51条');

  // PEN-14: electronic service without the party's consent.
  expectRule(await c.post('/api/v1/enforcement/cases', caseAt('service', { serviceMethod: 'electronic' })),
    'PEN-14', 'electronicConsent', '第61条');

  // Nothing of them was written.
  assert.equal((await c.get('/api/v1/enforcement/cases?pageSize=1')).data.total, before);
});

test('bad fields answer 400 naming the field; a taken 案号 is 409; nothing is written', async () => {
  const c = await signedIn('clerk100');
  const before = (await c.get('/api/v1/enforcement/cases?pageSize=1')).data.total;
  const bad = [
    [{ ...caseAt('filed'), parties: [{ name: '李某', idNumber: '110105194912310021' }] }, 'parties[0].idNumber'],
    [{ ...caseAt('filed'), leadReceivedOn: day(5) }, 'leadReceivedOn'],
    [{ ...caseAt('filed'), stage: 'decided' }, 'stage'],
    [{ ...caseAt('notice'), proposed: { kinds: ['fine', 'bogus'], fineFen: 100 } }, 'proposed.kinds[1]'],
    [{ ...caseAt('filed'), officers: [{ officerId: 999999999 }] }, 'officers[0].officerId'],
    [{ ...caseAt('decision'), decisionNumber: '' }, 'decisionNumber'],
    [{ ...caseAt('filed'), legalReview: { submittedOn: day(-50), checklist: [true] } }, 'legalReview.checklist'],
    [{ ...caseAt('filed'), paidFen: '12' }, 'paidFen'],
  ];
  for (const [body, field] of bad) {
    const r = await c.post('/api/v1/enforcement/cases', body);
    assert.equal(r.status, 400, `${field}: ${JSON.stringify(r.data)}`);
    assert.equal(r.data.field, field, JSON.stringify(r.data));
  }
  const first = await c.post('/api/v1/enforcement/cases', caseAt('filed', { number: '重复案号测试〔1〕号' }));
  assert.equal(first.status, 201, JSON.stringify(first.data));
  const twin = await c.post('/api/v1/enforcement/cases', caseAt('filed', { number: '重复案号测试〔1〕号' }));
  assert.equal(twin.status, 409);
  assert.equal(twin.data.field, 'number');
  assert.match(twin.data.message, /案号/);
  assert.equal((await c.get('/api/v1/enforcement/cases?pageSize=1')).data.total, before + 1);

  // An officer of another township cannot handle this township's case.
  const other = await signedIn('clerk101');
  const foreignOfficer = await newOfficer(other, '外乡镇执法员');
  const r = await c.post('/api/v1/enforcement/cases', caseAt('filed', { officers: [{ officerId: foreignOfficer }] }));
  assert.equal(r.status, 400);
  assert.equal(r.data.field, 'officers[0].officerId');
  // …nor may the other clerk write into this township.
  const foreign = await other.post('/api/v1/enforcement/cases', caseAt('filed', { townshipId: first.data.record.townshipId }));
  assert.equal(foreign.status, 403);
});

test('the case ledger goes out as .xlsx and CSV (masked for a leader) and comes back in', async () => {
  const leader = await signedIn('leader100');
  const list = await leader.get('/api/v1/enforcement/cases?receivedFrom=2025-01-01&receivedTo=2025-12-31&pageSize=1');
  assert.equal(list.status, 200);
  assert.ok(list.data.total > 0, 'demo cases in 2025');
  const csv = await leader.get('/api/v1/enforcement/cases/export?format=csv&receivedFrom=2025-01-01&receivedTo=2025-12-31');
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /text\/csv/);
  assert.equal(Number(csv.headers.get('x-export-rows')), list.data.total);
  const text = new TextDecoder().decode(csv.data);
  assert.ok(text.includes('案号') && text.includes('承办人员') && text.includes('决定书文号'), 'the layout header');
  assert.ok(!/\d{17}[\dX]/.test(text), 'a leader never sees a full 身份证号');
  const xlsx = await leader.get('/api/v1/enforcement/cases/export?format=xlsx&stage=closed');
  assert.equal(xlsx.status, 200);
  assert.deepEqual([...new Uint8Array(xlsx.data).slice(0, 2)], [0x50, 0x4b], 'a zip (.xlsx)');

  // Import: a good row, a row whose officer is not in the register, and a row breaking PEN-02.
  const c = await signedIn('clerk100');
  const officers = (await c.get(`/api/v1/enforcement/officers?pageSize=100`)).data.items
    .filter((o) => officerIds.includes(o.id));
  assert.equal(officers.length, 2);
  const n = unique();
  const rows = [
    '案号,案由,事项类别,线索受理日期,立案日期,当事人,当事人证件号码,承办人员,调查取证日期',
    `导入〔${n}〕1号,占道经营,市容环境卫生,${day(-40)},${day(-39)},赵导入,11010519491231002X,${officers[0].name}；${officers[1].name},${day(-38)}`,
    `导入〔${n}〕2号,占道经营,市容环境卫生,${day(-40)},${day(-39)},钱导入,,${officers[0].name}；查无此人,${day(-38)}`,
    `导入〔${n}〕3号,占道经营,市容环境卫生,${day(-40)},${day(-39)},孙导入,,${officers[0].name},${day(-38)}`,
  ].join('\n');
  const before = (await c.get('/api/v1/enforcement/cases?pageSize=1')).data.total;
  const post = (query) => c.request('POST', `/api/v1/enforcement/cases/import?${query}`, {
    body: rows, headers: { 'Content-Type': 'text/csv' } });
  const all = await post('mode=all');
  assert.equal(all.status, 200, JSON.stringify(all.data));
  assert.equal(all.data.imported, 0);
  assert.equal(all.data.rejected, 2);
  const unknown = all.data.errors.find((e) => e.row === 3);
  assert.equal(unknown.column, '承办人员', JSON.stringify(all.data.errors));
  assert.match(unknown.reason, /查无此人/);
  const pen02 = all.data.errors.find((e) => e.row === 4);
  assert.match(pen02.reason, /^PEN-02：.*第42条/, JSON.stringify(pen02));
  assert.equal((await c.get('/api/v1/enforcement/cases?pageSize=1')).data.total, before, 'nothing written');
  const valid = await post('mode=valid');
  assert.equal(valid.data.imported, 1, JSON.stringify(valid.data));
  const stored = await c.get(`/api/v1/enforcement/cases/${valid.data.createdIds[0]}`);
  assert.equal(stored.data.stage, 'investigation');  // the furthest date given
  assert.deepEqual(stored.data.officers.map((o) => o.officerId).sort(), [...officerIds].sort());
});

test('evidence files: kept by content and SHA-256, served verified, refused when not evidence', async () => {
  const c = await signedIn('clerk100');
  const created = await c.post('/api/v1/enforcement/cases', caseAt('investigation'));
  assert.equal(created.status, 201, JSON.stringify(created.data));
  const id = created.data.record.id;
  const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(3000, 7), Buffer.from([0, 1, 2, 255])]);
  const upload = (query, body) => c.request('POST', `/api/v1/enforcement/cases/${id}/documents?${query}`, {
    body, headers: { 'Content-Type': 'application/octet-stream' } });
  const q = (extra) => new URLSearchParams({ stage: 'investigation', evidenceType: 'audio_visual',
    recordedOn: day(-55), title: '现场照片', fileName: 'photo.jpg', ...extra }).toString();

  const ok = await upload(q({}), photo);
  assert.equal(ok.status, 201, JSON.stringify(ok.data));
  const doc = ok.data.record.documents.at(-1);
  assert.equal(doc.mediaType, 'image/jpeg');
  assert.equal(doc.sizeBytes, photo.length);
  assert.match(doc.sha256, /^[0-9a-f]{64}$/);
  const file = await c.get(`/api/v1/enforcement/cases/${id}/documents/${doc.id}/file`);
  assert.equal(file.status, 200);
  assert.match(file.headers.get('content-type'), /image\/jpeg/);
  assert.deepEqual(Buffer.from(file.data), photo, 'the same bytes come back');
  const history = await c.get(`/api/v1/enforcement/cases/${id}/history`);
  assert.equal(history.data.items[0].action, 'update', 'the upload is in the audit log');

  // Not evidence: a web page named .jpg, a PDF named .jpg, an empty body, a stage not reached.
  const html = await upload(q({}), Buffer.from('<html><body>不是照片</body></html>'));
  assert.equal(html.status, 400);
  assert.equal(html.data.field, 'file');
  assert.match(html.data.message, /无法识别/);
  const pdf = await upload(q({}), Buffer.from('%PDF-1.7\n' + 'x'.repeat(100)));
  assert.equal(pdf.status, 400);
  assert.match(pdf.data.message, /application\/pdf/);
  const later = await upload(q({ stage: 'decision' }), photo);
  assert.equal(later.status, 400);
  assert.equal(later.data.field, 'stage');
  const untitled = await upload(q({ title: '' }), photo);
  assert.equal(untitled.status, 400);
  assert.equal(untitled.data.field, 'title');
  assert.equal((await c.get(`/api/v1/enforcement/cases/${id}`)).data.documents.length, 1, 'nothing else added');

  // Another township gets 404 for the file; the auditor 403.
  assert.equal((await (await signedIn('clerk101')).get(`/api/v1/enforcement/cases/${id}/documents/${doc.id}/file`)).status, 404);
  assert.equal((await (await signedIn('auditor')).get(`/api/v1/enforcement/cases/${id}/documents/${doc.id}/file`)).status, 403);

  // Altered behind the server's back (SQLite runs only): refused, never served.
  if (process.env.FAZHI_BACKEND === 'sqlite') {
    const file = process.env.FAZHI_DB.replace(/^sqlite:/, '');
    execFileSync('sqlite3', [file, `UPDATE evidence_file SET content = X'FFD8FF00' WHERE sha256 = '${doc.sha256}'`]);
    const altered = await c.get(`/api/v1/enforcement/cases/${id}/documents/${doc.id}/file`);
    assert.equal(altered.status, 412);
    assert.equal(altered.data.field, 'file');
    assert.match(altered.data.message, /SHA-256/);
  }
});

test('the public page lists published decisions without login and without personal data', async () => {
  const anyone = new Client();
  const r = await anyone.get('/api/v1/public/decisions?unit=500199000000&year=2025&pageSize=100');
  assert.equal(r.status, 200, JSON.stringify(r.data));
  assert.equal(r.data.unit.name, '云岭县');
  assert.ok(r.data.total > 0, 'the demo publishes decisions');
  const text = JSON.stringify(r.data);
  assert.ok(!/\d{17}[\dX]/.test(text), 'no 身份证号');
  assert.ok(!/1[3-9]\d{9}/.test(text), 'no mobile number');
  for (const d of r.data.items) {
    assert.ok(d.publishedOn && d.decisionNumber, JSON.stringify(d));
    assert.equal(d.id, undefined);
    for (const p of d.parties) assert.ok(p.endsWith('某') || /公司|商店|合作社|厂|部/.test(p), p);
  }
  // The same number as the clerk's own list of published 2025 decisions of the county.
  const reviewer = await signedIn('reviewer');
  const published = await reviewer.get('/api/v1/enforcement/cases?published=true&decidedFrom=2025-01-01&decidedTo=2025-12-31&pageSize=1');
  assert.equal(published.data.total, r.data.total);
  // Decisions still to be published, each with its publication deadline.
  const due = await reviewer.get('/api/v1/enforcement/cases?published=false&pageSize=100');
  assert.ok(due.data.total > 0, 'the demo leaves a decision unpublished');
  for (const c of due.data.items) {
    assert.equal(c.publishedOn, null);
    assert.ok(c.deadlines.publication.due, JSON.stringify(c.deadlines));
  }
  assert.equal((await anyone.get('/api/v1/public/decisions?unit=500199999000&year=2025')).status, 404);
  assert.equal((await anyone.get('/api/v1/public/decisions?year=2025')).status, 400);
});

test('the annual enforcement data (LEP-05): six categories and a total, as data and as .xlsx', async () => {
  const reviewer = await signedIn('reviewer');
  const r = await reviewer.get('/api/v1/enforcement/statistics?year=2025');
  assert.equal(r.status, 200, JSON.stringify(r.data));
  assert.equal(r.data.unit.code, '500199000000', 'a county user gets the county by default');
  assert.deepEqual(r.data.rows.map((x) => x.categoryLabel),
    ['行政许可', '行政处罚', '行政强制', '行政征收', '行政征用', '行政检查', '合计']);
  const penalty = r.data.rows[1];
  const total = r.data.rows[6];
  assert.ok(penalty.decided > 0 && penalty.byKind.fine > 0 && penalty.finesFen > 0, JSON.stringify(penalty));
  assert.equal(total.decided, r.data.rows.slice(0, 6).reduce((n, x) => n + x.decided, 0));
  // The decisions counted are the county's 2025 decisions.
  const decided = await reviewer.get('/api/v1/enforcement/cases?decidedFrom=2025-01-01&decidedTo=2025-12-31&pageSize=1');
  assert.equal(total.decided, decided.data.total);
  const xlsx = await reviewer.get('/api/v1/enforcement/statistics?year=2025&format=xlsx');
  assert.equal(xlsx.status, 200);
  assert.match(decodeURIComponent(xlsx.headers.get('content-disposition')), /行政执法数据统计表_云岭县_2025\.xlsx/);
  const clerk = await signedIn('clerk100');
  const own = await clerk.get('/api/v1/enforcement/statistics?year=2025&format=csv');
  assert.equal(own.status, 200);
  assert.ok(new TextDecoder().decode(own.data).includes('合计'));
  assert.equal((await clerk.get('/api/v1/enforcement/statistics?unit=500199000000&year=2025')).status, 404,
    'a township clerk cannot read the county');
});
