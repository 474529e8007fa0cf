// The 重大行政决策目录 (DEC-03) form ⇄ API record (decision-catalogue), the client checks that
// mirror ValidateCatalogueItem (src/domain/decision/decision_catalogue.cc; the messages as the
// server words them where it names the rule), the list's state tag, the years the page offers,
// and the decision side: which items a decision may pick and why a name is refused
// (FindCatalogueItem / CheckDecisionInCatalogue), on a fixed "today".
import { describe, expect, it } from 'vitest'
import {
  catalogueDateRange,
  catalogueItemProblem,
  catalogueItemProblems,
  catalogueItemToForm,
  catalogueOptions,
  catalogueRequiredProps,
  catalogueState,
  catalogueStateTagType,
  catalogueYears,
  emptyCatalogueItem,
  findCatalogueItem,
  formToCatalogueItem,
  titleKey,
  type CatalogueFormModel,
} from '@/forms/decisionCatalogueForm'
import type { DecisionCatalogueItem } from '@/api/types'
import { en, zh } from './helpers'

const TODAY = '2025-12-31'

/** A demo item (demo_data.cc): listed in late December of the year before, agreed, published. */
const listed: DecisionCatalogueItem = {
  id: 3,
  townshipId: 2,
  year: 2025,
  title: '集镇农贸市场迁建项目',
  scope: 'construction',
  scopeLabel: '重大公共建设项目',
  draftingUnit: '树人镇建设环保办公室',
  plannedPeriod: '2025年内',
  listedOn: '2024-12-20',
  partyConsentOn: '2024-12-26',
  publishedOn: '2025-01-06',
  publicationChannel: '镇政府门户网站',
  withdrawnOn: null,
  withdrawalReason: '',
  note: '',
}

function form(extra: Partial<CatalogueFormModel> = {}): CatalogueFormModel {
  return { ...catalogueItemToForm(listed), ...extra }
}

describe('catalogue form conversions', () => {
  it('round-trips a stored item without its label', () => {
    const { scopeLabel: _s, ...rest } = listed
    expect(formToCatalogueItem(catalogueItemToForm(listed))).toEqual(rest)
  })
  it('a new item: the given township and year (this year by default), no dates, no id', () => {
    const f = emptyCatalogueItem(2, null, TODAY)
    expect([f.townshipId, f.year, f.scope, f.listedOn]).toEqual([2, 2025, 'public_policy', null])
    expect(emptyCatalogueItem(2, 2026, TODAY).year).toBe(2026)
    const b = formToCatalogueItem(f)
    expect(b.listedOn).toBe('')
    expect(b.id).toBeUndefined()
  })
  it('trims texts, empty dates as null, the reason only with a withdrawal date', () => {
    const b = formToCatalogueItem(form({ title: ' 迁建项目 ', publishedOn: '', withdrawnOn: null, withdrawalReason: '不再实施' }))
    expect([b.title, b.publishedOn, b.withdrawnOn, b.withdrawalReason]).toEqual(['迁建项目', null, null, ''])
  })
  it('an unknown scope falls back to the default', () => {
    expect(catalogueItemToForm({ ...listed, scope: 'x' as never }).scope).toBe('public_policy')
  })
})

describe('catalogue client checks (ValidateCatalogueItem)', () => {
  it('a demo item has no problem', () => {
    expect(catalogueItemProblems(form(), TODAY)).toEqual({})
  })
  it('requires the title, the drafting unit and the listing date', () => {
    const p = catalogueItemProblems(emptyCatalogueItem(2, 2025, TODAY), TODAY)
    expect(Object.keys(p)).toEqual(['title', 'draftingUnit', 'listedOn'])
    expect(zh(p.listedOn!)).toBe('此项为必填项')
    expect(Object.keys(catalogueItemProblems(form({ title: '  ', draftingUnit: ' ' }), TODAY))).toEqual(['title', 'draftingUnit'])
  })
  it('a year of 2000 to 2100', () => {
    const p = catalogueItemProblems(form({ year: 1999 }), TODAY)
    expect(zh(p.year!)).toBe('决策目录年度应为2000至2100之间')
    expect(Object.keys(catalogueItemProblems(form({ year: null }), TODAY))).toEqual(['year'])
  })
  it('a title of at most 100 characters (300 bytes, as the server counts)', () => {
    expect(catalogueItemProblems(form({ title: '改'.repeat(100) }), TODAY)).toEqual({})
    const p = catalogueItemProblems(form({ title: '改'.repeat(101) }), TODAY)
    expect(zh(p.title!)).toBe('决策事项名称不能超过100个字')
  })
  it('every date not after today and in the year or the year before', () => {
    const p = catalogueItemProblems(form({ listedOn: '2023-12-31', partyConsentOn: '2026-01-02', withdrawnOn: '2023-06-01', withdrawalReason: '调整' }), TODAY)
    expect(zh(p.listedOn!)).toBe('应在2025年或上一年（2024年）内')
    expect(en(p.listedOn!)).toBe('Must fall in 2025 or the year before (2024)')
    expect(zh(p.partyConsentOn!)).toBe('日期不能晚于今天')
    expect(p.withdrawnOn?.key).toBe('validation.catalogue.inYears')
    expect(catalogueItemProblems(form({ year: 2026, listedOn: '2025-12-20', partyConsentOn: '2025-12-26', publishedOn: null }), TODAY)).toEqual({})
  })
  it('published only with the Party committee consent on or before it, and a channel (DEC-03)', () => {
    const p = catalogueItemProblems(form({ partyConsentOn: null, publicationChannel: ' ' }), TODAY)
    expect(Object.keys(p)).toEqual(['partyConsentOn', 'publicationChannel'])
    // The server's own words (ValidateCatalogueItem) for the refusal the browser test provokes.
    expect(zh(p.partyConsentOn!)).toBe('决策目录应经同级党委同意后向社会公布，请填写党委同意日期（DEC-03）')
    const q = catalogueItemProblems(form({ partyConsentOn: '2025-01-07' }), TODAY)
    expect(zh(q.publishedOn!)).toBe('公布日期不能早于党委同意日期（2025-01-07）')
    expect(catalogueItemProblems(form({ partyConsentOn: '2025-01-06' }), TODAY)).toEqual({})
    // Agreed but not yet published: fine.
    expect(catalogueItemProblems(form({ publishedOn: null, publicationChannel: '' }), TODAY)).toEqual({})
  })
  it('taken out not before it was listed, with a reason', () => {
    const p = catalogueItemProblems(form({ withdrawnOn: '2024-12-01' }), TODAY)
    expect(Object.keys(p)).toEqual(['withdrawnOn', 'withdrawalReason'])
    expect(zh(p.withdrawnOn!)).toBe('调整移出日期不能早于列入目录日期（2024-12-20）')
    expect(zh(p.withdrawalReason!)).toBe('已调整移出的，请填写移出理由')
    expect(catalogueItemProblems(form({ withdrawnOn: '2025-06-30', withdrawalReason: '经镇党委会议研究不再实施' }), TODAY)).toEqual({})
  })
  it('marks what is required now', () => {
    expect([...catalogueRequiredProps(emptyCatalogueItem())].sort()).toEqual(['draftingUnit', 'listedOn', 'title', 'year'])
    const r = catalogueRequiredProps(form({ withdrawnOn: '2025-06-30' }))
    for (const p of ['partyConsentOn', 'publicationChannel', 'withdrawalReason']) expect(r.has(p), p).toBe(true)
  })
  it('the date pickers offer the two years up to today', () => {
    expect(catalogueDateRange(2025, TODAY)).toEqual({ from: '2024-01-01', to: '2025-12-31' })
    expect(catalogueDateRange(2026, '2025-12-07')).toEqual({ from: '2025-01-01', to: '2025-12-07' })
    expect(catalogueDateRange(1999, TODAY)).toBeNull()
  })
})

describe('catalogue list helpers', () => {
  it('the state: taken out first, then published or not', () => {
    expect(catalogueState(listed)).toBe('published')
    expect(catalogueState({ ...listed, publishedOn: null })).toBe('unpublished')
    expect(catalogueState({ ...listed, withdrawnOn: '2025-06-30' })).toBe('withdrawn')
    expect(['published', 'unpublished', 'withdrawn'].map((s) => catalogueStateTagType(s as never))).toEqual(['success', 'warning', 'info'])
  })
  it('the years offered: next year back to five years ago, and a year asked for', () => {
    expect(catalogueYears('2026-12-07')).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021])
    expect(catalogueYears('2026-12-07', 2, 2015)).toEqual([2027, 2026, 2025, 2024, 2015])
    expect(catalogueYears('2026-12-07', 2, 2025)).toEqual([2027, 2026, 2025, 2024])
  })
})

describe('a decision names an item of its year (FindCatalogueItem, CheckDecisionInCatalogue)', () => {
  const added: DecisionCatalogueItem = { ...listed, id: 9, title: '年中调整增列事项', listedOn: '2025-07-01' }
  const out: DecisionCatalogueItem = { ...listed, id: 10, title: '场镇老旧小区改造实施方案', withdrawnOn: '2025-06-30', withdrawalReason: '不再实施' }
  const items = [listed, added, out]

  it('titles compare without ASCII blanks and U+3000', () => {
    expect(titleKey(' 集镇 农贸市场迁建项目\u3000')).toBe('集镇农贸市场迁建项目')
    expect(findCatalogueItem(items, 2025, ' 集镇农贸市场迁建项目\u3000', '2025-05-01')?.id).toBe(3)
  })
  it('offers the items not taken out, by title', () => {
    const titles = catalogueOptions(items).map((k) => k.title)
    expect(titles).toEqual([listed.title, added.title].sort((a, b) => a.localeCompare(b, 'zh-CN')))
    expect(catalogueOptions(items).some((k) => k.withdrawnOn)).toBe(false)
  })
  it('an item listed on or before the start, not taken out before it', () => {
    expect(findCatalogueItem(items, 2025, added.title, '2025-07-01')?.id).toBe(9)
    expect(findCatalogueItem(items, 2025, added.title, '2025-06-15')).toBeNull()
    // Taken out on or after the start still counts (withdrawn_on < on excludes).
    expect(findCatalogueItem(items, 2025, out.title, '2025-06-30')?.id).toBe(10)
    expect(findCatalogueItem(items, 2025, out.title, '2025-07-01')).toBeNull()
    expect(findCatalogueItem(items, 2024, listed.title, '2025-05-01')).toBeNull()
  })
  it('says why a name is refused', () => {
    const missing = catalogueItemProblem(items, 2025, '不在目录中的事项', '2025-06-02')
    expect(zh(missing!)).toBe('2025年度决策目录中没有该事项：请先在决策目录中登记，或标为目录外（DEC-03）')
    const early = catalogueItemProblem(items, 2025, added.title, '2025-06-15')
    expect(zh(early!)).toBe('该事项于2025-07-01列入目录，晚于决策启动日期（2025-06-15）（DEC-03）')
    const gone = catalogueItemProblem(items, 2025, out.title, '2025-07-10')
    expect(zh(gone!)).toBe('该事项已于2025-06-30调整移出目录，决策启动时已不在目录中（DEC-03）')
    expect(catalogueItemProblem(items, 2025, listed.title, '2025-06-02')).toBeNull()
  })
  it('leaves it to the server (a warning only) when the year has no catalogue, and waits for the title and start', () => {
    expect(catalogueItemProblem([], 2026, '场镇基础设施建设', '2026-08-09')).toBeNull()
    expect(catalogueItemProblem(items, 2025, '', '2025-06-02')).toBeNull()
    expect(catalogueItemProblem(items, 2025, '不在目录中的事项', null)).toBeNull()
  })
})
