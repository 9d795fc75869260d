import { useTranslation } from 'react-i18next'
import type { ImportPartnerPreview } from '../../../shared/import/import.ts'
import { countryName } from '../../components/country-names.ts'
import { SelectField } from '../../components/SelectField.tsx'

/**
 * The partners the file names, each linked to an existing partner or created. A likely but
 * uncertain match is listed first, for the user to confirm.
 */
export function ImportPartnersCard({
  partners,
  onChoose,
}: {
  partners: ImportPartnerPreview[]
  onChoose: (key: string, choice: 'create' | number) => void
}) {
  const { t, i18n } = useTranslation()
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' })
  const toConfirm = partners.filter((partner) => partner.decidedBy === 'none').length
  return (
    <section className="card" aria-labelledby="import-partners-title">
      <header className="card-header">
        <h2 id="import-partners-title">{t('import.partners.title', { count: partners.length })}</h2>
      </header>
      <p className="muted small">
        {toConfirm > 0
          ? t('import.partners.toConfirm', { count: toConfirm })
          : t('import.partners.allDecided')}
      </p>
      <div className="import-table-frame">
        <table className="import-table import-partners">
          <thead>
            <tr>
              <th scope="col">{t('import.partners.inFile')}</th>
              <th scope="col">{t('import.fields.country')}</th>
              <th scope="col" className="numeric">
                {t('import.partners.rows')}
              </th>
              <th scope="col">{t('import.partners.action')}</th>
            </tr>
          </thead>
          <tbody>
            {partners.map((partner) => (
              <tr
                key={partner.key}
                className={partner.decidedBy === 'none' ? 'import-row-warning' : undefined}
              >
                <th scope="row">
                  {partner.name}
                  {partner.variants.length > 0 && (
                    <div className="muted small">
                      {t('import.partners.variants', { names: partner.variants.join('; ') })}
                    </div>
                  )}
                </th>
                <td>{partner.country ? countryName(partner.country, i18n.language) : ''}</td>
                <td className="numeric">{partner.rows}</td>
                <td>
                  <SelectField
                    label={t('import.partners.actionFor', { name: partner.name })}
                    hideLabel
                    className="field-compact"
                    value={partner.decidedBy === 'none' ? null : String(partner.choice)}
                    placeholder={t('import.partners.choose')}
                    onChange={(value) =>
                      onChoose(partner.key, value === 'create' ? 'create' : Number(value))
                    }
                    options={[
                      { id: 'create', label: t('import.partners.create') },
                      ...partner.candidates.map((candidate) => ({
                        id: String(candidate.id),
                        label: t('import.partners.link', {
                          name: candidate.name,
                          score: percent.format(candidate.score),
                        }),
                      })),
                    ]}
                  />
                  {partner.decidedBy === 'none' && (
                    <div className="field-hint">{t('import.partners.similarExists')}</div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
