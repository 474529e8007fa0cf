// Form models ⇄ API records: money in 分, children and nested parts only where they apply.
import { describe, expect, it } from 'vitest'
import { caseToForm, emptyCase, formToCase } from '@/forms/caseForm'
import { emptyPetition, formToPetition, petitionToForm } from '@/forms/petitionForm'
import type { MediationCase } from '@/api/types'

describe('case form', () => {
  it('sends amounts in fen and no agreement for an open case', () => {
    const f = emptyCase(5)
    f.caseNo = ' 许调〔2025〕1号 '
    f.amountYuan = '1200.5'
    f.agreement.amountYuan = '99'
    const body = formToCase(f)
    expect(body.caseNo).toBe('许调〔2025〕1号')
    expect(body.amountFen).toBe(120050)
    expect(body.agreement).toBeNull()
    expect(body.concludedOn).toBeNull()
    expect(body.townshipId).toBe(5)
    expect(body.parties).toHaveLength(2)
    expect('id' in body).toBe(false)
  })
  it('keeps the agreement of a successful case, in fen, written-only confirmation', () => {
    const f = emptyCase(1)
    f.outcome = 'success'
    f.concludedOn = '2025-03-02'
    f.agreement.effectiveOn = '2025-03-02'
    f.agreement.amountYuan = '3000'
    f.agreement.form = 'oral'
    f.agreement.confirmationAppliedOn = '2025-03-03'
    f.agreement.confirmationResult = 'pending'
    const body = formToCase(f)
    expect(body.agreement?.amountFen).toBe(300000)
    expect(body.agreement?.confirmationAppliedOn).toBeNull()
    expect(body.agreement?.confirmationResult).toBe('none')
  })
  it('drops the party fields of the other kind and the reason of a successful case', () => {
    const f = emptyCase(1)
    f.parties[0] = { kind: 'org', name: 'A', idNumber: '110105194912310025', uscc: '91110000600037341L', phone: '', address: '' }
    f.outcome = 'success'
    f.terminationReason = 'x'
    const body = formToCase(f)
    expect(body.parties[0]!.idNumber).toBe('')
    expect(body.parties[0]!.uscc).toBe('91110000600037341L')
    expect(body.terminationReason).toBe('')
  })
  it('round-trips a stored case', () => {
    const stored: MediationCase = {
      id: 9, townshipId: 2, committeeId: 3, mediatorId: null, caseNo: 'N', category: 'neighbor', startMode: 'referral',
      referredBy: '派出所', acceptedOn: '2025-01-01', summary: 's', outcome: 'failed', concludedOn: '2025-01-20',
      terminationReason: 'r', partiesAgreedToContinue: false, amountFen: 12345, preventedCriminal: true, preventedGroupPetition: false,
      parties: [{ id: 1, kind: 'person', name: 'a', idNumber: '', uscc: '', phone: '', address: '' }], agreement: null,
    }
    const f = caseToForm(stored)
    expect(f.amountYuan).toBe('123.45')
    const body = formToCase(f)
    expect(body.id).toBe(9)
    expect(body.amountFen).toBe(12345)
    expect(body.referredBy).toBe('派出所')
    expect(body.terminationReason).toBe('r')
    expect(body.parties[0]!.id).toBe(1)
  })
})

describe('petition form', () => {
  it('sends no extension or review unless switched on, and none for a diverted matter', () => {
    const f = emptyPetition(3)
    f.extension.approver = 'x'
    let body = formToPetition(f)
    expect(body.extension).toBeNull()
    expect(body.review).toBeNull()
    f.hasExtension = true
    f.acceptedOn = '2025-01-02'
    body = formToPetition(f)
    expect(body.extension?.approver).toBe('x')
    f.diversion = 'litigation'
    f.divertedOn = '2025-01-03'
    f.closedOn = '2025-02-01'
    f.outcome = 'support'
    body = formToPetition(f)
    expect(body.extension).toBeNull()
    expect(body.closedOn).toBeNull()
    expect(body.outcome).toBe('none')
    expect(body.divertedOn).toBe('2025-01-03')
  })
  it('derives concludedFinal from a replied 复核', () => {
    const f = emptyPetition(1)
    f.acceptedOn = '2025-01-02'
    f.closedOn = '2025-02-01'
    f.outcome = 'explain'
    f.hasReview = true
    f.review = { requestedOn: '2025-02-10', organ: 'A', repliedOn: '2025-03-01', result: '维持', hearing: [] }
    f.hasReReview = true
    f.reReview = { requestedOn: '2025-03-10', organ: 'B', repliedOn: '2025-04-01', result: '维持', hearing: [] }
    const body = formToPetition(f)
    expect(body.review?.organ).toBe('A')
    expect(body.reReview?.organ).toBe('B')
    expect(body.concludedFinal).toBe(true)
    const back = petitionToForm({ ...body, id: 4 } as never)
    expect(back.hasReview && back.hasReReview).toBe(true)
  })
  it('keeps the objection date only for an assigned matter', () => {
    const f = emptyPetition(1)
    f.objectedOn = '2025-01-03'
    expect(formToPetition(f).objectedOn).toBeNull()
    f.source = 'assigned'
    expect(formToPetition(f).objectedOn).toBe('2025-01-03')
  })
})
