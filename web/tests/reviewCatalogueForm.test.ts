// The 重大执法决定法制审核目录 (LEP-07) form ⇄ API entry (enforcement/review-catalogue): 元 in the
// form, 分 in the API; the client checks that mirror ValidateReviewCatalogueEntry
// (src/domain/enforcement/review_catalogue.cc — the messages in the server's words); the kinds
// offered (never 警告 / 通报批评), the amounts of kinds without one, and the list's cells, state
// and the township's standing (own catalogue or the default one).
import { describe, expect, it } from 'vitest'
import {
  AMOUNT_KINDS,
  applyKind,
  catalogueStanding,
  emptyReviewEntry,
  formToReviewEntry,
  kindHasAmount,
  MAX_THRESHOLD_FEN,
  REVIEW_KINDS,
  reviewEntryProblems,
  reviewEntryState,
  reviewEntryStateTagType,
  reviewEntryToForm,
  reviewRequiredProps,
  thresholdCell,
  withActive,
  type ReviewCatalogueFormModel,
} from '@/forms/reviewCatalogueForm'
import type { ReviewCatalogueEntry } from '@/api/types'
import { ENUMS } from '@/constants/enums'
import { en, zh } from './helpers'

/** The demo's stricter entry of the second township (demo_data.cc GenerateReviewCatalogue). */
const land: ReviewCatalogueEntry = {
  id: 10,
  townshipId: 8,
  matterType: '自然资源',
  kind: 'fine',
  kindLabel: '罚款',
  minPersonFen: 500000,
  minOrgFen: 5000000,
  description: '自然资源领域罚款（自然人5000元、法人或其他组织5万元以上）',
  basis: '县司法局《重大行政执法决定法制审核目录》第4项',
  active: true,
}
/** A default entry without an amount. */
const revoke: ReviewCatalogueEntry = {
  id: 5,
  townshipId: 8,
  matterType: '',
  kind: 'revoke_licence',
  kindLabel: '吊销许可证件',
  minPersonFen: 0,
  minOrgFen: 0,
  description: '吊销许可证件',
  basis: '',
  active: true,
}

function form(extra: Partial<ReviewCatalogueFormModel> = {}): ReviewCatalogueFormModel {
  return { ...reviewEntryToForm(land), ...extra }
}

describe('review catalogue kinds', () => {
  it('offers every kind of penalty but 警告 and 通报批评, in the domain order', () => {
    expect(REVIEW_KINDS).toEqual(ENUMS.penaltyKind.filter((k) => k !== 'warning' && k !== 'criticism'))
    expect(REVIEW_KINDS).not.toContain('warning')
    expect(REVIEW_KINDS).not.toContain('criticism')
    expect(REVIEW_KINDS).toHaveLength(12)
  })
  it('only 罚款 and the two 没收 carry an amount (ReviewKindHasAmount)', () => {
    expect(REVIEW_KINDS.filter(kindHasAmount)).toEqual([...AMOUNT_KINDS])
    expect(AMOUNT_KINDS).toEqual(['fine', 'confiscate_gains', 'confiscate_property'])
    expect(kindHasAmount('')).toBe(false)
    expect(kindHasAmount(null)).toBe(false)
  })
  it('labels of the kinds come from the locale files (enum.penaltyKind), in both languages', () => {
    for (const k of REVIEW_KINDS) {
      expect(zh({ key: `enum.penaltyKind.${k}`, params: {} })).not.toBe(`enum.penaltyKind.${k}`)
      expect(en({ key: `enum.penaltyKind.${k}`, params: {} })).not.toMatch(/[\u4e00-\u9fff]/)
    }
    expect(zh({ key: 'enum.penaltyKind.revoke_licence', params: {} })).toBe('吊销许可证件')
  })
})

describe('review catalogue conversions (元 ⇄ 分)', () => {
  it('round-trips a stored entry without its label', () => {
    const { kindLabel: _k, ...rest } = land
    expect(formToReviewEntry(reviewEntryToForm(land))).toEqual(rest)
  })
  it('shows 分 as 元 with two decimals; a kind without an amount as 0', () => {
    const f = reviewEntryToForm(land)
    expect([f.minPersonYuan, f.minOrgYuan]).toEqual(['5000.00', '50000.00'])
    expect(reviewEntryToForm({ ...land, minPersonFen: 0, minOrgFen: 1 })).toMatchObject({ minPersonYuan: '0.00', minOrgYuan: '0.01' })
    expect(reviewEntryToForm(revoke)).toMatchObject({ minPersonYuan: '0', minOrgYuan: '0', kind: 'revoke_licence', matterType: '' })
  })
  it('sends the typed 元 as integer 分, without float noise', () => {
    const b = formToReviewEntry(form({ minPersonYuan: '3000', minOrgYuan: '30,000.5' }))
    expect([b.minPersonFen, b.minOrgFen]).toEqual([300000, 3000050])
    expect(formToReviewEntry(form({ minPersonYuan: '0.29', minOrgYuan: '￥1.10' }))).toMatchObject({ minPersonFen: 29, minOrgFen: 110 })
  })
  it('sends 0 for a kind without an amount whatever the inputs hold', () => {
    const b = formToReviewEntry(form({ kind: 'detention', minPersonYuan: '5000', minOrgYuan: 'x' }))
    expect([b.kind, b.minPersonFen, b.minOrgFen]).toEqual(['detention', 0, 0])
  })
  it('trims texts; "" is every matter type; a new entry has no id and is active', () => {
    const f = emptyReviewEntry(8)
    expect([f.townshipId, f.kind, f.active, f.minPersonYuan]).toEqual([8, '', true, ''])
    const b = formToReviewEntry({ ...f, matterType: '  ', kind: 'fine', minPersonYuan: '1', minOrgYuan: '2', description: ' 罚款 ', basis: ' 依据 ' })
    expect([b.matterType, b.description, b.basis, b.id, b.active]).toEqual(['', '罚款', '依据', undefined, true])
    expect(formToReviewEntry(form({ matterType: ' 市场监管 ' })).matterType).toBe('市场监管')
  })
  it('taking out and restoring keep every other field (the PUT body)', () => {
    const out = withActive(land, false)
    const { kindLabel: _k, ...rest } = land
    expect(out).toEqual({ ...rest, active: false })
    expect(withActive({ ...land, active: false }, true).active).toBe(true)
  })
  it('a kind change: 0 without an amount, empty inputs when an amount kind follows one without', () => {
    const f = form()
    f.kind = 'order_closure'
    applyKind(f, 'fine')
    expect([f.minPersonYuan, f.minOrgYuan]).toEqual(['0', '0'])
    f.kind = 'confiscate_gains'
    applyKind(f, 'order_closure')
    expect([f.minPersonYuan, f.minOrgYuan]).toEqual(['', ''])
    // Between two amount kinds the typed amounts stay.
    f.minPersonYuan = '3000'
    f.kind = 'fine'
    applyKind(f, 'confiscate_gains')
    expect(f.minPersonYuan).toBe('3000')
  })
})

describe('review catalogue client checks (ValidateReviewCatalogueEntry)', () => {
  it('the demo entries have no problem', () => {
    expect(reviewEntryProblems(form())).toEqual({})
    expect(reviewEntryProblems(reviewEntryToForm(revoke))).toEqual({})
  })
  it('requires the kind, the description and, for an amount kind, both amounts', () => {
    const p = reviewEntryProblems(emptyReviewEntry(8))
    expect(Object.keys(p)).toEqual(['description', 'kind'])
    expect(zh(p.kind!)).toBe('此项为必填项')
    const q = reviewEntryProblems(form({ description: '  ', minPersonYuan: '', minOrgYuan: ' ' }))
    expect(Object.keys(q)).toEqual(['description', 'minPersonYuan', 'minOrgYuan'])
    expect(zh(q.minPersonYuan!)).toBe('请填写起点金额（元）；不论数额均须审核的，填0')
    // 0 is an amount: every fine of the matter type needs the review.
    expect(reviewEntryProblems(form({ minPersonYuan: '0', minOrgYuan: '0.00' }))).toEqual({})
  })
  it('never 警告 or 通报批评 (the server refuses them on kind)', () => {
    for (const kind of ['warning', 'criticism']) {
      const p = reviewEntryProblems(form({ kind: kind as never }))
      expect(zh(p.kind!)).toBe('警告、通报批评不属于重大执法决定，不能列入法制审核目录')
      expect(p.minPersonYuan).toBeUndefined()
    }
  })
  it('amounts in 元 with at most two decimals, 0 to 1亿元', () => {
    expect(zh(reviewEntryProblems(form({ minPersonYuan: '12.345' })).minPersonYuan!)).toBe('金额格式不正确，最多两位小数')
    expect(zh(reviewEntryProblems(form({ minOrgYuan: 'abc' })).minOrgYuan!)).toBe('金额格式不正确，最多两位小数')
    expect(zh(reviewEntryProblems(form({ minPersonYuan: '-1' })).minPersonYuan!)).toBe('自然人起点金额应在0至1亿元之间')
    expect(zh(reviewEntryProblems(form({ minOrgYuan: '100000000.01' })).minOrgYuan!)).toBe('法人或其他组织起点金额应在0至1亿元之间')
    expect(en(reviewEntryProblems(form({ minOrgYuan: '100000000.01' })).minOrgYuan!)).toBe('The threshold for an organisation must be 0 to 100,000,000 yuan')
    expect(reviewEntryProblems(form({ minPersonYuan: '100000000', minOrgYuan: '100,000,000.00' }))).toEqual({})
    expect(formToReviewEntry(form({ minOrgYuan: '100000000' })).minOrgFen).toBe(MAX_THRESHOLD_FEN)
  })
  it('a kind without an amount must have 0 (the server\'s words, should the inputs hold one)', () => {
    const p = reviewEntryProblems(form({ kind: 'revoke_licence', minPersonYuan: '100', minOrgYuan: '0' }))
    expect(Object.keys(p)).toEqual(['minPersonYuan'])
    expect(zh(p.minPersonYuan!)).toBe('自然人起点金额只适用于罚款、没收违法所得、没收非法财物；其他处罚种类本身即属重大执法决定，请填0')
    expect(reviewEntryProblems(form({ kind: 'revoke_licence', minPersonYuan: '0', minOrgYuan: '' }))).toEqual({})
  })
  it('texts within the server\'s limits, counted in bytes of UTF-8 as it does', () => {
    expect(reviewEntryProblems(form({ description: '罚'.repeat(100), matterType: '类'.repeat(50), basis: '据'.repeat(200) }))).toEqual({})
    const p = reviewEntryProblems(form({ description: '罚'.repeat(101), matterType: '类'.repeat(51), basis: '据'.repeat(201) }))
    expect(zh(p.description!)).toBe('目录事项说明不能超过100个字')
    expect(zh(p.matterType!)).toBe('事项类别不能超过50个字')
    expect(zh(p.basis!)).toBe('依据不能超过200个字')
    // ASCII counts one byte: 300 letters still fit the description.
    expect(reviewEntryProblems(form({ description: 'a'.repeat(300) }))).toEqual({})
  })
  it('marks what is required now', () => {
    expect([...reviewRequiredProps({ kind: '' })].sort()).toEqual(['description', 'kind'])
    expect([...reviewRequiredProps({ kind: 'fine' })].sort()).toEqual(['description', 'kind', 'minOrgYuan', 'minPersonYuan'])
    expect(reviewRequiredProps({ kind: 'detention' }).has('minPersonYuan')).toBe(false)
  })
})

describe('review catalogue list helpers', () => {
  it('the threshold cells: — without an amount, any amount for 0, else 元 with separators', () => {
    expect(thresholdCell('revoke_licence', 0)).toEqual({ type: 'none' })
    expect(thresholdCell('fine', 0)).toEqual({ type: 'any' })
    expect(thresholdCell('fine', 500000)).toEqual({ type: 'amount', yuan: '5,000.00' })
    expect(thresholdCell('confiscate_property', 10000000)).toEqual({ type: 'amount', yuan: '100,000.00' })
    expect(zh({ key: 'reviewCatalogue.amountValue', params: { amount: '5,000.00' } })).toBe('5,000.00元')
    expect(en({ key: 'reviewCatalogue.amountValue', params: { amount: '5,000.00' } })).toBe('5,000.00 yuan')
  })
  it('the state tag: 生效 or 已移出', () => {
    expect(reviewEntryState(land)).toBe('active')
    expect(reviewEntryState({ active: false })).toBe('inactive')
    expect(['active', 'inactive'].map((s) => reviewEntryStateTagType(s as never))).toEqual(['success', 'info'])
    expect(zh({ key: 'reviewCatalogue.stateValue.inactive', params: {} })).toBe('已移出')
    expect(zh({ key: 'reviewCatalogue.matterTypeAll', params: {} })).toBe('全部事项')
  })
  it('the township\'s standing: its own catalogue, the default one (start-from-default offered), or every entry taken out', () => {
    expect(catalogueStanding(10, 10)).toBe('own')
    expect(catalogueStanding(10, 1)).toBe('own')
    expect(catalogueStanding(0, 0)).toBe('default')
    expect(catalogueStanding(3, 0)).toBe('allInactive')
  })
})
