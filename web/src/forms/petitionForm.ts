// The petition form ⇄ the API record. Optional nested parts (extension, 复查, 复核) are
// edited behind a switch and sent as null when off; a diverted matter carries no closing,
// outcome, extension or review (petition_rules.h).
import type { ExcludedInterval, Petition, PetitionExtension, PetitionReview } from '@/api/types'

export interface PetitionFormModel extends Omit<Petition, 'id' | 'extension' | 'review' | 'reReview'> {
  id: number | null
  hasExtension: boolean
  extension: PetitionExtension
  hasReview: boolean
  review: PetitionReview
  hasReReview: boolean
  reReview: PetitionReview
}

export function emptyExtension(): PetitionExtension {
  return { days: 30, approver: '', approvedOn: null, reason: '', petitionerNotified: false }
}

export function emptyReview(): PetitionReview {
  return { requestedOn: null, organ: '', repliedOn: null, result: '', hearing: [] }
}

export function emptyInterval(): ExcludedInterval {
  return { from: null, to: null, reason: '' }
}

export function emptyPetition(townshipId = 0): PetitionFormModel {
  return {
    id: null,
    townshipId,
    regNo: '',
    channel: 'visit',
    source: 'direct',
    assignedBy: '',
    receivedOn: null,
    petitionerName: '',
    idNumber: '',
    phone: '',
    address: '',
    groupSize: 1,
    representatives: 0,
    category: 'claim',
    request: '',
    facts: '',
    reasons: '',
    urgent: false,
    acknowledgedOn: null,
    acceptedOn: null,
    objectedOn: null,
    diversion: 'none',
    divertedOn: null,
    hasExtension: false,
    extension: emptyExtension(),
    excluded: [],
    closedOn: null,
    outcome: 'none',
    replyServedOn: null,
    satisfaction: 'none',
    ratedOn: null,
    leadLeader: '',
    leadAssignedOn: null,
    hasReview: false,
    review: emptyReview(),
    hasReReview: false,
    reReview: emptyReview(),
    concludedFinal: false,
    duplicateOf: null,
  }
}

function copyReview(r: PetitionReview | null): PetitionReview {
  return r ? { ...emptyReview(), ...r, hearing: (r.hearing ?? []).map((h) => ({ ...h })) } : emptyReview()
}

export function petitionToForm(p: Petition): PetitionFormModel {
  return {
    ...emptyPetition(p.townshipId),
    ...p,
    id: p.id,
    hasExtension: !!p.extension,
    extension: p.extension ? { ...emptyExtension(), ...p.extension } : emptyExtension(),
    excluded: (p.excluded ?? []).map((x) => ({ ...x })),
    hasReview: !!p.review,
    review: copyReview(p.review),
    hasReReview: !!p.reReview,
    reReview: copyReview(p.reReview),
  }
}

const trim = (s: string | null | undefined) => (s ?? '').trim()

function reviewBody(r: PetitionReview): PetitionReview {
  return {
    requestedOn: r.requestedOn || null,
    organ: trim(r.organ),
    repliedOn: r.repliedOn || null,
    result: trim(r.result),
    hearing: r.hearing.map((h) => ({ from: h.from || null, to: h.to || null, reason: trim(h.reason) })),
  }
}

/** The JSON body of POST/PUT petitions. */
export function formToPetition(f: PetitionFormModel): Omit<Petition, 'id'> & { id?: number } {
  const diverted = f.diversion !== 'none'
  const closed = !diverted && !!f.closedOn
  const review = closed && f.hasReview ? reviewBody(f.review) : null
  const reReview = review && review.repliedOn && f.hasReReview ? reviewBody(f.reReview) : null
  const body: Omit<Petition, 'id'> & { id?: number } = {
    townshipId: f.townshipId,
    regNo: trim(f.regNo),
    channel: f.channel,
    source: f.source,
    assignedBy: f.source === 'assigned' ? trim(f.assignedBy) : '',
    receivedOn: f.receivedOn || null,
    petitionerName: trim(f.petitionerName),
    idNumber: trim(f.idNumber),
    phone: trim(f.phone),
    address: trim(f.address),
    groupSize: Number(f.groupSize) || 1,
    representatives: Number(f.representatives) || 0,
    category: f.category,
    request: trim(f.request),
    facts: trim(f.facts),
    reasons: trim(f.reasons),
    urgent: f.urgent,
    acknowledgedOn: f.acknowledgedOn || null,
    acceptedOn: f.acceptedOn || null,
    objectedOn: f.source === 'assigned' ? f.objectedOn || null : null,
    diversion: f.diversion,
    divertedOn: diverted ? f.divertedOn || null : null,
    extension:
      !diverted && f.hasExtension
        ? {
            days: Number(f.extension.days) || 0,
            approver: trim(f.extension.approver),
            approvedOn: f.extension.approvedOn || null,
            reason: trim(f.extension.reason),
            petitionerNotified: f.extension.petitionerNotified,
          }
        : null,
    excluded: f.excluded.map((x) => ({ from: x.from || null, to: x.to || null, reason: trim(x.reason) })),
    closedOn: diverted ? null : f.closedOn || null,
    outcome: diverted ? 'none' : f.outcome,
    replyServedOn: closed ? f.replyServedOn || null : null,
    satisfaction: closed ? f.satisfaction : 'none',
    ratedOn: closed && f.satisfaction !== 'none' ? f.ratedOn || null : null,
    leadLeader: trim(f.leadLeader),
    leadAssignedOn: f.leadAssignedOn || null,
    review,
    reReview,
    // 终结 exactly when the 复核 was replied (ShouldBeConcludedFinal); the server derives it too.
    concludedFinal: !!(reReview && reReview.repliedOn),
    duplicateOf: f.duplicateOf || null,
  }
  if (f.id) body.id = f.id
  return body
}
