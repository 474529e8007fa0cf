// tests/api/officers.test.mjs — the 行政执法人员 register through the API: create with
// certificates, exams and trainings; field errors with nested paths and nothing written;
// certificate-number conflicts; the standing and its filter; scope, masking, roles; the
// 持证率 indicator and the CERT alerts following the records; history in the audit log.
// The server runs on the real clock, so every date here is relative to today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signedIn } from './client.mjs';

const DAY = 86400000;
const day = (offset) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const year = new Date().getFullYear();

function newOfficer(extra = {}) {
  const n = Math.floor(Math.random() * 1e9);
  return {
    name: `测试执法员${n % 1000}`,
    gender: 'female',
    idNumber: '11010519491231002X',
    phone: '13812345678',
    agency: '综合行政执法办公室',
    post: '执法队员',
    education: '本科',
    establishedPost: true,
    inPostFrom: day(-800),
    legalReviewer: false,
    legalQualification: false,
    certificates: [{ number: `测执${n}`, field: '综合行政执法', issuingAuthority: '重庆市人民政府',
      issuedOn: day(-700), expiresOn: day(1000), status: 'valid' }],
    exams: [{ takenOn: day(-760), part: 'general', score: 81 }, { takenOn: day(-760), part: 'special', score: 55 }],
    trainings: [{ heldOn: day(-1), topic: '《行政处罚法》专题培训', hours: 16, organiser: '县司法局' }],
    ...extra,
  };
}

test('a clerk records an officer with certificate, exams and training, and reads it back', async () => {
  const c = await signedIn('clerk100');
  const created = await c.post('/api/v1/enforcement/officers', newOfficer());
  assert.equal(created.status, 201, JSON.stringify(created.data));
  const r = created.data.record;
  assert.ok(r.id > 0);
  assert.equal(r.certificates.length, 1);
  assert.ok(r.certificates[0].id > 0);
  assert.equal(r.certificates[0].statusLabel, '有效');
  assert.equal(r.exams[1].passed, false);  // 55 < the pass mark 60
  assert.equal(r.exams[0].partLabel, '通用法律知识');
  assert.equal(r.standing.certificate, 'valid');
  assert.equal(r.standing.inPost, true);
  assert.equal(r.standing.trainingHoursTarget, 60);
  // The failed special part with no retake is an info finding (CERT-02).
  assert.ok(created.data.warnings.some((w) => w.rule === 'CERT-02' && w.severity === 'info'));

  const got = await c.get(`/api/v1/enforcement/officers/${r.id}`);
  assert.equal(got.status, 200);
  assert.equal(got.data.idNumber, '11010519491231002X');  // a clerk sees it whole
  assert.equal(got.data.trainings[0].hours, 16);

  // The auditor may not read the register; a leader sees it masked.
  const leader = await signedIn('leader100');
  const masked = await leader.get(`/api/v1/enforcement/officers/${r.id}`);
  assert.equal(masked.status, 200);
  assert.match(masked.data.idNumber, /\*/);
  const auditor = await signedIn('auditor');
  assert.equal((await auditor.get('/api/v1/enforcement/officers')).status, 403);

  // Another township's clerk gets 404 for it, and may not write into this township.
  const other = await signedIn('clerk101');
  assert.equal((await other.get(`/api/v1/enforcement/officers/${r.id}`)).status, 404);
  const foreign = await other.post('/api/v1/enforcement/officers', newOfficer({ townshipId: r.townshipId }));
  assert.equal(foreign.status, 403);

  const history = await c.get(`/api/v1/enforcement/officers/${r.id}/history`);
  assert.equal(history.status, 200);
  assert.equal(history.data.items[0].action, 'create');
});

test('bad fields are refused with the nested field named, and nothing is written', async () => {
  const c = await signedIn('clerk100');
  const before = (await c.get('/api/v1/enforcement/officers?pageSize=1')).data.total;
  const cases = [
    [{ agency: '' }, 'agency'],
    [{ inPostFrom: day(30) }, 'inPostFrom'],
    [{ idNumber: '110105194912310021' }, 'idNumber'],
    [{ certificates: [{ number: 'X1', field: '综合行政执法', issuingAuthority: '某', issuedOn: day(-10),
      expiresOn: day(-20) }] }, 'certificates[0].expiresOn'],
    [{ certificates: [{ number: 'X1', field: '综合行政执法', issuingAuthority: '某', issuedOn: day(-10),
      expiresOn: day(100), status: 'lost' }] }, 'certificates[0].statusChangedOn'],
    [{ exams: [{ takenOn: day(-5), part: 'general', score: 120 }] }, 'exams[0].score'],
    [{ trainings: [{ heldOn: day(-5), topic: '培训', hours: 'eight' }] }, 'trainings[0].hours'],
  ];
  for (const [extra, field] of cases) {
    const r = await c.post('/api/v1/enforcement/officers', newOfficer(extra));
    assert.equal(r.status, 400, `${field}: ${JSON.stringify(r.data)}`);
    assert.equal(r.data.field, field);
    assert.ok(r.data.message.length > 0);
  }
  const after = (await c.get('/api/v1/enforcement/officers?pageSize=1')).data.total;
  assert.equal(after, before);
});

test('a certificate number already used in the township is a 409 naming the certificate', async () => {
  const c = await signedIn('clerk100');
  const first = await c.post('/api/v1/enforcement/officers', newOfficer());
  assert.equal(first.status, 201);
  const taken = first.data.record.certificates[0].number;
  const second = newOfficer();
  second.certificates.push({ ...second.certificates[0], number: taken });
  const r = await c.post('/api/v1/enforcement/officers', second);
  assert.equal(r.status, 409, JSON.stringify(r.data));
  assert.equal(r.data.field, 'certificates[1].number');
  const search = await c.get(`/api/v1/enforcement/officers?q=${encodeURIComponent(second.certificates[0].number)}`);
  assert.equal(search.data.total, 0);  // the officer and its first certificate were not written
});

test('standing, the certificate filter, the 持证率 indicator and the CERT alerts follow the records', async () => {
  const c = await signedIn('clerk100');
  const indicator = async () => {
    const doc = (await c.get(`/api/v1/indicators?unit=500199100000&year=${year}`)).data;
    return doc.indicators.find((i) => i.code === 'cert_holding_rate');
  };
  const before = await indicator();
  assert.ok(before, 'cert_holding_rate is an indicator');

  const expiring = await c.post('/api/v1/enforcement/officers', newOfficer({
    certificates: [{ number: `将到期${Date.now()}`, field: '综合行政执法', issuingAuthority: '重庆市人民政府',
      issuedOn: day(-1795), expiresOn: day(30) }],
  }));
  assert.equal(expiring.status, 201, JSON.stringify(expiring.data));
  assert.equal(expiring.data.record.standing.certificate, 'expiring');
  assert.ok(expiring.data.warnings.some((w) => w.rule === 'CERT-03'));

  const none = await c.post('/api/v1/enforcement/officers', newOfficer({ certificates: [] }));
  assert.equal(none.status, 201);
  assert.equal(none.data.record.standing.certificate, 'none');
  assert.ok(none.data.warnings.some((w) => w.rule === 'CERT-01'));

  const list = await c.get('/api/v1/enforcement/officers?certificate=none&pageSize=200');
  assert.equal(list.status, 200);
  assert.ok(list.data.items.some((o) => o.id === none.data.record.id));
  assert.ok(list.data.items.every((o) => o.standing.certificate === 'none'));
  assert.equal((await c.get('/api/v1/enforcement/officers?certificate=gold')).data.field, 'certificate');

  // Both are in post today: the denominator grows by two, the numerator by one (expiring is
  // still valid).
  const after = await indicator();
  assert.equal(after.denominator, before.denominator + 2);
  assert.equal(after.numerator, before.numerator + 1);

  const alerts = (await c.get('/api/v1/alerts?unit=500199100000')).data;
  const ofRecord = (id, code) => alerts.alerts.find((a) => a.recordId === id && a.rule === code && a.recordType === 'enforcement_officer');
  assert.ok(ofRecord(expiring.data.record.id, 'CERT-03'), 'expiry alert');
  assert.ok(ofRecord(none.data.record.id, 'CERT-01'), 'no-certificate alert');
  assert.equal(ofRecord(none.data.record.id, 'CERT-01').severity, 'error');

  // Renewing the certificate clears the expiry alert.
  const renewed = { ...expiring.data.record };
  renewed.idNumber = '11010519491231002X';
  renewed.phone = '13812345678';
  renewed.certificates = [...renewed.certificates, { number: `新证${Date.now()}`, field: '综合行政执法',
    issuingAuthority: '重庆市人民政府', issuedOn: day(-1), expiresOn: day(1800) }];
  const put = await c.put(`/api/v1/enforcement/officers/${renewed.id}`, renewed);
  assert.equal(put.status, 200, JSON.stringify(put.data));
  assert.equal(put.data.record.certificates.length, 2);
  assert.equal(put.data.record.standing.certificate, 'valid');
  const later = (await c.get('/api/v1/alerts?unit=500199100000')).data;
  assert.ok(!later.alerts.some((a) => a.recordId === renewed.id && a.rule === 'CERT-03'));
});

test('a masked phone sent back is refused', async () => {
  const leader = await signedIn('clerk100');
  const created = await leader.post('/api/v1/enforcement/officers', newOfficer());
  const record = { ...created.data.record, phone: '138****5678' };
  const r = await leader.put(`/api/v1/enforcement/officers/${record.id}`, record);
  assert.equal(r.status, 400);
  assert.equal(r.data.field, 'phone');
});

test('the register goes out to Excel with the list filters and comes back in, row by row', async () => {
  const c = await signedIn('clerk100');
  const created = await c.post('/api/v1/enforcement/officers', newOfficer());
  assert.equal(created.status, 201, JSON.stringify(created.data));
  const r = created.data.record;
  const number = r.certificates[0].number;

  // Export with the list's filters (q = the certificate number): one row, in full for a clerk.
  const csv = await c.get(`/api/v1/enforcement/officers/export?format=csv&q=${encodeURIComponent(number)}`);
  assert.equal(csv.status, 200);
  assert.equal(csv.headers.get('x-export-rows'), '1');
  assert.match(csv.headers.get('content-disposition'), /attachment/);
  const text = new TextDecoder().decode(csv.data);
  for (const h of ['姓名', '身份证号', '执法证号', '执法领域', '发证日期', '有效期至', '证件状态', '考试成绩', '培训记录']) {
    assert.ok(text.includes(h), h);
  }
  assert.ok(text.includes('11010519491231002X'));
  assert.ok(text.includes(`${day(-760)} 通用法律知识 81`));
  const xlsx = await c.get('/api/v1/enforcement/officers/export');
  assert.equal(xlsx.status, 200);
  assert.equal(new Uint8Array(xlsx.data)[0], 0x50);  // a zip: PK
  assert.ok(Number(xlsx.headers.get('x-export-rows')) >= 1);

  // A leader gets it masked; the auditor may neither read nor write the register.
  const leader = await signedIn('leader100');
  const masked = await leader.get(`/api/v1/enforcement/officers/export?format=csv&q=${encodeURIComponent(number)}`);
  assert.equal(masked.status, 200);
  const maskedText = new TextDecoder().decode(masked.data);
  assert.ok(maskedText.includes('110105********002X'));
  assert.ok(!maskedText.includes('11010519491231002X'));
  const auditor = await signedIn('auditor');
  assert.equal((await auditor.get('/api/v1/enforcement/officers/export')).status, 403);

  // Import: a good row and one whose certificate number is already in the register.
  const n = Math.floor(Math.random() * 1e9);
  const rows = [
    '姓名,执法机构,从事执法工作日期,执法证号,执法领域,发证机关,发证日期,有效期至,证件状态,考试成绩,培训记录',
    `导入执法员${n % 1000},综合行政执法办公室,${day(-400)},导执${n},综合行政执法,重庆市人民政府,${day(-300)},${day(900)},有效,` +
      `${day(-350)} 通用法律知识 90,${day(-10)} 执法文书培训 12学时 县司法局`,
    `导入执法员乙${n % 1000},综合行政执法办公室,${day(-400)},${number},综合行政执法,重庆市人民政府,${day(-300)},${day(900)},,,`,
    `导入执法员丙${n % 1000},综合行政执法办公室,${day(-400)},导执${n}丙,综合行政执法,重庆市人民政府,${day(-300)},${day(-400)},,,`,
  ].join('\n');
  const post = (who, q) => who.request('POST', `/api/v1/enforcement/officers/import?${q}`,
    { body: rows, headers: { 'Content-Type': 'text/csv' } });
  assert.equal((await post(auditor, 'mode=all')).status, 403);
  const all = await post(c, 'mode=all');
  assert.equal(all.status, 200, JSON.stringify(all.data));
  assert.equal(all.data.total, 3);
  assert.equal(all.data.imported, 0);
  assert.equal(all.data.rejected, 2, JSON.stringify(all.data.errors));
  const dup = all.data.errors.find((e) => e.row === 3);
  assert.equal(dup.column, '执法证号');
  assert.match(dup.reason, /已存在/);
  const dates = all.data.errors.find((e) => e.row === 4);
  assert.equal(dates.column, '有效期至', JSON.stringify(all.data.errors));
  const valid = await post(c, 'mode=valid');
  assert.equal(valid.status, 200);
  assert.equal(valid.data.imported, 1, JSON.stringify(valid.data));
  const stored = await c.get(`/api/v1/enforcement/officers/${valid.data.createdIds[0]}`);
  assert.equal(stored.status, 200);
  assert.equal(stored.data.certificates[0].number, `导执${n}`);
  assert.equal(stored.data.exams[0].score, 90);
  assert.equal(stored.data.trainings[0].hours, 12);
  // The same file again: its number is taken now.
  const again = await post(c, 'mode=valid');
  assert.equal(again.data.imported, 0);
  assert.ok(again.data.errors.some((e) => e.row === 2 && /已存在/.test(e.reason)), JSON.stringify(again.data.errors));
});
