// tests/api/decisions.test.mjs — the 重大行政决策 ledger through the API: a decision cannot be
// marked decided without the steps it needs (412 with the rule and the article), then with
// them it is, and 程序完备率 counts it; scope and history.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signedIn } from './client.mjs';

const DAY = 86400000;
const day = (offset) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

function decision(extra = {}) {
  return {
    title: `测试决策事项${Math.floor(Math.random() * 1e9)}`,
    scope: 'construction',
    draftingUnit: '镇建设环保办',
    proposedOn: day(-120),
    catalogueYear: new Date(Date.now() - 120 * DAY).getFullYear(),
    catalogueItem: '老旧小区改造',
    technical: true,
    stabilityRisk: true,
    ...extra,
  };
}

const steps = {
  participationMethods: '座谈会、向社会公开征求意见', commentFrom: day(-110), commentTo: day(-75), commentsReceived: 12,
  expertReviewedOn: day(-70), riskAssessedOn: day(-65), riskLevel: 'medium', riskControllable: true, riskReport: '风险可控',
  legalitySubmittedOn: day(-60), legalityReviewedOn: day(-45), legalityReviewer: '镇法律顾问', legalityPassed: true,
  legalityOpinion: '合法',
};

test('a decision is refused until every step it needs is evidenced', async () => {
  const c = await signedIn('clerk100');
  const created = await c.post('/api/v1/decisions', decision());
  assert.equal(created.status, 201, JSON.stringify(created.data));
  const id = created.data.record.id;
  assert.equal(created.data.record.procedureComplete, false);
  const decide = { meeting: '镇政府常务会议', decidedOn: day(-40), meetingResult: 'approved' };
  const body = created.data.record;
  const refuse = async (extra, rule, field) => {
    const r = await c.put(`/api/v1/decisions/${id}`, { ...body, ...decide, ...extra });
    assert.equal(r.status, 412, JSON.stringify(r.data));
    assert.ok(r.data.message.startsWith(`${rule}：`), r.data.message);
    assert.ok(r.data.message.includes('重大行政决策程序暂行条例'), r.data.message);
    assert.equal(r.data.field, field);
  };
  await refuse({}, 'DEC-05', 'commentFrom');
  await refuse({ ...steps, commentTo: day(-100) }, 'DEC-05', 'shortPeriodReason');
  await refuse({ ...steps, expertReviewedOn: null }, 'DEC-06', 'expertReviewedOn');
  await refuse({ ...steps, riskControllable: false }, 'DEC-07', 'riskControllable');
  await refuse({ ...steps, legalityPassed: false }, 'DEC-08', 'legalityReviewedOn');
  await refuse({ ...steps, affectsMarket: true }, 'DEC-09', 'fairCompetitionReviewedOn');
  assert.equal((await c.get(`/api/v1/decisions/${id}`)).data.decidedOn, null, 'still undecided');

  const made = await c.put(`/api/v1/decisions/${id}`, { ...body, ...decide, ...steps });
  assert.equal(made.status, 200, JSON.stringify(made.data));
  assert.equal(made.data.record.procedureComplete, true);
  const rules = made.data.warnings.map((w) => w.rule);
  assert.ok(rules.includes('DEC-09') && rules.includes('DEC-10'), JSON.stringify(rules));  // not reported, not published
  const history = await c.get(`/api/v1/decisions/${id}/history`);
  assert.equal(history.data.total, 2);
  assert.equal((await (await signedIn('clerk101')).get(`/api/v1/decisions/${id}`)).status, 404);

  const year = new Date(Date.now() - 40 * DAY).getFullYear();
  const ind = await c.get(`/api/v1/indicators?unit=500199100000&year=${year}`);
  const rate = ind.data.indicators.find((i) => i.code === 'dec_procedure_rate');
  assert.ok(rate && rate.numerator >= 1, JSON.stringify(rate));
});

test('the decision ledger goes out and comes back in; a decided row missing a step is reported', async () => {
  const c = await signedIn('clerk100');
  const xlsx = await c.get('/api/v1/decisions/export?format=xlsx');
  assert.equal(xlsx.status, 200);
  assert.deepEqual([...new Uint8Array(xlsx.data).slice(0, 2)], [0x50, 0x4b]);
  const rows = [
    '决策事项,承办单位,决策启动日期,决策目录事项,目录年度,征求意见开始日期,征求意见截止日期,合法性审查日期,合法性审查人员,合法性审查意见,决定日期,决定会议',
    `导入决策甲,镇建设办,${day(-100)},老旧小区改造,${new Date(Date.now() - 100 * DAY).getFullYear()},${day(-95)},${day(-60)},${day(-50)},法律顾问,合法,${day(-40)},镇政府常务会议`,
    `导入决策乙,镇建设办,${day(-100)},,,,,,,,${day(-40)},镇政府常务会议`,
  ].join('\n');
  const post = (q) => c.request('POST', `/api/v1/decisions/import?${q}`, { body: rows, headers: { 'Content-Type': 'text/csv' } });
  const all = await post('mode=all');
  assert.equal(all.status, 200, JSON.stringify(all.data));
  assert.equal(all.data.imported, 0);
  assert.match(all.data.errors.find((e) => e.row === 3).reason, /^DEC-05：/);
  const valid = await post('mode=valid');
  assert.equal(valid.data.imported, 1, JSON.stringify(valid.data));
  const stored = await c.get(`/api/v1/decisions/${valid.data.createdIds[0]}`);
  assert.equal(stored.data.inCatalogue, true);
  assert.equal(stored.data.procedureComplete, true);
});
