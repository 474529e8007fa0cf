// Browser end-to-end tests of the built UI against the REAL server (`fazhi serve` on a
// temporary SQLite demo database, started by e2e/run_e2e.sh), in Debian's Chromium driven by
// playwright-core. Each scenario asserts what the user sees and what the server stored, and
// saves screenshots to E2E_SCREENSHOTS (docs/screenshots/) for a person to look at.
//   bash web/e2e/run_e2e.sh build/ci/fazhi
// Env (set by run_e2e.sh): E2E_BASE_URL, E2E_SCREENSHOTS, E2E_DATA_DIR (tests/data), E2E_WORK,
// FAZHI_DB (sqlite:PATH of the server's database); CHROMIUM (default /usr/bin/chromium).
// Nothing is downloaded: `npx playwright install` is never needed.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const base = process.env.E2E_BASE_URL
const shots = process.env.E2E_SCREENSHOTS
const dataDir = process.env.E2E_DATA_DIR
const work = process.env.E2E_WORK
const dbFile = (process.env.FAZHI_DB || '').replace(/^sqlite:/, '')
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium'
if (!base || !shots || !dataDir || !work || !dbFile) {
  console.error('e2e: run me through web/e2e/run_e2e.sh (E2E_BASE_URL, E2E_SCREENSHOTS, … unset)')
  process.exit(2)
}
mkdirSync(shots, { recursive: true })
// A failing scenario's last page goes to web/e2e/out/ (ignored by git), not among the shots.
const failShots = fileURLToPath(new URL('./out/', import.meta.url))
mkdirSync(failShots, { recursive: true })
const PASSWORD = 'Fazhi@2025'

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})

const results = []
// E2E_ONLY=text runs only the scenarios whose name contains it (while working on one; the
// full run is what counts: later scenarios may rely on what earlier ones stored).
const only = process.env.E2E_ONLY || ''
async function scenario(name, fn) {
  if (only && !name.includes(only)) return
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true })
  const page = await context.newPage()
  page.setDefaultTimeout(15000)
  const pageErrors = []
  page.on('pageerror', (e) => pageErrors.push(String(e)))
  const started = Date.now()
  try {
    await fn(page)
    assert.deepEqual(pageErrors, [], 'uncaught errors in the page')
    results.push({ name, ok: true })
    console.log(`ok   ${name} (${Date.now() - started} ms)`)
  } catch (e) {
    results.push({ name, ok: false })
    console.log(`FAIL ${name}\n     ${String(e?.stack || e).split('\n').slice(0, 8).join('\n     ')}`)
    await page.screenshot({ path: join(failShots, `FAIL-${name.replace(/\W+/g, '_')}.png`), fullPage: true }).catch(() => {})
  } finally {
    await context.close()
  }
}
const shot = (page, name) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true })
// The layout scrolls inside .main, so a full-page shot is only the viewport: for the long
// dashboard, grow the viewport to the content, let the charts finish animating, then shoot.
async function tallShot(page, name) {
  const size = page.viewportSize()
  const height = await page.evaluate(() => {
    const main = document.querySelector('.main')
    return main ? main.scrollHeight + main.getBoundingClientRect().top : document.body.scrollHeight
  })
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(height, size.height), 6000) })
  await page.waitForTimeout(1500)
  await shot(page, name)
  await page.setViewportSize(size)
}

async function login(page, username, password = PASSWORD) {
  await page.goto(base + '/login')
  await page.fill('input[name=username]', username)
  await page.fill('input[name=password]', password)
  await page.click('[data-test=login-submit]')
}
// The API as the signed-in page sees it (same cookie), for checking what the UI shows.
async function api(page, path) {
  const r = await page.request.get(base + '/api/v1/' + path)
  assert.equal(r.status(), 200, `GET ${path}: ${r.status()}`)
  return r.json()
}
const menuTexts = async (page) => (await page.locator('.el-menu .el-menu-item, .el-menu .el-sub-menu__title').allInnerTexts()).map((s) => s.trim())
const card = (page, code) => page.locator(`[data-code=${code}]`)
const cardFigures = async (page, code) => (await card(page, code).locator('.card-frac').innerText()).replace(/\s+/g, '')
const formItem = (scope, label) => scope.locator('.el-form-item').filter({ has: scope.page().locator(`label:text-is("${label}")`) })
async function choose(page, item, text) {
  await item.locator('.el-select').click()
  await page.locator('.el-select-dropdown__item:visible').filter({ hasText: text }).first().click()
}
async function fillDate(item, value) {
  const input = item.locator('input').first()
  await input.fill(value)
  await input.press('Enter')
}

await scenario('wrong password shows the server message; five failures lock the account', async (page) => {
  await login(page, 'clerk100', 'wrong-password')
  await page.locator('[data-test=login-error]').filter({ hasText: '用户名或密码错误' }).waitFor()
  assert.match(page.url(), /\/login/)
  for (let i = 0; i < 5; i++) {
    await login(page, 'leader102', 'wrong-password')
    await page.locator('[data-test=login-error]').waitFor()
  }
  await login(page, 'leader102')
  await page.locator('[data-test=login-error]').filter({ hasText: '锁定' }).waitFor()
  assert.match(page.url(), /\/login/, 'the right password is refused while locked')
  await shot(page, 'login-locked')
})

await scenario('clerk: dashboard cards with numerator/denominator, trends, alerts; language switch', async (page) => {
  await login(page, 'clerk100')
  await page.waitForURL(/\/dashboard/)
  // The demo data is of 2025: the current year has none, so the dashboard shows 2025 and says so.
  await page.locator('[data-test=year-fallback]').waitFor()
  const doc = await api(page, 'dashboard?unit=500199100000&year=2025')
  const success = doc.indicators.indicators.find((i) => i.code === 'med_success_rate')
  assert.ok(success.denominator > 0)
  await card(page, 'med_success_rate').locator('.card-rate').filter({ hasText: success.display }).waitFor()
  const frac = await cardFigures(page, 'med_success_rate')
  assert.ok(frac.includes(String(success.numerator)) && frac.includes(String(success.denominator)), `card shows ${frac}`)
  await page.locator('canvas').first().waitFor()
  const firstAlert = doc.alerts.alerts[0]
  await page.getByText(firstAlert.recordRef, { exact: true }).first().waitFor()
  await page.getByText(/人民调解法|信访工作条例/).first().waitFor().catch(() => {})
  const menu = await menuTexts(page)
  for (const m of ['工作台', '人民调解', '信访']) assert.ok(menu.includes(m), `menu has ${m}: ${menu}`)
  for (const m of ['用户管理', '审计日志']) assert.ok(!menu.includes(m), `menu lacks ${m}: ${menu}`)
  assert.ok((await page.locator('.header').innerText()).includes('树人镇'))
  await tallShot(page, 'dashboard-zh')

  await page.getByText('English', { exact: true }).click()
  await page.getByText('Mediation success rate').first().waitFor()
  assert.ok((await menuTexts(page)).includes('Dashboard'))
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/v1/dashboard')),
    page.getByRole('button', { name: 'Refresh' }).click(),
  ])
  assert.equal(response.request().headers()['accept-language']?.startsWith('en'), true, 'Accept-Language follows the switch')
  await tallShot(page, 'dashboard-en')
  await page.getByText('中文', { exact: true }).click()
  await page.getByText('调解成功率').first().waitFor()
})

await scenario('clerk records a mediation: client checks, server refusal on the field, then the indicator and an alert change', async (page) => {
  await login(page, 'clerk100')
  await page.waitForURL(/\/dashboard/)
  await page.locator('[data-test=year-fallback]').waitFor()
  const before = await api(page, 'dashboard?unit=500199100000&year=2025')
  const figure = (doc, code) => doc.indicators.figures.find((f) => f.code === code)

  await page.goto(base + '/mediation/cases')
  const total = (await api(page, 'mediation/cases?pageSize=1')).total
  await page.getByText(`共 ${total} 条`).waitFor()
  await page.click('[data-test=case-new]')
  const dialog = page.locator('.el-dialog').filter({ hasText: '新增调解案件' })
  await dialog.waitFor()
  await dialog.locator('[data-test=case-save]').click()
  await dialog.getByText('此项为必填项').first().waitFor()

  const caseNo = '树调〔2025〕1号' // taken: the server refuses it on the field
  await formItem(dialog, '案件编号').locator('input').fill(caseNo)
  await choose(page, formItem(dialog, '纠纷类别'), '邻里')
  await choose(page, formItem(dialog, '调委会'), '树人镇人民调解委员会')
  await fillDate(formItem(dialog, '受理日期'), '2025-10-09')
  await formItem(dialog, '纠纷简要情况').locator('textarea').fill('两户因排水沟堵塞发生纠纷')
  await dialog.getByRole('tab', { name: /当事人/ }).click()
  const rows = dialog.locator('.el-table__body tr')
  await rows.nth(0).locator('td').nth(2).locator('input').fill('张某')
  await rows.nth(1).locator('td').nth(2).locator('input').fill('李某')
  const id1 = rows.nth(1).locator('td').nth(3).locator('input')
  await id1.fill('110105194912310025')
  await id1.blur()
  await dialog.getByText(/校验位错误/).first().waitFor()
  await id1.fill('11010519491231002X')
  await id1.blur()
  await dialog.locator('[data-test=case-save]').click()
  await dialog.getByText(/已存在/).first().waitFor()
  await shot(page, 'case-server-field-error')

  await dialog.getByRole('tab', { name: '基本情况' }).click()
  await formItem(dialog, '案件编号').locator('input').fill('树调〔2025〕990号')
  await dialog.locator('[data-test=case-save]').click()
  const warnings = page.locator('.el-dialog').filter({ hasText: '保存成功' })
  await warnings.waitFor({ timeout: 5000 }).then(() => shot(page, 'case-warnings')).then(() => warnings.getByRole('button', { name: '确定' }).click()).catch(() => {})
  await page.getByText(`共 ${total + 1} 条`).waitFor()
  // Accepted in October, so not on the first page (newest first): find it by its number.
  await formItem(page.locator('.search-form'), '关键词').locator('input').fill('990号')
  await page.getByRole('button', { name: '查询' }).click()
  await page.getByText('共 1 条').waitFor()
  await page.locator('.el-table__row').filter({ hasText: '树调〔2025〕990号' }).waitFor()
  await shot(page, 'case-list')

  await page.goto(base + '/dashboard')
  await page.locator('[data-test=year-fallback]').waitFor()
  const after = await api(page, 'dashboard?unit=500199100000&year=2025')
  for (const code of ['med_cases_accepted', 'med_cases_open']) {
    const was = figure(before, code), now = figure(after, code)
    assert.equal(now.value, was.value + 1, `${code}: the new open case counts`)
    await page.waitForFunction(([label, text]) => [...document.querySelectorAll('.el-descriptions__label')]
      .some((l) => l.textContent.trim() === label && l.nextElementSibling?.textContent.trim() === text), [now.name, `${now.display} ${now.unit}`])
  }
  // Open since 9 October: past the 30 days of MED-10 on 31 December.
  const alert = after.alerts.alerts.find((a) => a.recordRef === '树调〔2025〕990号')
  assert.ok(alert, 'an alert for the new open case')
  assert.equal(alert.rule, 'MED-10')
  await page.getByText('树调〔2025〕990号', { exact: true }).first().waitFor()
  await tallShot(page, 'dashboard-after-new-case')
})

await scenario('case detail: deadline timeline and audit history', async (page) => {
  await login(page, 'clerk100')
  await page.waitForURL(/\/dashboard/)
  const list = await api(page, 'mediation/cases?q=' + encodeURIComponent('树调〔2025〕990号'))
  const id = list.items[0]?.id
  assert.ok(id, 'the case of the previous scenario')
  await page.goto(`${base}/mediation/cases/${id}`)
  await page.getByText('树调〔2025〕990号').first().waitFor()
  await page.getByText('MED-10').first().waitFor()
  const history = page.locator('.el-table').filter({ hasText: 'clerk100' })
  await history.getByText('新增', { exact: true }).waitFor()
  assert.ok((await history.innerText()).includes('caseNo: 树调〔2025〕990号'), 'the history names the fields of the create')
  await shot(page, 'case-detail')
})

await scenario('clerk concludes that case as a success: the success-rate card rises and its alert goes', async (page) => {
  await login(page, 'clerk100')
  await page.waitForURL(/\/dashboard/)
  await page.locator('[data-test=year-fallback]').waitFor()
  const rate = (doc) => doc.indicators.indicators.find((i) => i.code === 'med_success_rate')
  const before = await api(page, 'dashboard?unit=500199100000&year=2025')
  assert.ok(before.alerts.alerts.some((a) => a.recordRef === '树调〔2025〕990号'), 'the open case has its alert')

  await page.goto(base + '/mediation/cases')
  await formItem(page.locator('.search-form'), '关键词').locator('input').fill('990号')
  await page.getByRole('button', { name: '查询' }).click()
  await page.getByText('共 1 条').waitFor()
  await page.locator('.el-table__row').filter({ hasText: '树调〔2025〕990号' }).getByRole('button', { name: '编辑' }).click()
  const dialog = page.locator('.el-dialog').filter({ hasText: '编辑调解案件' })
  await dialog.waitFor()
  await dialog.getByRole('tab', { name: '调解结果' }).click()
  await choose(page, formItem(dialog, '调解结果'), '成功')
  await fillDate(formItem(dialog, '结案日期'), '2025-10-20')
  await dialog.getByRole('tab', { name: '调解协议' }).click()
  await fillDate(formItem(dialog, '协议生效日期'), '2025-10-20')
  await formItem(dialog, '协议内容').locator('textarea').fill('张某于十日内疏通排水沟，双方互不追究')
  await dialog.locator('[data-test=case-save]').click()
  const warnings = page.locator('.el-dialog').filter({ hasText: '保存成功' })
  await warnings.waitFor({ timeout: 5000 }).then(() => warnings.getByRole('button', { name: '确定' }).click()).catch(() => {})
  await dialog.waitFor({ state: 'hidden' })
  await page.locator('.el-table__row').filter({ hasText: '树调〔2025〕990号' }).getByText('成功').waitFor()

  await page.goto(base + '/dashboard')
  await page.locator('[data-test=year-fallback]').waitFor()
  const after = await api(page, 'dashboard?unit=500199100000&year=2025')
  assert.equal(rate(after).numerator, rate(before).numerator + 1, 'one more success')
  assert.equal(rate(after).denominator, rate(before).denominator + 1, 'one more concluded case')
  await card(page, 'med_success_rate').locator('.card-rate').filter({ hasText: rate(after).display }).waitFor()
  const frac = (await cardFigures(page, 'med_success_rate')).replace(/\s+/g, '')
  assert.ok(frac.includes(`分子${rate(after).numerator}`) && frac.endsWith(`分母${rate(after).denominator}`), `card shows ${frac}`)
  assert.ok(!after.alerts.alerts.some((a) => a.recordRef === '树调〔2025〕990号'), 'a concluded case has no MED-10 alert')
  await page.locator('.el-table__row').first().waitFor()
  assert.equal(await page.getByText('树调〔2025〕990号', { exact: true }).count(), 0, 'the alert is gone from the list')
  await tallShot(page, 'dashboard-after-conclusion')
})

await scenario('import a file with a bad row: the report names row and column; then valid rows only', async (page) => {
  await login(page, 'clerk100')
  await page.waitForURL(/\/dashboard/)
  await page.goto(base + '/mediation/cases')
  const total = (await api(page, 'mediation/cases?pageSize=1')).total
  await page.getByRole('button', { name: '导入', exact: true }).click()
  const dialog = page.locator('.el-dialog').filter({ hasText: '导入调解案件' })
  await dialog.waitFor()
  await dialog.locator('input[type=file]').setInputFiles(join(dataDir, 'mediation_import_sample.csv'))
  const report = dialog.locator('[data-test=import-errors]')
  await report.waitFor()
  const text = await report.innerText()
  assert.ok(text.includes('受理日期'), `the bad date's column: ${text}`)
  assert.match(text, /\b5\b/, 'the bad row is Excel row 5')
  assert.ok(await dialog.getByRole('button', { name: '全部导入' }).isDisabled(), 'all-or-nothing is off while a row is bad')
  await shot(page, 'import-bad-row')
  assert.equal((await api(page, 'mediation/cases?pageSize=1')).total, total, 'the check wrote nothing')
  await dialog.getByRole('button', { name: '只导入正确的行' }).click()
  await page.getByText(/导入完成/).waitFor()
  const now = (await api(page, 'mediation/cases?pageSize=1')).total
  assert.ok(now > total, `rows imported: ${total} → ${now}`)
  await page.getByText(`共 ${now} 条`).waitFor()
})

await scenario('export the filtered list as .xlsx and .csv', async (page) => {
  await login(page, 'clerk100')
  await page.waitForURL(/\/dashboard/)
  await page.goto(base + '/mediation/cases')
  await page.locator('.el-table__row').first().waitFor()
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()])
  assert.match(xlsx.suggestedFilename(), /^人民调解台账_树人镇.*\.xlsx$/)
  const xlsxPath = join(work, 'export.xlsx')
  await xlsx.saveAs(xlsxPath)
  assert.equal(readFileSync(xlsxPath).subarray(0, 2).toString(), 'PK')
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()])
  assert.match(csv.suggestedFilename(), /\.csv$/)
  const csvPath = join(work, 'export.csv')
  await csv.saveAs(csvPath)
  const lines = readFileSync(csvPath, 'utf8').trim().split(/\r?\n/)
  const total = (await api(page, 'mediation/cases?pageSize=1')).total
  assert.equal(lines.length - 1, total, 'one CSV row per listed case')
  assert.ok(statSync(xlsxPath).size > 1000)
})

await scenario('county reviewer: every township, township filter and column, no write buttons', async (page) => {
  await login(page, 'reviewer')
  await page.waitForURL(/\/dashboard/)
  await page.locator('.card').first().waitFor()
  // The county's 2026 already has petitions falling due, so no fallback: choose 2025.
  await choose(page, formItem(page.locator('.search-form'), '年度'), '2025')
  const doc = await api(page, 'dashboard?unit=500199000000&year=2025')
  const success = doc.indicators.indicators.find((i) => i.code === 'med_success_rate')
  await page.waitForFunction(([n]) => document.querySelector('[data-code=med_success_rate] .card-frac')?.textContent?.replace(/\s+/g, '').endsWith('分母' + n), [success.denominator])
  await tallShot(page, 'county-dashboard')
  await page.goto(base + '/mediation/cases')
  await page.locator('.el-table__row').first().waitFor()
  assert.equal(await page.locator('[data-test=case-new]').count(), 0, 'no create button without ledger_write')
  assert.ok((await page.locator('.search-form').innerText()).includes('乡镇（街道）'), 'township filter shown')
  const county = (await api(page, 'mediation/cases?pageSize=1')).total
  const shuren = (await api(page, 'mediation/cases?pageSize=1&townshipId=2')).total
  assert.ok(county > shuren, 'the county sees more than one township')
  await page.getByText(`共 ${county} 条`).waitFor()
  const table = await page.locator('.el-table').first().innerText()
  assert.ok(['树人镇', '梨树镇', '龙潭镇'].some((t) => table.includes(t)), 'township column shown')
  await choose(page, formItem(page.locator('.search-form'), '乡镇（街道）'), '梨树镇')
  await page.getByRole('button', { name: '查询' }).click()
  const lishu = (await api(page, 'mediation/cases?pageSize=1&townshipId=8')).total
  await page.getByText(`共 ${lishu} 条`).waitFor()
  await shot(page, 'county-cases-filtered')
  assert.ok(!/\d{17}[\dX]/.test(await page.locator('.main').innerText()), 'no full 身份证号 on a county page')
})

await scenario('security admin manages accounts and sees no ledger', async (page) => {
  await login(page, 'secadmin')
  await page.waitForURL((u) => !u.pathname.startsWith('/login'))
  const menu = await menuTexts(page)
  assert.ok(menu.includes('用户管理'), `menu ${menu}`)
  for (const m of ['工作台', '人民调解', '信访', '审计日志']) assert.ok(!menu.includes(m), `no ${m}: ${menu}`)
  await page.goto(base + '/users')
  const row = page.locator('.el-table__row').filter({ hasText: 'leader102' })
  await row.getByText('已锁定').waitFor()
  await row.getByRole('button', { name: '解锁' }).click()
  await page.locator('.el-message-box').getByRole('button', { name: /确定|OK/ }).click()
  await page.getByText('已解锁').waitFor()
  await shot(page, 'users')
  const denied = await page.request.get(base + '/api/v1/mediation/cases')
  assert.equal(denied.status(), 403, 'the security admin cannot read ledgers')
})

await scenario('an unlocked account signs in again', async (page) => {
  await login(page, 'leader102')
  await page.waitForURL(/\/dashboard/)
  assert.equal(await page.locator('[data-test=case-new]').count(), 0)
})

await scenario('expired session goes back to the login page', async (page) => {
  await login(page, 'clerk100')
  await page.waitForURL(/\/dashboard/)
  await page.context().clearCookies()
  await page.goto(base + '/mediation/cases')
  await page.waitForURL(/\/login/)
})

await scenario('clerk: every page renders and its create dialog opens, in both languages', async (page) => {
  await login(page, 'clerk100')
  await page.waitForURL(/\/dashboard/)
  const pages = [
    ['/mediation/committees', '新增调委会'],
    ['/mediation/mediators', '新增调解员'],
    ['/mediation/screenings', '新增排查'],
    ['/petitions', '登记信访'],
    ['/petitions/receptions', '新增接访'],
    ['/normative/documents', '登记文件'],
    ['/decisions', '登记决策'],
    ['/decision-catalogue', '新增目录事项'],
    ['/enforcement/review-catalogue', '新增审核事项'],
  ]
  for (const [path, button] of pages) {
    await page.goto(base + path)
    await page.getByRole('button', { name: button }).click()
    await page.locator('.el-dialog:visible').first().waitFor()
    await page.waitForTimeout(400) // the dialog fades in
    await shot(page, `dialog${path.replace(/\//g, '-')}`)
    await page.keyboard.press('Escape')
  }
  await page.goto(base + '/petitions')
  await page.locator('.el-table__row').first().waitFor()
  await shot(page, 'petitions')
  await page.getByText('English', { exact: true }).click()
  for (const [path] of pages) {
    await page.goto(base + path)
    await page.waitForTimeout(300)
    assert.ok(!/[\u4e00-\u9fff]/.test(await page.locator('.main .toolbar, .main .search-form').first().innerText()), `${path}: no Chinese UI text in English`)
  }
  await page.goto(base + '/mediation/cases')
  await page.locator('.el-table__row').first().waitFor()
  await page.waitForTimeout(600) // the outcome tags zoom in
  await shot(page, 'cases-en')
})

// Dates relative to the real clock the server runs on.
const isoDay = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10)

await scenario('clerk keeps the enforcement officers: certificate states, a bad expiry refused, a new officer, detail and history', async (page) => {
  await login(page, 'clerk100')
  await page.waitForURL(/\/dashboard/)
  await page.goto(base + '/enforcement/officers')
  await page.locator('tr.officer-row').first().waitFor()
  // The table shows the server's standing for each officer.
  const listed = await api(page, 'enforcement/officers?page=1&pageSize=20')
  assert.ok(listed.total >= 5, `demo officers: ${listed.total}`)
  const first = listed.items[0]
  const row = page.locator(`tr.officer-row-${first.id}`)
  await row.locator(`[data-test=officer-cert-state][data-state=${first.standing.certificate}]`).waitFor()
  assert.equal((await row.locator('[data-test=officer-hours]').innerText()).replace(/\s+/g, ''),
    `${first.standing.trainingHoursThisYear}/${first.standing.trainingHoursTarget}`)
  await page.waitForTimeout(400)
  await shot(page, 'officers')

  // Only officers without a valid certificate under that filter.
  await page.locator('[data-test=officer-filter-certificate]').click()
  await page.locator('.el-select-dropdown__item:visible').filter({ hasText: '已过期' }).first().click()
  await page.locator('[data-test=officer-search]').click()
  await page.waitForTimeout(500)
  const states = await page.locator('tr.officer-row [data-test=officer-cert-state]').evaluateAll((els) => els.map((e) => e.dataset.state))
  assert.ok(states.every((x) => x === 'expired'), `filtered states: ${states}`)
  await page.locator('[data-test=officer-reset]').click()

  await page.locator('[data-test=officer-new]').click()
  const dialog = page.locator('.el-dialog[data-test=officer-dialog]')
  await dialog.waitFor()
  const name = `测试员${Date.now() % 10000}`
  await dialog.locator('[data-prop=name] input').fill(name)
  await dialog.locator('[data-prop=agency] input').fill('综合行政执法办公室')
  await fillDate(dialog.locator('[data-prop=inPostFrom]'), isoDay(-400))
  await dialog.locator('#tab-certificates').click()
  await dialog.locator('[data-test=officer-add-certificate]').click()
  const number = `渝执E2E${Date.now() % 100000}`
  await dialog.locator('[data-prop="certificates.0.number"] input').fill(number)
  await dialog.locator('[data-prop="certificates.0.field"] input').fill('综合行政执法')
  await dialog.locator('[data-prop="certificates.0.issuingAuthority"] input').fill('重庆市人民政府')
  await fillDate(dialog.locator('[data-prop="certificates.0.issuedOn"]'), isoDay(-300))
  await fillDate(dialog.locator('[data-prop="certificates.0.expiresOn"]'), isoDay(-301))
  await dialog.locator('[data-test=officer-save]').click()
  // The client refuses an expiry before the issue date, on that field.
  await dialog.locator('[data-prop="certificates.0.expiresOn"].is-error .el-form-item__error').waitFor()
  await shot(page, 'dialog-officer-error')
  await fillDate(dialog.locator('[data-prop="certificates.0.expiresOn"]'), isoDay(1500))
  await dialog.locator('#tab-trainings').click()
  await dialog.locator('[data-test=officer-add-training]').click()
  await fillDate(dialog.locator('[data-prop="trainings.0.heldOn"]'), isoDay(-2))
  await dialog.locator('[data-prop="trainings.0.topic"] input').fill('《行政处罚法》专题培训')
  await dialog.locator('[data-prop="trainings.0.hours"] input').fill('16')
  await dialog.locator('[data-test=officer-save]').click()
  const warnings = page.locator('.el-dialog').filter({ hasText: '保存成功' })
  await warnings.waitFor({ timeout: 5000 }).then(() => warnings.getByRole('button', { name: '确定' }).click()).catch(() => {})
  await dialog.waitFor({ state: 'hidden' })

  // Stored as typed, with its standing.
  const found = await api(page, `enforcement/officers?q=${encodeURIComponent(number)}`)
  assert.equal(found.total, 1)
  const stored = found.items[0]
  assert.equal(stored.name, name)
  assert.equal(stored.certificates[0].expiresOn, isoDay(1500))
  assert.equal(stored.standing.certificate, 'valid')
  assert.equal(stored.trainings[0].hours, 16)
  await page.locator('[data-test=officer-filter-q]').fill(number)
  await page.locator('[data-test=officer-search]').click()
  const newRow = page.locator(`tr.officer-row-${stored.id}`)
  await newRow.locator('[data-test=officer-cert-state][data-state=valid]').waitFor()

  await newRow.locator('[data-test=officer-detail]').click()
  await page.locator('[data-test=officer-detail-page]').waitFor()
  await page.locator('[data-test=officer-detail-certificates]').getByText(number).waitFor()
  await page.locator('[data-test=officer-history] .el-table__row').first().waitFor()
  await page.waitForTimeout(400)
  await shot(page, 'officer-detail')
})

await scenario('clerk keeps the enforcement cases: list, a closed case in detail, a new case, a decision refused by PEN-08, an uploaded photo, export', async (page) => {
  await login(page, 'clerk100')
  await page.waitForURL(/\/dashboard/)
  await page.goto(base + '/enforcement/cases')
  await page.locator('tr.penalty-row').first().waitFor()
  // The table lists the township's demo cases as the server pages them, each with its stage.
  const listed = await api(page, 'enforcement/cases?page=1&pageSize=20&sort=-leadReceivedOn')
  assert.ok(listed.total >= 4 && listed.total <= 10, `demo cases of 树人镇: ${listed.total}`)
  await page.getByText(`共 ${listed.total} 条`).waitFor()
  assert.equal(await page.locator('tr.penalty-row').count(), listed.items.length)
  const firstRow = page.locator(`tr.penalty-row-${listed.items[0].id}`)
  assert.equal((await firstRow.locator('[data-test=penalty-number-link]').innerText()).trim(), listed.items[0].number)
  await firstRow.locator(`[data-test=penalty-stage][data-stage=${listed.items[0].stage}]`).waitFor()
  const closed = listed.items.find((c) => c.stage === 'closed')
  assert.ok(closed, 'a closed demo case')
  const closedRow = page.locator(`tr.penalty-row-${closed.id}`)
  assert.equal((await closedRow.locator('[data-test=penalty-stage]').innerText()).trim(), '结案归档')
  await page.waitForTimeout(400)
  await shot(page, 'penalty-cases')

  // A closed case: the stepper to 结案, the deadlines the server computed, the history.
  await closedRow.locator('[data-test=penalty-number-link]').click()
  await page.waitForURL(new RegExp(`/enforcement/cases/${closed.id}$`))
  const detail = page.locator('[data-test=penalty-detail-page]')
  await detail.locator('[data-test=penalty-detail-stage][data-stage=closed]').waitFor()
  await detail.getByText(closed.number).first().waitFor()
  const steps = detail.locator('[data-test=penalty-stepper] .el-step')
  assert.equal(await steps.count(), 10, 'ten stages')
  assert.equal(await steps.last().getAttribute('data-state'), 'current')
  assert.ok((await steps.last().innerText()).includes(closed.closedOn), 'the closing date on its step')
  const timeline = detail.locator('[data-test=penalty-deadlines]')
  await timeline.locator('.el-timeline-item').first().waitFor()
  assert.ok((await timeline.innerText()).includes(closed.deadlines.decision.due), 'the decision deadline (PEN-06)')
  assert.ok((await timeline.innerText()).includes('PEN-06'))
  const history = detail.locator('[data-test=penalty-history]')
  await history.waitFor()
  const audit = await api(page, `enforcement/cases/${closed.id}/history`)
  if (audit.total) await history.locator('.el-table__row').first().waitFor()
  else await history.getByText('暂无数据').waitFor()
  assert.equal(await history.locator('.el-table__row').count(), audit.items.length)
  assert.equal(await detail.locator('[data-test=penalty-detail-next]').count(), 0, 'no next stage after 结案')
  await page.waitForTimeout(400)
  await tallShot(page, 'penalty-case-detail')

  // A new case at 立案, with two officers certified on every date of the case (mid-2025).
  const lead = '2025-06-02', filed = '2025-06-05', investigated = '2025-06-16', decided = '2025-07-08'
  const officers = (await api(page, 'enforcement/officers?pageSize=100')).items
  const certifiedOn = (o, day) => {
    const inPost = o.inPostFrom && o.inPostFrom <= day && (!o.leftPostOn || day < o.leftPostOn)
    // The dialog shows the certificate of the officer's standing: it must be valid that day.
    const cert = o.certificates.find((c) => c.number === o.standing?.certificateNumber)
    return inPost && !!cert && cert.issuedOn <= day && day <= cert.expiresOn && (cert.status === 'valid' || (cert.statusChangedOn && cert.statusChangedOn > day))
  }
  const team = officers.filter((o) => [filed, investigated, decided].every((d) => certifiedOn(o, d))).slice(0, 2)
  assert.equal(team.length, 2, `officers certified on ${filed}…${decided}: ${team.map((o) => o.name)}`)

  await page.goto(base + '/enforcement/cases')
  await page.locator('tr.penalty-row').first().waitFor()
  await page.locator('[data-test=penalty-new]').click()
  const dialog = page.locator('.el-dialog[data-test=penalty-dialog]')
  await dialog.waitFor()
  const number = '树综执罚立〔2025〕901号'
  await dialog.locator('[data-prop=number] input').fill(number)
  await dialog.locator('[data-prop=cause] input').fill('未按规定倾倒建筑垃圾')
  await dialog.locator('[data-prop=matterType] input').fill('市容环境卫生')
  assert.equal((await dialog.locator('[data-prop=stage] .el-select').innerText()).trim(), '线索/立案')
  await fillDate(dialog.locator('[data-prop=leadReceivedOn]'), lead)
  await fillDate(dialog.locator('[data-prop=filedOn]'), filed)
  await dialog.locator('[data-prop="parties.0.name"] input').fill('王测试')
  await dialog.locator('.el-collapse-item__header').filter({ hasText: '执法人员' }).click()
  await dialog.locator('[data-test=penalty-officers]').click()
  for (const o of team) {
    await page.locator('.el-select-dropdown__item:visible').filter({ has: page.locator(`span:text-is("${o.name}")`) }).first().click()
  }
  await dialog.locator('.el-dialog__title').click() // closes the dropdown (Escape would close the dialog)
  const officerRows = dialog.locator('[data-test=penalty-officer-rows] .el-table__body tr')
  await officerRows.nth(1).waitFor()
  assert.equal(await officerRows.count(), 2)
  await dialog.locator('[data-test=penalty-save]').click()
  const warnings = page.locator('.el-dialog').filter({ hasText: '保存成功' })
  await warnings.waitFor({ timeout: 5000 }).then(() => warnings.getByRole('button', { name: '确定' }).click()).catch(() => {})
  await dialog.waitFor({ state: 'hidden' })

  const found = await api(page, `enforcement/cases?q=${encodeURIComponent(number)}`)
  assert.equal(found.total, 1, 'the new case is stored')
  const stored = found.items[0]
  assert.equal(stored.stage, 'filed')
  assert.equal(stored.cause, '未按规定倾倒建筑垃圾')
  assert.equal(stored.matterType, '市容环境卫生')
  assert.equal(stored.leadReceivedOn, lead)
  assert.equal(stored.filedOn, filed)
  assert.deepEqual(stored.parties.map((p) => [p.kind, p.name]), [['person', '王测试']])
  assert.deepEqual(stored.officers.map((o) => o.officerId).sort(), team.map((o) => o.id).sort())
  await page.getByText(`共 ${listed.total + 1} 条`).waitFor()
  const newRow = page.locator(`tr.penalty-row-${stored.id}`)
  await newRow.locator('[data-test=penalty-stage][data-stage=filed]').waitFor()

  // Straight to 决定 with a fine but no 告知书 served and no waiver: the law (PEN-08) refuses it.
  await newRow.locator('[data-test=penalty-edit]').click()
  await dialog.waitFor()
  await dialog.locator('[data-prop="parties.0.name"] input').waitFor()
  assert.equal(await dialog.locator('[data-prop=number] input').inputValue(), number, 'the stored case in the dialog')
  await dialog.locator('[data-test=penalty-stage-select]').click()
  await page.locator('.el-select-dropdown__item:visible').filter({ hasText: /^决定$/ }).first().click()
  await dialog.locator('.el-collapse-item__header').filter({ hasText: '调查取证' }).click()
  await fillDate(dialog.locator('[data-prop=investigatedOn]'), investigated)
  await fillDate(dialog.locator('[data-prop=decidedOn]'), decided)
  await dialog.locator('[data-prop=decisionNumber] input').fill('树综执罚决〔2025〕901号')
  await dialog.locator('[data-test=penalty-decided-kinds]').click()
  await page.locator('.el-select-dropdown__item:visible').filter({ hasText: /^罚款$/ }).first().click()
  await dialog.locator('.el-dialog__title').click()
  await dialog.locator('[data-prop="decided.fineYuan"] input').fill('500')
  assert.equal(await dialog.locator('[data-prop=noticeServedOn] input').inputValue(), '', 'no 告知书 served')
  await dialog.locator('[data-test=penalty-save]').click()
  const box = page.locator('.el-message-box')
  await box.getByText(/^PEN-08：/).waitFor()
  assert.ok((await box.innerText()).includes('第44条'), 'the message names the article')
  await dialog.locator('[data-test=penalty-refusal]').getByText(/PEN-08/).waitFor()
  await dialog.locator('[data-prop=noticeServedOn] .el-form-item__error').filter({ hasText: 'PEN-08' }).waitFor()
  await page.waitForTimeout(400)
  await shot(page, 'penalty-rule-refused')
  await box.getByRole('button', { name: '确定' }).click()
  await box.waitFor({ state: 'hidden' })
  assert.ok(await dialog.isVisible(), 'the dialog stays open with what was typed')
  const after = await api(page, `enforcement/cases/${stored.id}`)
  assert.equal(after.stage, 'filed', 'nothing stored: still at 立案')
  assert.equal(after.decidedOn ?? null, null)
  await dialog.locator('[data-test=penalty-cancel]').click()
  await dialog.waitFor({ state: 'hidden' })
  await newRow.locator('[data-test=penalty-stage][data-stage=filed]').waitFor()

  // The 全过程记录 of the new case: a photo (JPEG by its content) uploaded as a 立案 document.
  await newRow.locator('[data-test=penalty-number-link]').click()
  await page.waitForURL(new RegExp(`/enforcement/cases/${stored.id}$`))
  await detail.locator('[data-test=penalty-detail-stage][data-stage=filed]').waitFor()
  const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0e2e site photo of 树综执罚立〔2025〕901号'), Buffer.from([0xff, 0xd9])])
  const photoSha = createHash('sha256').update(photo).digest('hex')
  const photoPath = join(work, '现场照片.jpg')
  writeFileSync(photoPath, photo)
  const documents = detail.locator('[data-test=penalty-detail-documents]')
  const documentsBefore = (await api(page, `enforcement/cases/${stored.id}`)).documents.length
  await detail.locator('[data-test=penalty-document-upload]').click()
  const upload = page.locator('.el-dialog[data-test=penalty-upload-dialog]')
  await upload.waitFor()
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), upload.locator('button').filter({ hasText: '选择文件' }).click()])
  assert.equal(await chooser.element().getAttribute('accept'), 'image/*,audio/*,video/*,application/pdf')
  await chooser.setFiles(photoPath)
  await upload.locator('[data-test=penalty-upload-file]').filter({ hasText: '现场照片.jpg' }).waitFor()
  assert.equal(await upload.locator('[data-prop=title] input').inputValue(), '现场照片', 'the title from the file name')
  // Only the stages the case has reached: a case at 立案 offers 立案 alone.
  await upload.locator('[data-prop=stage] .el-select').click()
  const stageItems = page.locator('.el-select-dropdown__item:visible')
  await stageItems.first().waitFor()
  assert.deepEqual((await stageItems.allInnerTexts()).map((x) => x.trim()), ['线索/立案'])
  await stageItems.filter({ hasText: '线索/立案' }).click()
  await choose(page, upload.locator('[data-prop=evidenceType]'), '视听资料')
  await fillDate(upload.locator('[data-prop=recordedOn]'), filed)
  await upload.locator('.el-dialog__title').click()
  await upload.locator('[data-test=penalty-upload-submit]').click()
  await upload.waitFor({ state: 'hidden' })
  const uploadWarnings = page.locator('.el-dialog').filter({ hasText: '保存成功' })
  await uploadWarnings.waitFor({ timeout: 3000 }).then(() => uploadWarnings.getByRole('button', { name: '确定' }).click()).catch(() => {})
  const withPhoto = await api(page, `enforcement/cases/${stored.id}`)
  assert.equal(withPhoto.documents.length, documentsBefore + 1, 'one document added')
  const doc = withPhoto.documents.find((d) => d.fileName === '现场照片.jpg')
  assert.ok(doc, 'the uploaded document is stored')
  assert.deepEqual([doc.stage, doc.evidenceType, doc.recordedOn, doc.title, doc.mediaType, doc.sizeBytes, doc.sha256], ['filed', 'audio_visual', filed, '现场照片', 'image/jpeg', photo.length, photoSha])
  const docRow = documents.locator(`tr.penalty-document-${doc.id}`)
  await docRow.waitFor()
  assert.equal((await docRow.locator('[data-test=penalty-document-sha]').innerText()).trim(), photoSha.slice(0, 12), 'the SHA-256 prefix')
  assert.ok((await docRow.innerText()).includes('线索/立案') && (await docRow.innerText()).includes(`${photo.length} B`), await docRow.innerText())
  // The download (verified by the server against its SHA-256) gives back the very bytes.
  const [photoDownload] = await Promise.all([page.waitForEvent('download'), docRow.locator('[data-test=penalty-document-download]').click()])
  assert.equal(photoDownload.suggestedFilename(), '现场照片.jpg')
  const downloadedPath = join(work, 'downloaded.jpg')
  await photoDownload.saveAs(downloadedPath)
  assert.ok(readFileSync(downloadedPath).equals(photo), 'the downloaded file is the uploaded one')
  await page.waitForTimeout(400)
  await tallShot(page, 'penalty-documents')

  // Text named x.jpg: the server reads the content and refuses it, and says why.
  const fakePath = join(work, 'x.jpg')
  writeFileSync(fakePath, 'this is plain text, not a photo\n')
  await detail.locator('[data-test=penalty-document-upload]').click()
  await upload.waitFor()
  await upload.locator('input[type=file]').setInputFiles(fakePath)
  await upload.locator('[data-test=penalty-upload-file]').filter({ hasText: 'x.jpg' }).waitFor()
  assert.equal(await upload.locator('[data-prop=title] input').inputValue(), 'x')
  await upload.locator('[data-test=penalty-upload-submit]').click()
  await upload.locator('[data-prop=file] .el-form-item__error').filter({ hasText: '无法识别的文件内容' }).waitFor()
  assert.ok(await upload.isVisible(), 'the dialog stays open')
  assert.equal((await api(page, `enforcement/cases/${stored.id}`)).documents.length, documentsBefore + 1, 'nothing stored')
  await upload.locator('[data-test=penalty-upload-cancel]').click()
  await upload.waitFor({ state: 'hidden' })

  // Export of the list with its filters: the new case alone, as .xlsx.
  await page.goto(base + '/enforcement/cases')
  await page.locator('tr.penalty-row').first().waitFor()
  await page.locator('input[data-test=penalty-filter-q]').fill(number)
  await page.locator('[data-test=penalty-search]').click()
  await page.getByText('共 1 条').waitFor()
  const [xlsx, exported] = await Promise.all([
    page.waitForEvent('download'),
    page.waitForResponse((r) => r.url().includes('/api/v1/enforcement/cases/export')),
    page.locator('[data-test=penalty-export]').getByRole('button', { name: '导出 Excel' }).click(),
  ])
  assert.match(xlsx.suggestedFilename(), /^行政执法案件台账_树人镇.*\.xlsx$/)
  const exportUrl = new URL(exported.url())
  assert.equal(exportUrl.searchParams.get('format'), 'xlsx')
  assert.equal(exportUrl.searchParams.get('q'), number, 'the filter goes with the export')
  assert.equal(exported.headers()['x-export-rows'], '1')
  const penaltyXlsx = join(work, 'penalty.xlsx')
  await xlsx.saveAs(penaltyXlsx)
  assert.equal(readFileSync(penaltyXlsx).subarray(0, 2).toString(), 'PK')
})

await scenario('clerk keeps the normative documents: a deliberation refused by NORM-03, then the document through 备案', async (page) => {
  await login(page, 'clerk100')
  await page.waitForURL(/\/dashboard/)
  await page.goto(base + '/normative/documents')
  await page.locator('tr.normative-row').first().waitFor()
  // The township's demo documents as the server pages them, each with the step derived from its dates.
  const listed = await api(page, 'normative/documents?page=1&pageSize=20&sort=-draftedOn')
  assert.ok(listed.total >= 3, `demo documents of 树人镇: ${listed.total}`)
  await page.getByText(`共 ${listed.total} 条`).waitFor()
  assert.equal(await page.locator('tr.normative-row').count(), listed.items.length)
  const returned = listed.items.find((d) => d.returnedOn && !d.correctedOn)
  assert.ok(returned, 'a demo document returned by the county and not corrected')
  assert.equal((await page.locator(`tr.normative-row-${returned.id} [data-test=normative-stage]`).innerText()).trim(), '被退回')
  const unfiled = listed.items.find((d) => d.publishedOn && !d.filedOn && d.deadlines.filing.due < isoDay(0))
  assert.ok(unfiled, 'a demo document published and not filed in time')
  const unfiledRow = page.locator(`tr.normative-row-${unfiled.id}`)
  await unfiledRow.locator('[data-test=normative-filing-due][data-state=overdue]').waitFor()
  assert.ok((await unfiledRow.innerText()).includes(unfiled.deadlines.filing.due), 'the filing deadline (NORM-05)')
  await page.waitForTimeout(400)
  await shot(page, 'normative-documents')

  // A new document deliberated without a 合法性审核: the server refuses it (NORM-03).
  await page.locator('[data-test=normative-new]').click()
  const dialog = page.locator('.el-dialog[data-test=normative-dialog]')
  await dialog.waitFor()
  const title = `树人镇村规民约审查备案办法${Date.now() % 100000}`
  await dialog.locator('[data-prop=title] input').fill(title)
  await dialog.locator('[data-prop=draftingUnit] input').fill('镇党政办公室')
  await fillDate(dialog.locator('[data-prop=draftedOn]'), isoDay(-60))
  await fillDate(dialog.locator('[data-prop=opinionsFrom]'), isoDay(-58))
  await fillDate(dialog.locator('[data-prop=opinionsTo]'), isoDay(-46))
  await dialog.locator('.el-collapse-item__header').filter({ hasText: '集体讨论与签发' }).click()
  await fillDate(dialog.locator('[data-prop=deliberatedOn]'), isoDay(-38))
  await dialog.locator('[data-prop=deliberationMeeting] input').fill('镇政府常务会议')
  await dialog.locator('.el-dialog__title').click()
  await dialog.locator('[data-test=normative-save]').click()
  const box = page.locator('.el-message-box')
  await box.getByText(/^NORM-03：/).waitFor()
  assert.ok((await box.innerText()).includes('未经合法性审核或者经审核不合法的，不得提交集体讨论'), await box.innerText())
  await dialog.locator('[data-test=normative-refusal]').getByText(/NORM-03/).waitFor()
  await dialog.locator('[data-prop=reviewedOn] .el-form-item__error').filter({ hasText: 'NORM-03' }).waitFor()
  await page.waitForTimeout(400)
  await shot(page, 'normative-refused')
  await box.getByRole('button', { name: '确定' }).click()
  await box.waitFor({ state: 'hidden' })
  assert.ok(await dialog.isVisible(), 'the dialog stays open with what was typed')
  assert.equal((await api(page, 'normative/documents?pageSize=1')).total, listed.total, 'nothing stored')
  assert.equal((await api(page, `normative/documents?q=${encodeURIComponent(title)}`)).total, 0)

  // With the review before the deliberation it is stored.
  await fillDate(dialog.locator('[data-prop=reviewSubmittedOn]'), isoDay(-44))
  await fillDate(dialog.locator('[data-prop=reviewedOn]'), isoDay(-40))
  await dialog.locator('[data-prop=reviewer] input').fill('镇政府法律顾问')
  await dialog.locator('[data-prop=reviewOpinion] textarea').fill('制定主体合法，程序完备，内容未违反上位法规定')
  await dialog.locator('.el-dialog__title').click()
  await dialog.locator('[data-test=normative-save]').click()
  const warnings = page.locator('.el-dialog').filter({ hasText: '保存成功' })
  await warnings.waitFor({ timeout: 3000 }).then(() => warnings.getByRole('button', { name: '确定' }).click()).catch(() => {})
  await dialog.waitFor({ state: 'hidden' })
  const found = await api(page, `normative/documents?q=${encodeURIComponent(title)}`)
  assert.equal(found.total, 1, 'the document is stored')
  const stored = found.items[0]
  assert.deepEqual([stored.draftedOn, stored.reviewSubmittedOn, stored.reviewedOn, stored.reviewOutcome, stored.deliberatedOn, stored.deliberationMeeting, stored.signedOn],
    [isoDay(-60), isoDay(-44), isoDay(-40), 'pass', isoDay(-38), '镇政府常务会议', null])
  assert.equal(stored.isNormative, true)
  await page.getByText(`共 ${listed.total + 1} 条`).waitFor()
  const row = page.locator(`tr.normative-row-${stored.id}`)
  await row.locator('[data-test=normative-stage][data-stage=deliberated]').waitFor()

  // Signed, published, in force 30 days later, filed with its materials: 已报备.
  await row.locator('[data-test=normative-edit]').click()
  await dialog.waitFor()
  await dialog.locator('[data-prop=signedOn]').waitFor()
  assert.equal(await dialog.locator('[data-prop=title] input').inputValue(), title, 'the stored document in the dialog')
  const number = `树府规〔2026〕${Date.now() % 1000 + 100}号`
  await dialog.locator('[data-prop=number] input').fill(number)
  await fillDate(dialog.locator('[data-prop=signedOn]'), isoDay(-36))
  await dialog.locator('[data-prop=signer] input').fill('镇长')
  await dialog.locator('.el-collapse-item__header').filter({ hasText: '发布与施行' }).click()
  await fillDate(dialog.locator('[data-prop=publishedOn]'), isoDay(-34))
  await dialog.locator('[data-prop=publicationChannel] input').fill('镇政府门户网站、政务公开栏')
  await fillDate(dialog.locator('[data-prop=effectiveOn]'), isoDay(-4))
  await fillDate(dialog.locator('[data-prop=validUntil]'), isoDay(1500))
  await dialog.locator('.el-collapse-item__header').filter({ hasText: /^备案$/ }).click()
  await fillDate(dialog.locator('[data-prop=filedOn]'), isoDay(-20))
  await dialog.locator('[data-prop=filingNumber] input').fill('云司备〔2026〕9号')
  const materials = dialog.locator('[data-test=normative-materials] .el-checkbox')
  assert.equal(await materials.count(), 4)
  for (let i = 0; i < 4; i++) await materials.nth(i).click()
  await dialog.locator('.el-dialog__title').click()
  await dialog.locator('[data-test=normative-save]').click()
  await warnings.waitFor({ timeout: 3000 }).then(() => warnings.getByRole('button', { name: '确定' }).click()).catch(() => {})
  await dialog.waitFor({ state: 'hidden' })
  const filed = await api(page, `normative/documents/${stored.id}`)
  assert.deepEqual([filed.number, filed.signedOn, filed.publishedOn, filed.effectiveOn, filed.validUntil, filed.filedOn, filed.filingNumber],
    [number, isoDay(-36), isoDay(-34), isoDay(-4), isoDay(1500), isoDay(-20), '云司备〔2026〕9号'])
  assert.deepEqual([filed.filedText, filed.filedExplanation, filed.filedBasis, filed.filedReviewOpinion], [true, true, true, true])
  await row.locator('[data-test=normative-stage][data-stage=filed]').waitFor()

  // The detail page: the step, the stepper, the four deadlines the server computed, the history.
  await row.locator('[data-test=normative-title-link]').click()
  await page.waitForURL(new RegExp(`/normative/documents/${stored.id}$`))
  const detail = page.locator('[data-test=normative-detail-page]')
  await detail.locator('[data-test=normative-detail-stage][data-stage=filed]').waitFor()
  const steps = detail.locator('[data-test=normative-stepper] .el-step')
  assert.equal(await steps.count(), 6)
  assert.equal(await detail.locator('[data-test=normative-stepper] .el-step[data-state=done]').count(), 6)
  const timeline = detail.locator('[data-test=normative-deadlines]')
  await timeline.locator('.el-timeline-item').first().waitFor()
  assert.equal(await timeline.locator('.el-timeline-item').count(), 4, 'review, publication, filing, evaluation')
  const timelineText = await timeline.innerText()
  for (const rule of ['NORM-04', 'NORM-09', 'NORM-05', 'NORM-06']) assert.ok(timelineText.includes(rule), rule)
  assert.ok(timelineText.includes(filed.deadlines.filing.due), 'the filing deadline')
  assert.ok(timelineText.includes(filed.deadlines.evaluationFrom), 'the evaluation start (NORM-06)')
  const history = detail.locator('[data-test=normative-history]')
  const audit = await api(page, `normative/documents/${stored.id}/history`)
  assert.equal(audit.total, 2, 'created and updated')
  await history.locator('.el-table__row').nth(1).waitFor()
  assert.equal(await history.locator('.el-table__row').count(), audit.items.length)
  await page.waitForTimeout(400)
  await tallShot(page, 'normative-document-detail')
})

await scenario('clerk keeps the major decisions: a decision without its risk assessment refused by DEC-07, then decided', async (page) => {
  await login(page, 'clerk100')
  await page.waitForURL(/\/dashboard/)
  await page.goto(base + '/decisions')
  await page.locator('tr.decision-row').first().waitFor()
  // The township's demo decisions as the server pages them.
  const listed = await api(page, 'decisions?page=1&pageSize=20&sort=-proposedOn')
  assert.ok(listed.total >= 1, `demo decisions of 树人镇: ${listed.total}`)
  await page.getByText(`共 ${listed.total} 条`).waitFor()
  assert.equal(await page.locator('tr.decision-row').count(), listed.items.length)
  for (const d of listed.items) {
    const tag = page.locator(`tr.decision-row-${d.id} [data-test=decision-procedure]`)
    assert.equal(await tag.getAttribute('data-complete'), String(!!d.procedureComplete), `procedureComplete of ${d.id}`)
    if (!d.inCatalogue) await page.locator(`tr.decision-row-${d.id} [data-test=decision-out-of-catalogue]`).waitFor()
  }
  await page.waitForTimeout(400)
  await shot(page, 'decisions')

  // A new decision that may affect stability, decided without a risk assessment: DEC-07.
  await page.locator('[data-test=decision-new]').click()
  const dialog = page.locator('.el-dialog[data-test=decision-dialog]')
  await dialog.waitFor()
  const title = `树人镇场镇停车场建设方案${Date.now() % 100000}`
  await dialog.locator('[data-prop=title] input').fill(title)
  await dialog.locator('[data-prop=draftingUnit] input').fill('镇建设环保办')
  await fillDate(dialog.locator('[data-prop=proposedOn]'), isoDay(-120))
  await dialog.locator('[data-prop=catalogueItem] input').fill('场镇基础设施建设')
  await dialog.locator('[data-prop=stabilityRisk] .el-switch').click()
  await dialog.locator('[data-prop=participationMethods] input').fill('座谈会、向社会公开征求意见')
  await fillDate(dialog.locator('[data-prop=commentFrom]'), isoDay(-110))
  await fillDate(dialog.locator('[data-prop=commentTo]'), isoDay(-75))
  await dialog.locator('[data-test=decision-comment-days]').getByText('36').waitFor()
  await fillDate(dialog.locator('[data-prop=legalitySubmittedOn]'), isoDay(-60))
  await fillDate(dialog.locator('[data-prop=legalityReviewedOn]'), isoDay(-45))
  await dialog.locator('[data-prop=legalityReviewer] input').fill('镇法律顾问')
  await dialog.locator('[data-prop=legalityOpinion] textarea').fill('决策主体、程序合法，内容不违反上位法')
  await dialog.locator('.el-collapse-item__header').filter({ hasText: '集体讨论决定' }).click()
  await fillDate(dialog.locator('[data-prop=decidedOn]'), isoDay(-40))
  await dialog.locator('[data-prop=meeting] input').fill('镇政府常务会议')
  await dialog.locator('.el-dialog__title').click()
  await dialog.locator('[data-test=decision-save]').click()
  const box = page.locator('.el-message-box')
  await box.getByText(/^DEC-07：/).waitFor()
  assert.ok((await box.innerText()).includes('重大行政决策程序暂行条例'), await box.innerText())
  await dialog.locator('[data-test=decision-refusal]').getByText(/DEC-07/).waitFor()
  await dialog.locator('[data-prop=riskAssessedOn] .el-form-item__error').filter({ hasText: 'DEC-07' }).waitFor()
  await page.waitForTimeout(400)
  await shot(page, 'decision-refused')
  await box.getByRole('button', { name: '确定' }).click()
  await box.waitFor({ state: 'hidden' })
  assert.ok(await dialog.isVisible(), 'the dialog stays open with what was typed')
  assert.equal((await api(page, 'decisions?pageSize=1')).total, listed.total, 'nothing stored')
  assert.equal((await api(page, `decisions?q=${encodeURIComponent(title)}`)).total, 0)

  // With the risk assessment before the decision it is stored, its procedure complete.
  await fillDate(dialog.locator('[data-prop=riskAssessedOn]'), isoDay(-65))
  await dialog.locator('[data-prop=riskReport] textarea').fill('经评估风险可控')
  await dialog.locator('.el-dialog__title').click()
  await dialog.locator('[data-test=decision-save]').click()
  const warnings = page.locator('.el-dialog').filter({ hasText: '保存成功' })
  await warnings.waitFor({ timeout: 3000 }).then(() => warnings.getByRole('button', { name: '确定' }).click()).catch(() => {})
  await dialog.waitFor({ state: 'hidden' })
  const found = await api(page, `decisions?q=${encodeURIComponent(title)}`)
  assert.equal(found.total, 1, 'the decision is stored')
  const stored = await api(page, `decisions/${found.items[0].id}`)
  assert.deepEqual([stored.stabilityRisk, stored.commentFrom, stored.commentTo, stored.riskAssessedOn, stored.legalityReviewedOn, stored.decidedOn, stored.meeting],
    [true, isoDay(-110), isoDay(-75), isoDay(-65), isoDay(-45), isoDay(-40), '镇政府常务会议'])
  assert.equal(stored.procedureComplete, true)
  await page.getByText(`共 ${listed.total + 1} 条`).waitFor()
  const row = page.locator(`tr.decision-row-${stored.id}`)
  await row.locator('[data-test=decision-procedure][data-complete=true]').waitFor()

  // The detail page: the five steps (专家论证 not needed), the fields, the history.
  await row.locator('[data-test=decision-title-link]').click()
  await page.waitForURL(new RegExp(`/decisions/${stored.id}$`))
  const detail = page.locator('[data-test=decision-detail-page]')
  await detail.locator('[data-test=decision-detail-procedure][data-complete=true]').waitFor()
  const checks = detail.locator('[data-test=decision-checklist] .check')
  assert.equal(await checks.count(), 5)
  const states = await checks.evaluateAll((els) => els.map((e) => `${e.dataset.step}:${e.dataset.state}`))
  assert.deepEqual(states, ['participation:done', 'expert:not_needed', 'risk:done', 'legality:done', 'meeting:done'])
  assert.ok((await detail.locator('[data-test=decision-checklist] .check[data-step=risk]').innerText()).includes(isoDay(-65)))
  const history = detail.locator('[data-test=decision-history]')
  const audit = await api(page, `decisions/${stored.id}/history`)
  assert.equal(audit.total, 1, 'created')
  await history.locator('.el-table__row').first().waitFor()
  assert.equal(await history.locator('.el-table__row').count(), audit.items.length)
  await page.waitForTimeout(400)
  await tallShot(page, 'decision-detail')
})

await scenario('clerk keeps the decision catalogue: the 2025 items, publication refused without the Party consent, a new item and its history; the decision dialog offers the year\'s items', async (page) => {
  await login(page, 'clerk100')
  await page.waitForURL(/\/dashboard/)
  let posts = 0
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/api/v1/decision-catalogue')) posts++
  })
  // This year first (the demo has no catalogue for it), then the demo year.
  const thisYear = Number(isoDay(0).slice(0, 4))
  await page.goto(base + '/decision-catalogue')
  const current = await api(page, `decision-catalogue?year=${thisYear}&pageSize=1`)
  await page.getByText(`共 ${current.total} 条`).waitFor()
  assert.ok((await page.locator('[data-test=catalogue-filter-year]').innerText()).includes(String(thisYear)), 'the current year by default')
  const search = page.locator('[data-test=catalogue-search-form]')
  await choose(page, formItem(search, '目录年度'), '2025年')
  const demo = ['场镇老旧小区改造实施方案', '农村生活垃圾收运处置体系建设方案', '集镇农贸市场迁建项目', '国土空间规划（村庄规划）编制方案']
  const listed = await api(page, 'decision-catalogue?year=2025&pageSize=200')
  for (const title of demo) assert.ok(listed.items.some((k) => k.title === title), `demo item ${title}`)
  await page.getByText(`共 ${listed.total} 条`).waitFor()
  for (const title of demo) {
    const row = page.locator('tr.catalogue-row').filter({ hasText: title })
    await row.waitFor()
    assert.equal(await row.locator('[data-test=catalogue-state]').getAttribute('data-state'), 'published', `${title}: agreed and published`)
  }
  assert.equal(await page.locator('tr.catalogue-row').count(), listed.items.length)

  // An item published without the Party committee's consent: refused on that field, nothing sent.
  await page.locator('[data-test=catalogue-new]').click()
  const dialog = page.locator('.el-dialog[data-test=catalogue-dialog]')
  await dialog.waitFor()
  assert.equal(await dialog.locator('[data-prop=year] input').inputValue(), '2025', 'the year of the filter')
  await dialog.locator('[data-prop=title] input').fill('集镇农贸市场迁建项目') // taken: the server refuses it (409)
  await dialog.locator('[data-prop=draftingUnit] input').fill('镇党政办')
  await dialog.locator('[data-prop=plannedPeriod] input').fill('2025年第四季度')
  await fillDate(dialog.locator('[data-prop=listedOn]'), '2025-03-01')
  await fillDate(dialog.locator('[data-prop=publishedOn]'), '2025-03-10')
  await dialog.locator('[data-prop=publicationChannel] input').fill('镇政府门户网站')
  await dialog.locator('.el-dialog__title').click()
  await dialog.locator('[data-test=catalogue-save]').click()
  const consent = dialog.locator('[data-prop=partyConsentOn] .el-form-item__error')
  await consent.filter({ hasText: '决策目录应经同级党委同意后向社会公布，请填写党委同意日期（DEC-03）' }).waitFor()
  await page.waitForTimeout(400)
  await shot(page, 'decision-catalogue-refused')
  assert.equal(posts, 0, 'the client check refuses before sending')

  // With the consent the refusal goes; the taken title comes back from the server on its field.
  await fillDate(dialog.locator('[data-prop=partyConsentOn]'), '2025-03-05')
  await dialog.locator('.el-dialog__title').click()
  await consent.waitFor({ state: 'detached' })
  await dialog.locator('[data-test=catalogue-save]').click()
  await dialog.locator('[data-prop=title] .el-form-item__error').filter({ hasText: '2025年度决策目录中已有同名事项' }).waitFor()
  assert.equal(posts, 1)
  assert.equal((await api(page, 'decision-catalogue?year=2025&pageSize=1')).total, listed.total, 'nothing stored')
  const title = `场镇停车场建设规划方案${Date.now() % 100000}`
  await dialog.locator('[data-prop=title] input').fill(title)
  await dialog.locator('[data-test=catalogue-save]').click()
  await dialog.waitFor({ state: 'hidden' })
  await page.getByText(`共 ${listed.total + 1} 条`).waitFor()
  const found = await api(page, `decision-catalogue?year=2025&q=${encodeURIComponent(title)}`)
  assert.equal(found.total, 1, 'the item is stored')
  const item = found.items[0]
  assert.deepEqual([item.year, item.draftingUnit, item.plannedPeriod, item.listedOn, item.partyConsentOn, item.publishedOn, item.publicationChannel, item.withdrawnOn],
    [2025, '镇党政办', '2025年第四季度', '2025-03-01', '2025-03-05', '2025-03-10', '镇政府门户网站', null])
  const row = page.locator(`tr.catalogue-row-${item.id}`)
  assert.equal(await row.locator('[data-test=catalogue-state]').getAttribute('data-state'), 'published')
  await page.locator('.el-message').waitFor({ state: 'detached', timeout: 6000 }).catch(() => {})
  await shot(page, 'decision-catalogue')

  // Its history: created by clerk100.
  await row.locator('[data-test=catalogue-history]').click()
  const drawer = page.locator('[data-test=catalogue-history-drawer]')
  await drawer.locator('.el-table__row').first().waitFor()
  const audit = await api(page, `decision-catalogue/${item.id}/history`)
  assert.equal(audit.total, 1, 'created')
  assert.equal(await drawer.locator('.el-table__row').count(), audit.items.length)
  assert.ok((await drawer.locator('.el-table__row').first().innerText()).includes('clerk100'))
  await page.waitForTimeout(400)
  await shot(page, 'decision-catalogue-history')
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'hidden' })

  // The decision dialog: this year has no catalogue (free text, the hint and the link) …
  await page.goto(base + '/decisions')
  await page.locator('tr.decision-row').first().waitFor()
  await page.locator('[data-test=decision-new]').click()
  const dd = page.locator('.el-dialog[data-test=decision-dialog]')
  await dd.waitFor()
  const empty = dd.locator('[data-test=decision-catalogue-empty]')
  await empty.getByText('该年度决策目录尚未录入').waitFor()
  assert.equal(await empty.locator('[data-test=decision-catalogue-link]').getAttribute('href'), `/decision-catalogue?year=${thisYear}`)
  await dd.locator('[data-test=decision-catalogue-item-input]').waitFor()
  await page.waitForTimeout(400)
  await shot(page, 'decision-catalogue-empty-year')
  // … 2025 has one: a select of its items not taken out.
  const decisionTitle = `树人镇场镇停车场建设${Date.now() % 100000}`
  await dd.locator('[data-prop=title] input').fill(decisionTitle)
  await dd.locator('[data-prop=draftingUnit] input').fill('镇党政办')
  await fillDate(dd.locator('[data-prop=proposedOn]'), '2025-02-01')
  const year = dd.locator('[data-prop=catalogueYear] input')
  await year.fill('2025')
  await year.blur()
  const select = dd.locator('[data-test=decision-catalogue-item-select]')
  await select.waitFor()
  await empty.waitFor({ state: 'detached' })
  await select.click()
  const options = page.locator('.decision-catalogue-options .el-select-dropdown__item:visible')
  await options.first().waitFor()
  const offered = await options.locator('.item-title').allInnerTexts()
  const open = (await api(page, 'decision-catalogue?year=2025&withdrawn=false&pageSize=200')).items.map((k) => k.title)
  assert.deepEqual([...offered].sort(), [...open].sort(), 'the items of 2025 not taken out')
  for (const t of [...demo, title]) assert.ok(offered.includes(t), `offered: ${t}`)
  await page.waitForTimeout(300)
  await shot(page, 'decision-catalogue-select')
  // The new item was listed on 2025-03-01, after this decision started: refused on the field.
  await options.filter({ hasText: title }).click()
  const itemError = dd.locator('[data-prop=catalogueItem] .el-form-item__error')
  await itemError.filter({ hasText: '该事项于2025-03-01列入目录，晚于决策启动日期（2025-02-01）' }).waitFor()
  await fillDate(dd.locator('[data-prop=proposedOn]'), '2025-04-01')
  await dd.locator('.el-dialog__title').click()
  await itemError.waitFor({ state: 'detached' })
  await dd.locator('[data-test=decision-save]').click()
  const warnings = page.locator('.el-dialog').filter({ hasText: '保存成功' })
  await warnings.waitFor({ timeout: 3000 }).then(() => warnings.getByRole('button', { name: '确定' }).click()).catch(() => {})
  await dd.waitFor({ state: 'hidden' })
  const stored = await api(page, `decisions?q=${encodeURIComponent(decisionTitle)}`)
  assert.equal(stored.total, 1, 'the decision is stored')
  assert.deepEqual([stored.items[0].inCatalogue, stored.items[0].catalogueYear, stored.items[0].catalogueItem], [true, 2025, title])
})

await scenario('clerk keeps the 法制审核目录: the township\'s entries with the 自然资源 one, a new entry, a duplicate refused on 处罚种类, an entry taken out, its history; a township without entries sees the default banner', async (page) => {
  // clerk101's township (梨树镇) has its own catalogue in the demo; clerk100's has none and must
  // keep the default (other scenarios decide fines under it): nothing is written there.
  await login(page, 'clerk101')
  await page.waitForURL(/\/dashboard/)
  let posts = 0
  page.on('request', (r) => {
    if (['POST', 'PUT'].includes(r.method()) && r.url().includes('/api/v1/enforcement/review-catalogue')) posts++
  })
  await page.goto(base + '/enforcement/review-catalogue')
  const listed = await api(page, 'enforcement/review-catalogue?pageSize=200')
  assert.ok(listed.total >= 10, `demo entries: ${listed.total}`)
  await page.getByText(`共 ${listed.total} 条`).waitFor()
  assert.equal(await page.locator('tr.review-row').count(), listed.items.length)
  const menu = await menuTexts(page)
  assert.ok(menu.includes('法制审核目录'), `menu: ${menu}`)
  // The stricter 自然资源 fine: its matter type, kind and both thresholds in 元.
  const land = listed.items.find((e) => e.matterType === '自然资源' && e.kind === 'fine')
  assert.ok(land, 'the demo 自然资源 entry')
  const landRow = page.locator(`tr.review-row-${land.id}`)
  assert.equal((await landRow.locator('[data-test=review-matter-type]').innerText()).trim(), '自然资源')
  assert.equal((await landRow.locator('[data-test=review-kind]').innerText()).trim(), '罚款')
  assert.equal((await landRow.locator('[data-test=review-minPersonFen]').innerText()).trim(), '5,000.00元')
  assert.equal((await landRow.locator('[data-test=review-minOrgFen]').innerText()).trim(), '50,000.00元')
  assert.equal(await landRow.locator('[data-test=review-state]').getAttribute('data-state'), 'active')
  // A default entry: every matter type; a kind without an amount shows —.
  const revoke = listed.items.find((e) => e.kind === 'revoke_licence' && e.matterType === '')
  const revokeRow = page.locator(`tr.review-row-${revoke.id}`)
  assert.equal((await revokeRow.locator('[data-test=review-matter-type]').innerText()).trim(), '全部事项')
  assert.equal((await revokeRow.locator('[data-test=review-minPersonFen]').innerText()).trim(), '—')
  assert.equal(await page.locator('[data-test=review-default-banner]').count(), 0, 'an own catalogue: no default banner')
  await page.waitForTimeout(300)
  await shot(page, 'review-catalogue')

  // A new entry: nothing sent while the kind and description are missing; a kind without an
  // amount disables the amounts at 0; 罚款 asks for them in 元.
  await page.locator('[data-test=review-new]').click()
  const dialog = page.locator('.el-dialog[data-test=review-dialog]')
  await dialog.waitFor()
  await dialog.locator('[data-test=review-save]').click()
  await dialog.locator('[data-prop=kind] .el-form-item__error').filter({ hasText: '此项为必填项' }).waitFor()
  await dialog.locator('[data-prop=description] .el-form-item__error').waitFor()
  assert.equal(posts, 0, 'the client check refuses before sending')
  await choose(page, dialog.locator('[data-prop=kind]'), '吊销许可证件')
  const person = dialog.locator('[data-prop=minPersonYuan]')
  const org = dialog.locator('[data-prop=minOrgYuan]')
  assert.equal(await person.locator('input').inputValue(), '0')
  assert.ok(await person.locator('input').isDisabled(), 'no amount for 吊销许可证件')
  const offered = await page.locator('.review-kind-options .el-select-dropdown__item').allInnerTexts()
  for (const k of ['警告', '通报批评']) assert.ok(!offered.includes(k), `${k} not offered: ${offered}`)
  assert.ok(offered.includes('罚款') && offered.includes('行政拘留'), `${offered}`)
  await choose(page, dialog.locator('[data-prop=kind]'), '罚款')
  assert.ok(!(await person.locator('input').isDisabled()))
  assert.equal(await person.locator('input').inputValue(), '', 'the amounts are to be typed')
  await dialog.locator('[data-prop=matterType] input').fill('市场监管')
  await person.locator('input').fill('3000')
  await org.locator('input').fill('30000.5x')
  await dialog.locator('[data-prop=description] input').fill('市场监管领域罚款（自然人3000元、法人或其他组织3万元以上）')
  await dialog.locator('[data-prop=basis] textarea').fill('县市场监管局《重大行政执法决定法制审核目录》第2项')
  await dialog.locator('[data-test=review-save]').click()
  await dialog.locator('[data-prop=minOrgYuan] .el-form-item__error').filter({ hasText: '金额格式不正确' }).waitFor()
  assert.equal(posts, 0)
  await org.locator('input').fill('30000')
  await dialog.locator('.el-dialog__title').click()
  await dialog.locator('[data-prop=minOrgYuan] .el-form-item__error').waitFor({ state: 'detached' })
  await page.waitForTimeout(200)
  await shot(page, 'review-catalogue-dialog')
  await dialog.locator('[data-test=review-save]').click()
  await dialog.waitFor({ state: 'hidden' })
  await page.getByText(`共 ${listed.total + 1} 条`).waitFor()
  const found = (await api(page, 'enforcement/review-catalogue?pageSize=200')).items.filter((e) => e.matterType === '市场监管')
  assert.equal(found.length, 1, 'the entry is stored')
  const entry = found[0]
  assert.deepEqual([entry.kind, entry.minPersonFen, entry.minOrgFen, entry.active, entry.basis],
    ['fine', 300000, 3000000, true, '县市场监管局《重大行政执法决定法制审核目录》第2项'])
  const row = page.locator(`tr.review-row-${entry.id}`)
  await row.waitFor()
  assert.equal((await row.locator('[data-test=review-minPersonFen]').innerText()).trim(), '3,000.00元')
  assert.equal((await row.locator('[data-test=review-minOrgFen]').innerText()).trim(), '30,000.00元')
  assert.equal(posts, 1)

  // The same matter type and kind again: the server's 409 on 处罚种类, nothing stored.
  await page.locator('.el-message').waitFor({ state: 'detached', timeout: 6000 }).catch(() => {})
  await page.locator('[data-test=review-new]').click()
  await dialog.waitFor()
  assert.equal(await dialog.locator('[data-prop=matterType] input').inputValue(), '', 'a fresh form')
  await dialog.locator('[data-prop=matterType] input').fill(' 市场监管 ')
  await choose(page, dialog.locator('[data-prop=kind]'), '罚款')
  await person.locator('input').fill('5000')
  await org.locator('input').fill('50000')
  await dialog.locator('[data-prop=description] input').fill('市场监管罚款（重复录入）')
  await dialog.locator('[data-test=review-save]').click()
  const kindError = dialog.locator('[data-prop=kind] .el-form-item__error')
  await kindError.filter({ hasText: '“市场监管”的“罚款”已在本乡镇法制审核目录中' }).waitFor()
  assert.equal(posts, 2)
  assert.equal((await api(page, 'enforcement/review-catalogue?pageSize=1')).total, listed.total + 1, 'nothing stored')
  await page.waitForTimeout(300)
  await shot(page, 'review-catalogue-duplicate')
  await dialog.locator('[data-test=review-cancel]').click()
  await dialog.waitFor({ state: 'hidden' })

  // Taken out of the catalogue: the row stays with 已移出; the 已移出 filter finds it.
  await row.locator('[data-test=review-take-out]').click()
  const box = page.locator('.el-message-box')
  await box.getByText('移出法制审核目录').waitFor()
  await box.getByRole('button', { name: /确定|OK/ }).click()
  await row.locator('[data-test=review-state][data-state=inactive]').filter({ hasText: '已移出' }).waitFor()
  assert.equal((await api(page, `enforcement/review-catalogue/${entry.id}`)).active, false)
  assert.equal(posts, 3)
  await choose(page, formItem(page.locator('[data-test=review-search-form]'), '目录状态'), '已移出')
  await page.getByText('共 1 条').waitFor()
  await row.waitFor()
  await page.locator('.el-message').waitFor({ state: 'detached', timeout: 6000 }).catch(() => {})
  await shot(page, 'review-catalogue-taken-out')

  // Edited while taken out: the amounts come back in 元, the entry stays out.
  await row.locator('[data-test=review-edit]').click()
  await dialog.waitFor()
  assert.deepEqual([await person.locator('input').inputValue(), await org.locator('input').inputValue()], ['3000.00', '30000.00'])
  await org.locator('input').fill('20000')
  await dialog.locator('[data-test=review-save]').click()
  await dialog.waitFor({ state: 'hidden' })
  await row.locator('[data-test=review-minOrgFen]').filter({ hasText: '20,000.00元' }).waitFor()
  const edited = await api(page, `enforcement/review-catalogue/${entry.id}`)
  assert.deepEqual([edited.minPersonFen, edited.minOrgFen, edited.active], [300000, 2000000, false])

  // Its history: created, taken out, edited, by clerk101.
  await row.locator('[data-test=review-history]').click()
  const drawer = page.locator('[data-test=review-history-drawer]')
  await drawer.locator('.el-table__row').nth(2).waitFor()
  const audit = await api(page, `enforcement/review-catalogue/${entry.id}/history`)
  assert.equal(audit.total, 3, 'created, taken out, edited')
  assert.equal(await drawer.locator('.el-table__row').count(), 3)
  assert.ok((await drawer.innerText()).includes('clerk101'))
  assert.ok((await drawer.innerText()).includes('active: true → false'), 'the change')
  await page.waitForTimeout(400)
  await shot(page, 'review-catalogue-history')
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'hidden' })

  // In English: the same page, no Chinese UI text around the table.
  await page.locator('[data-test=review-reset]').click()
  await page.getByText(`共 ${listed.total + 1} 条`).waitFor()
  await page.getByText('English', { exact: true }).click()
  await page.locator('.el-table__header').getByText('Matter type').waitFor()
  assert.equal((await revokeRow.locator('[data-test=review-matter-type]').innerText()).trim(), 'All matters')
  assert.equal((await landRow.locator('[data-test=review-minPersonFen]').innerText()).trim(), '5,000.00 yuan')
  assert.equal((await row.locator('[data-test=review-state]').innerText()).trim(), 'Taken out')
  assert.ok(!/[\u4e00-\u9fff]/.test(await page.locator('.main .toolbar, .main .search-form, .main .el-table__header').allInnerTexts().then((a) => a.join(' '))), 'no Chinese UI text in English')
  await page.waitForTimeout(300)
  await shot(page, 'review-catalogue-en')
  await page.getByText('中文', { exact: true }).click()
  await page.locator('.el-table__header').getByText('事项类别').waitFor()

  // 树人镇 (clerk100) has no entry: the banner says the default catalogue applies and offers
  // to start from it — not pressed here.
  const clerk100 = await page.context().browser().newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  const p2 = await clerk100.newPage()
  p2.setDefaultTimeout(15000)
  const p2Errors = []
  p2.on('pageerror', (e) => p2Errors.push(String(e)))
  try {
    await login(p2, 'clerk100')
    await p2.waitForURL(/\/dashboard/)
    await p2.goto(base + '/enforcement/review-catalogue')
    const banner = p2.locator('[data-test=review-default-banner]')
    await banner.waitFor()
    assert.equal(await banner.getAttribute('data-standing'), 'default')
    await banner.getByText('本乡镇尚无生效的法制审核目录事项，现适用默认目录').waitFor()
    assert.ok((await banner.innerText()).includes('自然人1万元、法人或其他组织10万元'))
    await banner.locator('[data-test=review-start-default]').filter({ hasText: '从默认目录生成' }).waitFor()
    await p2.getByText('共 0 条').waitFor()
    assert.equal((await api(p2, 'enforcement/review-catalogue?pageSize=1')).total, 0, 'clerk100 keeps the default catalogue')
    await p2.waitForTimeout(300)
    await shot(p2, 'review-catalogue-default')
    await p2.getByText('English', { exact: true }).click()
    await banner.getByText('The township has no active entry: the default catalogue applies').waitFor()
    await p2.waitForTimeout(300)
    await shot(p2, 'review-catalogue-default-en')
    assert.deepEqual(p2Errors, [], 'uncaught errors in the page')
  } finally {
    await clerk100.close()
  }

  // The county reviewer reads every township's catalogue, without write buttons; the banner
  // speaks of the township chosen.
  const county = await page.context().browser().newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  const p3 = await county.newPage()
  p3.setDefaultTimeout(15000)
  try {
    await login(p3, 'reviewer')
    await p3.waitForURL(/\/dashboard/)
    await p3.goto(base + '/enforcement/review-catalogue')
    const all = await api(p3, 'enforcement/review-catalogue?pageSize=1')
    await p3.getByText(`共 ${all.total} 条`).waitFor()
    assert.equal(all.total, listed.total + 1, 'only 梨树镇 has entries')
    assert.equal(await p3.locator('[data-test=review-new], [data-test=review-edit], [data-test=review-take-out]').count(), 0, 'no write buttons')
    assert.equal(await p3.locator('[data-test=review-default-banner]').count(), 0, 'no township chosen: no banner')
    await choose(p3, formItem(p3.locator('[data-test=review-search-form]'), '乡镇（街道）'), '树人镇')
    const banner = p3.locator('[data-test=review-default-banner]')
    await banner.waitFor()
    await p3.getByText('共 0 条').waitFor()
    assert.equal(await banner.locator('[data-test=review-start-default]').count(), 0, 'start-from-default needs ledger_write')
  } finally {
    await county.close()
  }
})

await scenario('clerk reads the annual enforcement data and the decisions still to publish', async (page) => {
  await login(page, 'clerk100')
  await page.waitForURL(/\/dashboard/)
  await page.goto(base + '/enforcement/statistics')
  const totalRow = page.locator('tr.statistics-row-total')
  await totalRow.waitFor()
  // Last year by default, the caller's township: the same figures as the API.
  const stats = await api(page, 'enforcement/statistics')
  assert.equal(stats.year, new Date().getFullYear() - 1)
  assert.deepEqual(stats.rows.map((r) => r.categoryLabel), ['行政许可', '行政处罚', '行政强制', '行政征收', '行政征用', '行政检查', '合计'])
  const total = stats.rows[6]
  assert.ok(total.decided > 0, JSON.stringify(total))
  assert.equal((await totalRow.locator('[data-test=statistics-decided]').innerText()).trim(), String(total.decided))
  assert.equal(await page.locator('tr.statistics-row').count(), 7)
  assert.ok((await page.locator('[data-test=statistics-caption]').innerText()).includes(`${stats.unit.name}${stats.year}`))
  await page.waitForTimeout(400)
  await shot(page, 'enforcement-statistics')
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=statistics-export]').getByRole('button', { name: '导出 Excel' }).click()])
  assert.equal(xlsx.suggestedFilename(), `行政执法数据统计表_${stats.unit.name}_${stats.year}.xlsx`)
  const statsXlsx = join(work, 'statistics.xlsx')
  await xlsx.saveAs(statsXlsx)
  assert.equal(readFileSync(statsXlsx).subarray(0, 2).toString(), 'PK')

  // 待公示: the decisions not yet published, with their 公示 deadline.
  await page.goto(base + '/enforcement/cases')
  await page.locator('tr.penalty-row').first().waitFor()
  assert.equal(await page.locator('[data-test=penalty-publication-due]').count(), 0, 'no publication column without the filter')
  await page.locator('[data-test=penalty-filter-unpublished]').click()
  const due = await api(page, 'enforcement/cases?published=false&pageSize=100')
  assert.ok(due.total > 0, 'the demo leaves a decision unpublished')
  await page.getByText(`共 ${due.total} 条`).waitFor()
  for (const c of due.items) {
    const cell = page.locator(`tr.penalty-row-${c.id} [data-test=penalty-publication-due]`)
    assert.ok((await cell.innerText()).includes(c.deadlines.publication.due), `the 公示 deadline of ${c.number}`)
  }
})

await scenario('the public decisions page needs no login and shows no personal data', async (page) => {
  // From the login page, without signing in.
  await page.goto(base + '/login')
  await page.locator('[data-test=login-public-decisions]').click()
  await page.waitForURL(/\/public\/decisions/)
  await page.locator('[data-test=public-decisions-page]').waitFor()
  await page.goto(base + '/public/decisions?unit=500199000000')
  await page.locator('[data-test=public-table] .el-table__row').first().waitFor()
  assert.match(page.url(), /\/public\/decisions\?unit=500199000000/, 'not sent to the login page')
  assert.equal(await page.locator('.el-menu').count(), 0, 'no app menu')
  const heading = await page.locator('[data-test=public-heading]').innerText()
  const year = /(\d{4})年度/.exec(heading)?.[1]
  assert.ok(heading.includes('云岭县') && year, heading)
  const r = await page.request.get(`${base}/api/v1/public/decisions?unit=500199000000&year=${year}&pageSize=100`)
  assert.equal(r.status(), 200)
  const published = await r.json()
  assert.ok(published.total > 0, 'the demo publishes decisions')
  await page.getByText(`共 ${published.total} 条`).waitFor()
  assert.equal(await page.locator('[data-test=public-table] .el-table__row').count(), Math.min(published.total, 20))
  const first = page.locator('[data-test=public-table] .el-table__row').first()
  assert.ok((await first.innerText()).includes(published.items[0].decisionNumber))
  const text = await page.locator('body').innerText()
  assert.ok(!/\d{17}[\dX]/.test(text), 'no 身份证号')
  assert.ok(!/1[3-9]\d{9}/.test(text), 'no mobile number')
  assert.equal((await page.request.get(base + '/api/v1/auth/session')).status(), 401, 'nobody is signed in')
  await page.waitForTimeout(400)
  await shot(page, 'public-decisions')
})

// ---- 权力事项目录 (LEP-01) ----
await scenario('clerk keeps the catalogue of enforcement powers: CF-001 in two versions, a new power revised from a later date; the public page by day', async (page) => {
  await login(page, 'clerk100')
  await page.waitForURL(/\/dashboard/)
  await page.goto(base + '/enforcement/powers')
  await page.locator('tr.power-row').first().waitFor()
  const demo = await api(page, 'enforcement/powers?code=CF-001')
  assert.deepEqual(demo.items.map((p) => [p.version, p.effectiveFrom, p.effectiveTo]), [[1, '2025-01-01', '2025-06-30'], [2, '2025-07-01', null]])
  for (const p of demo.items) {
    const row = page.locator(`tr.power-row-${p.id}`)
    assert.equal((await row.locator('[data-test=power-version]').innerText()).trim(), String(p.version))
    assert.equal((await row.locator('[data-test=power-to]').innerText()).trim(), p.effectiveTo ?? '')
  }
  const [old, cur] = demo.items
  await page.locator(`tr.power-row-${old.id} [data-test=power-state]`).filter({ hasText: '已失效' }).waitFor()
  await page.locator(`tr.power-row-${cur.id} [data-test=power-state]`).filter({ hasText: '现行' }).waitFor()
  assert.equal(await page.locator(`tr.power-row-${old.id} [data-test=power-revise]`).count(), 0, 'no revise on an old version')
  await page.waitForTimeout(300)
  await shot(page, 'powers-list')
  // The versions of CF-001 in the drawer.
  await page.locator(`tr.power-row-${cur.id} [data-test=power-versions]`).click()
  const drawer = page.locator('[data-test=power-versions-drawer]')
  await drawer.locator('.power-version-row').nth(1).waitFor()
  assert.deepEqual((await drawer.locator('[data-test=version-to]').allInnerTexts()).map((x) => x.trim()), ['2025-06-30', ''])
  await page.keyboard.press('Escape')
  await drawer.waitFor({ state: 'hidden' })

  // A new power: the client checks first, then saved.
  const code = `E2E-${Date.now() % 100000}`
  await page.locator('[data-test=powers-new]').click()
  const dlg = page.locator('.el-dialog[data-test=power-dialog]')
  await dlg.waitFor()
  await dlg.locator('[data-test=power-save]').click()
  await dlg.locator('[data-prop=code] .el-form-item__error').filter({ hasText: '此项为必填项' }).waitFor()
  await dlg.locator('[data-prop=code] input').fill(code)
  await choose(page, dlg.locator('[data-prop=category]'), '行政检查')
  await dlg.locator('[data-prop=name] input').fill('对农村自建房安全的行政检查')
  await dlg.locator('[data-prop=subject] input').fill('树人镇人民政府')
  await dlg.locator('[data-prop=basis] textarea').fill('《中华人民共和国建筑法》第4条')
  await dlg.locator('[data-prop=procedure] textarea').fill('出示证件—检查—记录')
  await dlg.locator('[data-prop=remedy] textarea').fill('依法申请行政复议或者提起行政诉讼')
  await fillDate(dlg.locator('[data-prop=effectiveFrom]'), '2025-02-01')
  await dlg.locator('.el-dialog__title').click()
  await page.waitForTimeout(200)
  await shot(page, 'powers-dialog')
  await dlg.locator('[data-test=power-save]').click()
  await dlg.waitFor({ state: 'hidden' })
  const created = (await api(page, `enforcement/powers?code=${code}`)).items
  assert.deepEqual(created.map((p) => [p.version, p.effectiveFrom, p.effectiveTo]), [[1, '2025-02-01', null]])

  // Revise it: a date not after the current one's is refused on the field, then from 2025-09-01.
  await page.locator('[data-test=powers-filter-q]').fill(code)
  await page.locator('[data-test=powers-search]').click()
  const row = page.locator(`tr.power-row-${created[0].id}`)
  await row.waitFor()
  await row.locator('[data-test=power-revise]').click()
  await dlg.waitFor()
  assert.equal(await dlg.locator('[data-prop=code] input').inputValue(), code)
  assert.equal(await dlg.locator('[data-prop=effectiveFrom] input').inputValue(), '')
  await fillDate(dlg.locator('[data-prop=effectiveFrom]'), '2025-02-01')
  await dlg.locator('.el-dialog__title').click()
  await dlg.locator('[data-test=power-save]').click()
  await dlg.locator('[data-prop=effectiveFrom] .el-form-item__error').filter({ hasText: '生效日期须晚于当前版本的生效日期（2025-02-01）' }).waitFor()
  await fillDate(dlg.locator('[data-prop=effectiveFrom]'), '2025-09-01')
  await dlg.locator('[data-prop=basis] textarea').fill('《中华人民共和国建筑法》第4条；《城乡规划法》第65条')
  await dlg.locator('.el-dialog__title').click()
  await page.waitForTimeout(200)
  await shot(page, 'powers-revise')
  await dlg.locator('[data-test=power-save]').click()
  await dlg.waitFor({ state: 'hidden' })
  const revised = (await api(page, `enforcement/powers?code=${code}`)).items
  assert.deepEqual(revised.map((p) => [p.version, p.effectiveFrom, p.effectiveTo]), [[1, '2025-02-01', '2025-08-31'], [2, '2025-09-01', null]])
  await page.locator(`tr.power-row-${created[0].id} [data-test=power-to]`).filter({ hasText: '2025-08-31' }).waitFor()
  await page.locator(`tr.power-row-${revised[1].id} [data-test=power-version]`).filter({ hasText: '2' }).waitFor()
  assert.equal(await page.locator(`tr.power-row-${created[0].id} [data-test=power-revise]`).count(), 0, 'the old version is no longer revisable')
  await page.waitForTimeout(300)
  await shot(page, 'powers-revised')
  await page.locator(`tr.power-row-${revised[1].id} [data-test=power-history]`).click()
  await page.locator('[data-test=power-history-drawer] .el-table__row').first().waitFor()
})

await scenario('the public catalogue of enforcement powers needs no login and shows the version in force on the day', async (page) => {
  await page.goto(base + '/public/decisions?unit=500199000000')
  await page.locator('[data-test=public-powers-link]').click()
  await page.waitForURL(/\/public\/powers\?unit=500199000000/)
  await page.locator('[data-test=public-powers-page]').waitFor()
  assert.equal(await page.locator('.el-menu').count(), 0, 'no app menu')
  for (const [on, version] of [['2025-06-30', '1'], ['2025-07-01', '2']]) {
    await page.goto(`${base}/public/powers?unit=500199000000&on=${on}`)
    await page.locator('[data-test=public-powers-heading]').filter({ hasText: on }).waitFor()
    const r = await page.request.get(`${base}/api/v1/public/powers?unit=500199000000&on=${on}`)
    assert.equal(r.status(), 200)
    const doc = await r.json()
    assert.ok(doc.total >= 24, `the demo's powers of three townships: ${doc.total}`)
    assert.equal(await page.locator('[data-test=public-power]').count(), doc.total)
    const cf = page.locator('[data-test=public-power][data-code=CF-001]')
    assert.equal(await cf.count(), 3, 'CF-001 of each township')
    assert.deepEqual([...new Set(await cf.evaluateAll((els) => els.map((e) => e.getAttribute('data-version'))))], [version])
    assert.ok((await cf.first().innerText()).includes(`第${version}版`))
    assert.ok((await cf.first().innerText()).includes('救济途径'))
    assert.equal(await page.locator('[data-test=public-powers-groups] .el-collapse-item').first().getAttribute('data-category'), 'penalty')
  }
  assert.equal((await page.request.get(base + '/api/v1/auth/session')).status(), 401, 'nobody is signed in')
  await page.goto(`${base}/public/powers?unit=500199000000&on=2025-06-30`)
  await page.locator('[data-test=public-power][data-code=CF-001]').first().waitFor()
  await page.waitForTimeout(400)
  await shot(page, 'public-powers')
})

await scenario('auditor sees only the audit log; tampering is caught by verify', async (page) => {
  await login(page, 'auditor')
  await page.waitForURL(/\/audit/)
  assert.deepEqual(await menuTexts(page), ['审计日志'])
  await page.click('[data-test=audit-verify]')
  await page.getByText(/审计日志完整/).waitFor()
  const denied = await page.request.get(base + '/api/v1/mediation/cases')
  assert.equal(denied.status(), 403, 'the auditor cannot read ledgers')
  await page.goto(base + '/mediation/cases')
  await page.waitForURL(/\/audit/)
  // Someone edits the database behind the server's back (the triggers must be dropped first).
  execFileSync('sqlite3', [dbFile, 'DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor_username = \'mallory\' WHERE seq = 3;'])
  await page.click('[data-test=audit-verify]')
  await page.getByText('第一条异常记录序号 3').waitFor()
  await shot(page, 'audit-tampered')
})

await browser.close()
const failed = results.filter((r) => !r.ok)
console.log(`\n${results.length - failed.length}/${results.length} scenarios passed; screenshots in ${shots}`)
process.exit(failed.length ? 1 : 0)
