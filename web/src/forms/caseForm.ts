// The mediation case form ⇄ the API record. Money is edited in 元 and sent in 分; the
// agreement exists only for a successful case; a concluded date only for a concluded case.
import type { MediationAgreement, MediationCase, MediationParty } from '@/api/types'
import { fenToYuan, yuanToFen } from '@/utils/money'

export interface AgreementFormModel extends Omit<MediationAgreement, 'amountFen'> {
  amountYuan: string
}

export interface CaseFormModel extends Omit<MediationCase, 'id' | 'amountFen' | 'agreement' | 'committeeId'> {
  id: number | null
  committeeId: number | null
  amountYuan: string
  agreement: AgreementFormModel
}

export function emptyParty(): MediationParty {
  return { kind: 'person', name: '', idNumber: '', uscc: '', phone: '', address: '' }
}

export function emptyAgreement(): AgreementFormModel {
  return {
    form: 'written',
    effectiveOn: null,
    terms: '',
    amountYuan: '',
    performance: 'pending',
    performanceDue: null,
    performedOn: null,
    lastFollowupOn: null,
    confirmationAppliedOn: null,
    confirmationCourt: '',
    confirmationResult: 'none',
    confirmationDecidedOn: null,
  }
}

export function emptyCase(townshipId = 0): CaseFormModel {
  return {
    id: null,
    townshipId,
    committeeId: null,
    mediatorId: null,
    caseNo: '',
    category: '',
    startMode: 'application',
    referredBy: '',
    acceptedOn: null,
    summary: '',
    outcome: 'open',
    concludedOn: null,
    terminationReason: '',
    partiesAgreedToContinue: false,
    amountYuan: '',
    preventedCriminal: false,
    preventedGroupPetition: false,
    parties: [emptyParty(), emptyParty()],
    agreement: emptyAgreement(),
  }
}

export function caseToForm(c: MediationCase): CaseFormModel {
  const a = c.agreement
  return {
    ...emptyCase(c.townshipId),
    ...c,
    id: c.id,
    amountYuan: c.amountFen ? fenToYuan(c.amountFen) : '',
    parties: (c.parties ?? []).map((p) => ({ ...emptyParty(), ...p })),
    agreement: a ? { ...emptyAgreement(), ...a, amountYuan: a.amountFen ? fenToYuan(a.amountFen) : '' } : emptyAgreement(),
  }
}

function trimOrEmpty(s: string | null | undefined): string {
  return (s ?? '').trim()
}

/** The JSON body of POST/PUT mediation/cases. */
export function formToCase(f: CaseFormModel): Omit<MediationCase, 'id'> & { id?: number } {
  const concluded = f.outcome !== 'open'
  const success = f.outcome === 'success'
  const a = f.agreement
  const written = a.form === 'written'
  const agreement: MediationAgreement | null = success
    ? {
        form: a.form,
        effectiveOn: a.effectiveOn || null,
        terms: trimOrEmpty(a.terms),
        amountFen: yuanToFen(a.amountYuan) ?? 0,
        performance: a.performance,
        performanceDue: a.performanceDue || null,
        performedOn: a.performance === 'performed' ? a.performedOn || null : null,
        lastFollowupOn: a.lastFollowupOn || null,
        confirmationAppliedOn: written ? a.confirmationAppliedOn || null : null,
        confirmationCourt: written ? trimOrEmpty(a.confirmationCourt) : '',
        confirmationResult: written ? a.confirmationResult : 'none',
        confirmationDecidedOn:
          written && (a.confirmationResult === 'confirmed' || a.confirmationResult === 'rejected') ? a.confirmationDecidedOn || null : null,
      }
    : null
  const body: Omit<MediationCase, 'id'> & { id?: number } = {
    townshipId: f.townshipId,
    committeeId: f.committeeId ?? 0,
    mediatorId: f.mediatorId ?? null,
    caseNo: trimOrEmpty(f.caseNo),
    category: f.category,
    startMode: f.startMode,
    referredBy: f.startMode === 'referral' ? trimOrEmpty(f.referredBy) : '',
    acceptedOn: f.acceptedOn || null,
    summary: trimOrEmpty(f.summary),
    outcome: f.outcome,
    concludedOn: concluded ? f.concludedOn || null : null,
    terminationReason: f.outcome === 'failed' || f.outcome === 'terminated' ? trimOrEmpty(f.terminationReason) : '',
    partiesAgreedToContinue: f.partiesAgreedToContinue,
    amountFen: yuanToFen(f.amountYuan) ?? 0,
    preventedCriminal: f.preventedCriminal,
    preventedGroupPetition: f.preventedGroupPetition,
    parties: f.parties.map((p) => ({
      ...(p.id ? { id: p.id } : {}),
      kind: p.kind,
      name: trimOrEmpty(p.name),
      idNumber: p.kind === 'person' ? trimOrEmpty(p.idNumber) : '',
      uscc: p.kind === 'org' ? trimOrEmpty(p.uscc) : '',
      phone: trimOrEmpty(p.phone),
      address: trimOrEmpty(p.address),
    })),
    agreement,
  }
  if (f.id) body.id = f.id
  return body
}
