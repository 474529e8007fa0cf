// tests/api/decision_catalogue.test.mjs — the yearly 重大行政决策目录 (DEC-03) through the API:
// the demo township has its catalogue for the demo year (2025), so a decision of that year must
// name one of its items (400 "catalogueItem" otherwise); an item added during the year takes
// decisions started after it was listed; a title is unique within the year (409); a listed
// item's title is frozen while a decision links to it (412); scope and history.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signedIn } from './client.mjs';

const YEAR = 2025;  // the demo year of run_api_tests.sh

function decision(extra = {}) {
  return {
    title: `目录测试决策${Math.floor(Math.random() * 1e9)}`,
    scope: 'construction',
    draftingUnit: '镇建设环保办',
    proposedOn: `${YEAR}-06-02`,
    catalogueYear: YEAR,
    ...extra,
  };
}

test('a decision of a year with a catalogue must name one of its items', async () => {
  const c = await signedIn('clerk100');
  const list = await c.get(`/api/v1/decision-catalogue?year=${YEAR}`);
  assert.equal(list.status, 200, JSON.stringify(list.data));
  assert.ok(list.data.total >= 4, JSON.stringify(list.data));
  const listed = list.data.items[0];
  assert.equal(listed.year, YEAR);
  assert.ok(listed.partyConsentOn && listed.publishedOn, 'the demo catalogue is agreed and published');

  const missing = await c.post('/api/v1/decisions', decision({ catalogueItem: '不在目录中的事项' }));
  assert.equal(missing.status, 400, JSON.stringify(missing.data));
  assert.equal(missing.data.field, 'catalogueItem');
  assert.match(missing.data.message, /2025年度决策目录中没有“不在目录中的事项”/);

  // Blanks in the title do not matter; the decision is stored without the DEC-03 warning.
  const named = await c.post('/api/v1/decisions', decision({ catalogueItem: ` ${listed.title}　` }));
  assert.equal(named.status, 201, JSON.stringify(named.data));
  assert.ok(!named.data.warnings.some((w) => w.rule === 'DEC-03'), JSON.stringify(named.data.warnings));

  // Outside the catalogue is allowed when it says so.
  const outside = await c.post('/api/v1/decisions', decision({ inCatalogue: false }));
  assert.equal(outside.status, 201, JSON.stringify(outside.data));

  // A year without a catalogue only warns.
  const unrecorded = await c.post('/api/v1/decisions',
    decision({ proposedOn: '2024-06-03', catalogueYear: 2024, catalogueItem: '任一事项' }));
  assert.equal(unrecorded.status, 201, JSON.stringify(unrecorded.data));
  assert.ok(unrecorded.data.warnings.some((w) => w.rule === 'DEC-03' && w.field === 'catalogueYear'),
    JSON.stringify(unrecorded.data.warnings));
});

test('an item added during the year, its unique title, its frozen title and its history', async () => {
  const c = await signedIn('clerk100');
  const title = `年中调整增列事项${Math.floor(Math.random() * 1e9)}`;
  const item = {
    year: YEAR, title, scope: 'public_policy', draftingUnit: '镇党政办', plannedPeriod: '2025年第四季度',
    listedOn: `${YEAR}-07-01`, partyConsentOn: `${YEAR}-06-28`, publishedOn: `${YEAR}-07-03`,
    publicationChannel: '镇政府门户网站',
  };
  const created = await c.post('/api/v1/decision-catalogue', item);
  assert.equal(created.status, 201, JSON.stringify(created.data));
  const id = created.data.record.id;

  const twin = await c.post('/api/v1/decision-catalogue', { ...item, draftingUnit: '镇综治办' });
  assert.equal(twin.status, 409, JSON.stringify(twin.data));
  assert.equal(twin.data.field, 'title');
  assert.match(twin.data.message, /2025年度决策目录中已有/);
  // The same matter with blanks is the same matter (decisions are linked ignoring blanks).
  const spaced = await c.post('/api/v1/decision-catalogue', { ...item, title: ` ${title}　` });
  assert.equal(spaced.status, 409, JSON.stringify(spaced.data));

  const unpublished = await c.post('/api/v1/decision-catalogue',
    { ...item, title: `${title}乙`, partyConsentOn: null });
  assert.equal(unpublished.status, 400, JSON.stringify(unpublished.data));
  assert.equal(unpublished.data.field, 'partyConsentOn');

  // A decision started before the item was listed is not in the catalogue; after, it is.
  const early = await c.post('/api/v1/decisions', decision({ catalogueItem: title, proposedOn: `${YEAR}-06-15` }));
  assert.equal(early.status, 400, JSON.stringify(early.data));
  assert.equal(early.data.field, 'catalogueItem');
  const late = await c.post('/api/v1/decisions', decision({ catalogueItem: title, proposedOn: `${YEAR}-07-10` }));
  assert.equal(late.status, 201, JSON.stringify(late.data));

  const body = created.data.record;
  const renamed = await c.put(`/api/v1/decision-catalogue/${id}`, { ...body, title: `${title}（改）` });
  assert.equal(renamed.status, 412, JSON.stringify(renamed.data));
  assert.equal(renamed.data.field, 'title');
  const noted = await c.put(`/api/v1/decision-catalogue/${id}`, { ...body, note: '经镇党委会议研究增列' });
  assert.equal(noted.status, 200, JSON.stringify(noted.data));

  const history = await c.get(`/api/v1/decision-catalogue/${id}/history`);
  assert.equal(history.data.total, 2, JSON.stringify(history.data));
  assert.equal((await (await signedIn('clerk101')).get(`/api/v1/decision-catalogue/${id}`)).status, 404);
  const others = await (await signedIn('clerk101')).get(`/api/v1/decision-catalogue?year=${YEAR}&q=${encodeURIComponent(title)}`);
  assert.equal(others.data.total, 0);
});

test('the catalogue goes out as .xlsx and comes back in; a repeated matter is reported', async () => {
  const c = await signedIn('clerk100');
  const xlsx = await c.get(`/api/v1/decision-catalogue/export?format=xlsx&year=${YEAR}`);
  assert.equal(xlsx.status, 200);
  assert.deepEqual([...new Uint8Array(xlsx.data).slice(0, 2)], [0x50, 0x4b]);
  assert.match(decodeURIComponent(xlsx.headers.get('content-disposition')), /重大行政决策目录_.*_2025\.xlsx/);
  const title = `导入目录事项${Math.floor(Math.random() * 1e9)}`;
  const rows = [
    '目录年度,决策事项,承办单位,列入目录日期,党委同意日期,公布日期,公布载体',
    `${YEAR},${title},镇党政办,${YEAR}-03-01,${YEAR}-02-27,${YEAR}-03-05,镇政府门户网站`,
    `${YEAR},${title},镇党政办,${YEAR}-03-01,,,`,
  ].join('\n');
  const post = (q) => c.request('POST', `/api/v1/decision-catalogue/import?${q}`,
    { body: rows, headers: { 'Content-Type': 'text/csv' } });
  const all = await post('mode=all');
  assert.equal(all.status, 200, JSON.stringify(all.data));
  assert.equal(all.data.imported, 0);
  const repeated = all.data.errors.find((e) => e.row === 3);
  assert.equal(repeated.column, '决策事项');
  assert.match(repeated.reason, /与第 2 行重复/);
  const valid = await post('mode=valid');
  assert.equal(valid.data.imported, 1, JSON.stringify(valid.data));
  const stored = await c.get(`/api/v1/decision-catalogue/${valid.data.createdIds[0]}`);
  assert.equal(stored.data.title, title);
  assert.equal(stored.data.publishedOn, `${YEAR}-03-05`);
  const csv = await c.get(`/api/v1/decision-catalogue/export?format=csv&year=${YEAR}&q=${encodeURIComponent(title)}`);
  assert.equal(csv.status, 200);
  assert.match(new TextDecoder().decode(csv.data), new RegExp(title));
});
