import type { AgreementDetails } from '../../../shared/contract/contract.ts'
import type { AgreementInput } from '../../../shared/agreements/agreement.ts'
import type { AgreementState } from '../../../shared/agreements/status.ts'
import type { AgreementKind } from '../../../shared/agreements/vocabulary.ts'

export interface LinkedPartner {
  partnerId: number
  name: string
  country: string
  contactId: number | null
}

/** The form's own shape: texts as strings ('' for none), numbers as NaN while empty. */
export interface AgreementFormValues {
  reference: string
  title: string
  kind: AgreementKind
  state: AgreementState
  signedOn: string
  startsOn: string
  endsOn: string
  autoRenew: boolean
  renewalTermMonths: number
  noticeDays: number
  unit: string
  coordinator: string
  notes: string
  partners: LinkedPartner[]
}

export function initialAgreementValues(
  source?: AgreementDetails,
  asCopy = false,
): AgreementFormValues {
  return {
    reference: asCopy ? '' : (source?.reference ?? ''),
    title: source?.title ?? '',
    kind: source?.kind ?? 'student_exchange',
    state: asCopy ? 'draft' : (source?.state ?? 'active'),
    signedOn: asCopy ? '' : (source?.signedOn ?? ''),
    startsOn: asCopy ? '' : (source?.startsOn ?? ''),
    endsOn: asCopy ? '' : (source?.endsOn ?? ''),
    autoRenew: source?.autoRenew ?? false,
    renewalTermMonths: source?.renewalTermMonths ?? NaN,
    noticeDays: source?.noticeDays ?? 180,
    unit: source?.unit ?? '',
    coordinator: source?.coordinator ?? '',
    notes: source?.notes ?? '',
    partners: (source?.partners ?? []).map((partner) => ({
      partnerId: partner.partnerId,
      name: partner.name,
      country: partner.country,
      contactId: partner.contactId,
    })),
  }
}

/** What the operation receives: empty numbers become null, linked partners their ids. */
export function agreementInputOf(values: AgreementFormValues): AgreementInput {
  return {
    ...values,
    renewalTermMonths: Number.isNaN(values.renewalTermMonths) ? null : values.renewalTermMonths,
    partners: values.partners.map(({ partnerId, contactId }) => ({ partnerId, contactId })),
  }
}
