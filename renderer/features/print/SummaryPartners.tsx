import { useTranslation } from 'react-i18next'
import { countryName } from '../../components/country-names.ts'
import type { PrintedPartner } from './use-agreement-partners.ts'

/** Each partner with its names in both scripts, where it is, and whom to write to. */
export function SummaryPartners({ partners }: { partners: PrintedPartner[] }) {
  const { t, i18n } = useTranslation()
  return (
    <section aria-labelledby="summary-partners">
      <h2 id="summary-partners">{t('agreements.page.partners')}</h2>
      <table className="print-table" data-testid="summary-partners">
        <thead>
          <tr>
            <th scope="col">{t('print.summary.partner')}</th>
            <th scope="col">{t('print.summary.place')}</th>
            <th scope="col">{t('print.summary.contact')}</th>
          </tr>
        </thead>
        <tbody>
          {partners.map(({ link, details, contact }) => (
            <tr key={link.partnerId}>
              <td className="print-col-partner">
                <div className="print-strong">{link.name}</div>
                {link.nameNative && <div lang="">{link.nameNative}</div>}
              </td>
              <td>
                {countryName(link.country, i18n.language)}
                {details?.city && <div>{details.city}</div>}
              </td>
              <td className="print-col-contact">
                {contact ? (
                  <>
                    <div className="print-strong">{contact.fullName}</div>
                    {contact.position && <div>{contact.position}</div>}
                    {/* An address or a number is never broken across lines; the pair may be. */}
                    {(contact.email || contact.phone) && (
                      <div className="print-channels">
                        {contact.email && <span className="print-email">{contact.email}</span>}
                        {contact.phone && <span className="print-nowrap">{contact.phone}</span>}
                      </div>
                    )}
                  </>
                ) : (
                  <span className="print-aside">{t('print.summary.noContact')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
