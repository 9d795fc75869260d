import { useEffect, useState } from 'react'
import type { AgreementPartner } from '../../../shared/agreements/agreement.ts'
import type { PartnerDetails } from '../../../shared/contract/contract.ts'
import type { Contact } from '../../../shared/partners/contact.ts'
import { useApi } from '../../api/api-context.tsx'

/** A partner as the summary prints it: its record (city, contacts) and the person to write to. */
export interface PrintedPartner {
  link: AgreementPartner
  /** Null when the partner could not be read: the summary still prints what the agreement knows. */
  details: PartnerDetails | null
  contact: Pick<Contact, 'fullName' | 'position' | 'email' | 'phone'> | null
}

/** The agreement's own contact for this partner, else the partner's primary contact. */
function contactFor(
  link: AgreementPartner,
  details: PartnerDetails | null,
): PrintedPartner['contact'] {
  const chosen = details?.contacts.find((contact) => contact.id === link.contactId)
  if (chosen) return chosen
  if (link.contactName)
    return { fullName: link.contactName, position: null, email: null, phone: null }
  return details?.contacts.find((contact) => contact.isPrimary) ?? null
}

/**
 * The agreement lists its partners by name only; the summary also needs each one's city and
 * contact details, so every partner is read (in parallel). Undefined until all have answered.
 */
export function useAgreementPartners(links: AgreementPartner[]): PrintedPartner[] | undefined {
  const api = useApi()
  const [loaded, setLoaded] = useState<{ key: string; rows: PrintedPartner[] }>()
  const key = JSON.stringify(links)

  useEffect(() => {
    let current = true
    const wanted = JSON.parse(key) as AgreementPartner[]
    void Promise.all(wanted.map((link) => api.call('partners.get', { id: link.partnerId }))).then(
      (results) => {
        if (!current) return
        const rows = wanted.map((link, index) => {
          const result = results[index]
          const details = result?.ok ? result.value : null
          return { link, details, contact: contactFor(link, details) }
        })
        setLoaded({ key, rows })
      },
    )
    return () => {
      current = false
    }
  }, [api, key])

  return loaded?.key === key ? loaded.rows : undefined
}
