// tests/api/review_catalogue.test.mjs — the 重大执法决定法制审核目录 (LEP-07) as data: a township
// starts from the default catalogue, edits it, and its entries decide which decisions need
// 法制审核 (PEN-10): a 500 元 fine that the default catalogue lets through is refused once the
// township lists its matter type at 100 元, and passes again when the entry is taken out.
// Uses the third demo township (clerk102) so the other tests keep the default catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signedIn } from './client.mjs';

const DAY = 86400000;
const day = (offset) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const unique = () => Math.floor(Math.random() * 1e9);

async function certifiedOfficer(c, name) {
  const r = await c.post('/api/v1/enforcement/officers', {
    name, agency: '综合行政执法办公室', inPostFrom: day(-800),
    certificates: [{ number: `审目执${unique()}`, field: '综合行政执法', issuingAuthority: '重庆市人民政府',
      issuedOn: day(-700), expiresOn: day(1000), status: 'valid' }],
  });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  return r.data.record.id;
}

// A general-procedure case decided 40 days ago with a 500 元 fine on a person, no 法制审核.
function decidedCase(matterType, officerIds) {
  const fine = { kinds: ['fine'], fineFen: 50000, description: '罚款人民币500元' };
  return {
    number: `审目立〔${unique()}〕号`, cause: '占道经营', matterType, category: 'penalty', procedure: 'general',
    stage: 'decision', leadReceivedOn: day(-60), filedOn: day(-58), actOn: day(-62),
    parties: [{ kind: 'person', name: '李测试', idNumber: '11010519491231002X', address: '测试街1号' }],
    officers: officerIds.map((id) => ({ officerId: id })), investigatedOn: day(-55),
    noticeServedOn: day(-50), proposed: fine, decidedOn: day(-40), outcome: 'penalty', decided: fine,
    decisionNumber: `审目决〔${unique()}〕号`,
  };
}

test('a township edits its review catalogue and the rules follow it', async () => {
  const c = await signedIn('clerk102');
  const officers = [await certifiedOfficer(c, '目录测试甲'), await certifiedOfficer(c, '目录测试乙')];
  const matterType = `测试事项${unique()}`;

  // Default catalogue: a 500 元 fine needs no review.
  const before = await c.post('/api/v1/enforcement/cases', decidedCase(matterType, officers));
  assert.equal(before.status, 201, JSON.stringify(before.data));

  const started = await c.post('/api/v1/enforcement/review-catalogue/start-from-default');
  assert.equal(started.status, 201, JSON.stringify(started.data));
  assert.ok(started.data.total >= 9, JSON.stringify(started.data));
  const fine = started.data.items.find((e) => e.kind === 'fine' && e.matterType === '');
  assert.ok(fine && fine.minPersonFen > 50000, JSON.stringify(started.data.items));
  assert.equal((await c.post('/api/v1/enforcement/review-catalogue/start-from-default')).status, 412);

  // The same matter type and kind twice is a conflict; a warning cannot be listed; a revocation has no amount.
  const twin = await c.post('/api/v1/enforcement/review-catalogue', { kind: 'fine', description: '重复' });
  assert.equal(twin.status, 409, JSON.stringify(twin.data));
  assert.equal(twin.data.field, 'kind');
  const warning = await c.post('/api/v1/enforcement/review-catalogue', { kind: 'warning', description: '警告' });
  assert.equal(warning.status, 400);
  assert.equal(warning.data.field, 'kind');
  const revoke = await c.post('/api/v1/enforcement/review-catalogue',
    { matterType, kind: 'revoke_licence', minPersonFen: 100, description: '吊销' });
  assert.equal(revoke.status, 400);
  assert.equal(revoke.data.field, 'minPersonFen');

  const local = await c.post('/api/v1/enforcement/review-catalogue', {
    matterType: ` ${matterType} `, kind: 'fine', minPersonFen: 10000, minOrgFen: 100000,
    description: '本类事项罚款100元以上', basis: '县司法局《重大行政执法决定法制审核目录》第3项',
  });
  assert.equal(local.status, 201, JSON.stringify(local.data));
  assert.equal(local.data.record.matterType, matterType);
  const refused = await c.post('/api/v1/enforcement/cases', decidedCase(matterType, officers));
  assert.equal(refused.status, 412, JSON.stringify(refused.data));
  assert.ok(refused.data.message.startsWith('PEN-10：'), refused.data.message);
  assert.match(refused.data.message, /本类事项罚款100元以上/);
  assert.equal(refused.data.field, 'legalReview.reviewedOn');

  // Taken out of the catalogue: the 500 元 fine passes again; the history keeps both states.
  const out = await c.put(`/api/v1/enforcement/review-catalogue/${local.data.record.id}`,
    { ...local.data.record, active: false });
  assert.equal(out.status, 200, JSON.stringify(out.data));
  assert.equal((await c.post('/api/v1/enforcement/cases', decidedCase(matterType, officers))).status, 201);
  const history = await c.get(`/api/v1/enforcement/review-catalogue/${local.data.record.id}/history`);
  assert.equal(history.data.total, 2);

  const list = await c.get('/api/v1/enforcement/review-catalogue?active=false');
  assert.equal(list.data.total, 1);
  assert.equal((await (await signedIn('clerk100')).get(`/api/v1/enforcement/review-catalogue/${local.data.record.id}`)).status, 404);
  assert.equal((await (await signedIn('auditor')).get('/api/v1/enforcement/review-catalogue')).status, 403);
});
