// tests/api/exchange.test.mjs — Excel in and out over HTTP: exports follow the list's filters
// and mask personal data unless the role may see it; imports check every row first, write
// nothing in mode "all" when a row is bad, write the good rows in mode "valid", and refuse
// callers without ledger_write or without the CSRF token.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signedIn } from './client.mjs';

const DATA = join(process.env.FAZHI_SOURCE_DIR, 'tests', 'data');
const text = (buf) => new TextDecoder('utf-8').decode(buf);
const FULL_ID = /\b\d{17}[\dX]\b/;
const MASKED_ID = /\d{6}\*{8}[\dX]{4}/;

test('a leader exports the filtered case list as CSV, masked, one row per listed case', async () => {
  const c = await signedIn('leader100');
  const filter = 'acceptedFrom=2025-01-01&acceptedTo=2025-06-30&outcome=success';
  const list = await c.get(`/api/v1/mediation/cases?${filter}&pageSize=1`);
  assert.equal(list.status, 200);
  assert.ok(list.data.total > 0);
  const r = await c.get(`/api/v1/mediation/cases/export?format=csv&${filter}`);
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /text\/csv/);
  assert.match(r.headers.get('content-disposition'), /attachment; .*filename\*=UTF-8''/);
  assert.equal(Number(r.headers.get('x-export-rows')), list.data.total);
  const bytes = new Uint8Array(r.data);
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
  const csv = text(r.data);
  assert.ok(csv.includes('案件编号'), 'the county layout header');
  assert.ok(!FULL_ID.test(csv), 'a leader never sees a full 身份证号');
});

test('a clerk exports .xlsx and unmasked CSV of the petitions ledger', async () => {
  const c = await signedIn('clerk100');
  const xlsx = await c.get('/api/v1/petitions/export?format=xlsx');
  assert.equal(xlsx.status, 200);
  assert.equal(text(xlsx.data.slice(0, 2)), 'PK', '.xlsx is a zip');
  const disposition = decodeURIComponent(xlsx.headers.get('content-disposition'));
  assert.ok(disposition.includes('信访事项台账'), disposition);
  const cases = await c.get('/api/v1/mediation/cases/export?format=csv');
  assert.equal(cases.status, 200);
  assert.ok(FULL_ID.test(text(cases.data)), 'the clerk (personal_data) sees full numbers');
  const bad = await c.get('/api/v1/petitions/export?format=pdf');
  assert.equal(bad.status, 400);
  assert.equal(bad.data.field, 'format');
  const other = await c.get('/api/v1/mediation/cases/export?format=csv&townshipId=999999');
  assert.ok([403, 404].includes(other.status), `another township: ${other.status}`);
});

test('the county reviewer exports every township with a township column, masked', async () => {
  const c = await signedIn('reviewer');
  const r = await c.get('/api/v1/mediation/cases/export?format=csv');
  assert.equal(r.status, 200);
  const csv = text(r.data);
  assert.ok(csv.split('\n')[0].includes('乡镇'), 'a 乡镇（街道） column for a county export');
  assert.ok(MASKED_ID.test(csv) && !FULL_ID.test(csv));
});

test('an import with a bad row writes nothing in mode all, the good rows in mode valid', async () => {
  const c = await signedIn('clerk100');
  const file = readFileSync(join(DATA, 'mediation_import_sample.csv'));
  const before = (await c.get('/api/v1/mediation/cases?pageSize=1')).data.total;
  const post = (query) => c.request('POST', `/api/v1/mediation/cases/import?${query}`, {
    body: file, headers: { 'Content-Type': 'text/csv' } });

  const all = await post('format=csv&mode=all');
  assert.equal(all.status, 200, JSON.stringify(all.data));
  assert.equal(all.data.imported, 0);
  assert.ok(all.data.rejected >= 1);
  const dateError = all.data.errors.find((e) => e.column === '受理日期');
  assert.ok(dateError, JSON.stringify(all.data.errors));
  assert.ok(dateError.row > 1 && dateError.reason.length > 0);
  assert.equal((await c.get('/api/v1/mediation/cases?pageSize=1')).data.total, before,
    'nothing written when a row is bad');

  const dry = await post('mode=valid&dryRun=true');
  assert.equal(dry.status, 200);
  assert.equal(dry.data.dryRun, true);
  assert.equal((await c.get('/api/v1/mediation/cases?pageSize=1')).data.total, before);

  const valid = await post('mode=valid');
  assert.equal(valid.status, 200);
  assert.equal(valid.data.imported, valid.data.valid);
  assert.ok(valid.data.imported >= 1);
  assert.equal(valid.data.createdIds.length, valid.data.imported);
  assert.equal((await c.get('/api/v1/mediation/cases?pageSize=1')).data.total,
    before + valid.data.imported);
  const stored = await c.get(`/api/v1/mediation/cases/${valid.data.createdIds[0]}`);
  assert.equal(stored.status, 200);
  assert.match(stored.data.caseNo, /^导入〔2025〕/);
  const history = await c.get(`/api/v1/mediation/cases/${valid.data.createdIds[0]}/history`);
  assert.ok(history.data.items.length >= 1, 'imported records are audit-logged');

  const again = await post('mode=all');
  assert.equal(again.data.imported, 0, 'the same numbers twice are refused');
});

test('imports refuse a wrong format, an empty body, the wrong roles and a missing CSRF token', async () => {
  const clerk = await signedIn('clerk100');
  const csv = readFileSync(join(DATA, 'petition_import_sample.csv'));
  const send = (c, query, body, opts = {}) => c.request('POST', `/api/v1/petitions/import?${query}`, {
    body, headers: { 'Content-Type': 'text/csv' }, ...opts });
  const mismatch = await send(clerk, 'format=xlsx', csv);
  assert.equal(mismatch.status, 400);
  assert.equal(mismatch.data.field, 'format');
  const empty = await send(clerk, '', '');
  assert.equal(empty.status, 400);
  assert.equal(empty.data.field, 'file');
  const mode = await send(clerk, 'mode=some', csv);
  assert.equal(mode.status, 400);
  assert.equal(mode.data.field, 'mode');
  const noCsrf = await send(clerk, '', csv, { csrf: false });
  assert.equal(noCsrf.status, 403);
  const leader = await signedIn('leader100');
  assert.equal((await send(leader, '', csv)).status, 403, 'a leader reads but does not write');
  const auditor = await signedIn('auditor');
  assert.equal((await send(auditor, '', csv)).status, 403);
  assert.equal((await auditor.get('/api/v1/petitions/export?format=csv')).status, 403);
});
