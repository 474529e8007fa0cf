// tests/api/powers.test.mjs — the catalogue of enforcement powers (LEP-01) through the API: a
// power is added with everything the public must see, a revision makes a new version from a
// date and closes the old one the day before, a version is corrected in place only for what
// does not change its dates, and the public page (no login) shows the versions in force on a
// day — the demo's 占道经营 power has version 1 until 2025-06-30 and version 2 from 7月1日.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, signedIn } from './client.mjs';

const unique = () => Math.floor(Math.random() * 1e9);

function power(extra = {}) {
  return {
    code: `T-${unique()}`, name: '对擅自设置户外广告的行政处罚', category: 'penalty',
    subject: '树人镇人民政府（综合行政执法办公室）', basis: '《城市市容和环境卫生管理条例》第37条',
    procedure: '立案—调查取证—告知—决定—送达—执行', remedy: '60日内申请行政复议或6个月内提起行政诉讼',
    effectiveFrom: '2025-03-01', ...extra,
  };
}

test('a power is added, revised from a date and corrected; the fields are checked', async () => {
  const c = await signedIn('clerk100');
  const missing = await c.post('/api/v1/enforcement/powers', power({ remedy: ' ' }));
  assert.equal(missing.status, 400, JSON.stringify(missing.data));
  assert.equal(missing.data.field, 'remedy');
  const badCategory = await c.post('/api/v1/enforcement/powers', power({ category: 'tax' }));
  assert.equal(badCategory.status, 400);
  assert.equal(badCategory.data.field, 'category');

  const created = await c.post('/api/v1/enforcement/powers', power());
  assert.equal(created.status, 201, JSON.stringify(created.data));
  const v1 = created.data.record;
  assert.equal(v1.version, 1);
  assert.equal(v1.latest, true);
  const twin = await c.post('/api/v1/enforcement/powers', power({ code: v1.code }));
  assert.equal(twin.status, 409, JSON.stringify(twin.data));
  assert.equal(twin.data.field, 'code');

  // A revision must start after the current version did.
  const early = await c.post(`/api/v1/enforcement/powers/${v1.id}/revise`, { ...v1, effectiveFrom: '2025-02-01' });
  assert.equal(early.status, 400, JSON.stringify(early.data));
  assert.equal(early.data.field, 'effectiveFrom');
  const revised = await c.post(`/api/v1/enforcement/powers/${v1.id}/revise`,
    { ...v1, basis: '《重庆市市容环境卫生管理条例》第41条', effectiveFrom: '2025-09-01' });
  assert.equal(revised.status, 201, JSON.stringify(revised.data));
  assert.equal(revised.data.record.version, 2);
  assert.equal(revised.data.record.code, v1.code);
  const closed = await c.get(`/api/v1/enforcement/powers/${v1.id}`);
  assert.equal(closed.data.effectiveTo, '2025-08-31');
  assert.equal(closed.data.latest, false);
  const again = await c.post(`/api/v1/enforcement/powers/${v1.id}/revise`, { ...v1, effectiveFrom: '2025-10-01' });
  assert.equal(again.status, 412, JSON.stringify(again.data));
  assert.equal(again.data.field, 'version');

  // In place: a note may be corrected, the effective date may not.
  const noted = await c.put(`/api/v1/enforcement/powers/${revised.data.record.id}`,
    { ...revised.data.record, note: '依据条例修订' });
  assert.equal(noted.status, 200, JSON.stringify(noted.data));
  const moved = await c.put(`/api/v1/enforcement/powers/${revised.data.record.id}`,
    { ...revised.data.record, effectiveFrom: '2025-10-01' });
  assert.equal(moved.status, 412);
  assert.equal(moved.data.field, 'effectiveFrom');

  const versions = await c.get(`/api/v1/enforcement/powers?code=${encodeURIComponent(v1.code)}`);
  assert.deepEqual(versions.data.items.map((p) => p.version), [1, 2]);
  const inAugust = await c.get(`/api/v1/enforcement/powers?code=${encodeURIComponent(v1.code)}&effectiveOn=2025-08-15`);
  assert.deepEqual(inAugust.data.items.map((p) => p.version), [1]);
  const history = await c.get(`/api/v1/enforcement/powers/${v1.id}/history`);
  assert.equal(history.data.total, 2, JSON.stringify(history.data));  // created, then closed
  assert.equal((await (await signedIn('clerk101')).get(`/api/v1/enforcement/powers/${v1.id}`)).status, 404);
});

test('the public catalogue shows the versions in force on a day, without login', async () => {
  const anyone = new Client();
  const june = await anyone.get('/api/v1/public/powers?unit=500199000000&on=2025-06-30');
  assert.equal(june.status, 200, JSON.stringify(june.data));
  const july = await anyone.get('/api/v1/public/powers?unit=500199000000&on=2025-07-01');
  const demoCode = (r, township) => r.data.items.find((p) => p.code === 'CF-001' && p.township === township);
  const township = june.data.items[0].township;
  assert.equal(demoCode(june, township).version, 1);
  assert.equal(demoCode(july, township).version, 2);
  const categories = new Set(july.data.items.map((p) => p.category));
  for (const c of ['penalty', 'licence', 'coercion', 'levy', 'requisition', 'inspection']) assert.ok(categories.has(c), c);
  const one = july.data.items[0];
  for (const field of ['subject', 'name', 'categoryLabel', 'basis', 'procedure', 'remedy']) assert.ok(one[field], field);
  assert.equal(one.id, undefined, 'no record ids on the public page');
  assert.equal((await anyone.get('/api/v1/public/powers?unit=500199999000')).status, 404);
  assert.equal((await anyone.get('/api/v1/public/powers')).status, 400);
});

test('the catalogue goes out as .xlsx with its versions and a 权责清单 comes in; a repeated code is reported', async () => {
  const c = await signedIn('clerk100');
  const xlsx = await c.get('/api/v1/enforcement/powers/export?format=xlsx');
  assert.equal(xlsx.status, 200);
  assert.deepEqual([...new Uint8Array(xlsx.data).slice(0, 2)], [0x50, 0x4b]);
  const csv = await c.get('/api/v1/enforcement/powers/export?format=csv&code=CF-001');
  const text = new TextDecoder().decode(csv.data);
  assert.match(text, /事项编码.*版本.*失效日期/);
  assert.match(text, /2025-06-30/);  // version 1 ended the day before version 2
  const code = `QD-${unique()}`;
  const rows = [
    '事项编码,事项名称,类别,实施主体,设定依据,办理程序,救济途径,施行日期',
    `${code},对违法设置摊点的行政处罚,行政处罚,树人镇人民政府,《城市市容和环境卫生管理条例》第36条,立案—调查—决定,复议或诉讼,2025-02-01`,
    `${code},重复编码的事项,行政检查,树人镇人民政府,依据,程序,救济,2025-02-01`,
    `QD-${unique()},无依据的事项,行政检查,树人镇人民政府,,程序,救济,2025-02-01`,
  ].join('\n');
  const post = (q) => c.request('POST', `/api/v1/enforcement/powers/import?${q}`,
    { body: rows, headers: { 'Content-Type': 'text/csv' } });
  const all = await post('mode=all');
  assert.equal(all.status, 200, JSON.stringify(all.data));
  assert.equal(all.data.imported, 0);
  assert.match(all.data.errors.find((e) => e.row === 3).reason, /与第 2 行重复/);
  assert.equal(all.data.errors.find((e) => e.row === 4).column, '设定依据');
  const valid = await post('mode=valid');
  assert.equal(valid.data.imported, 1, JSON.stringify(valid.data));
  const stored = await c.get(`/api/v1/enforcement/powers/${valid.data.createdIds[0]}`);
  assert.equal(stored.data.code, code);
  assert.equal(stored.data.version, 1);
  assert.equal(stored.data.category, 'penalty');
});
