import { Link } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { PartnerSimilarQuery } from '../../../shared/partners/partner.ts'
import { useOperation } from '../../api/use-operation.ts'
import { href } from '../../app/router.ts'
import { countryName } from '../../components/country-names.ts'
import { useDebouncedValue } from '../../components/use-debounced-value.ts'

function SimilarPartnersLookup({ query }: { query: PartnerSimilarQuery }) {
  const { t, i18n } = useTranslation()
  const { data } = useOperation('partners.findSimilar', query)
  if (!data || data.length === 0) return null
  return (
    <div className="notice notice-info notice-stack" role="status">
      <p>{t('partners.form.similar', { count: data.length })}</p>
      <ul>
        {data.map((match) => (
          <li key={match.id}>
            <Link href={href(`/partners/${match.id}`)}>{match.name}</Link>
            {match.nameNative && <span className="muted"> · {match.nameNative}</span>}
            <span className="muted"> · {countryName(match.country, i18n.language)}</span>
            {match.archivedAt && (
              <span className="badge badge-archived">{t('partners.archived')}</span>
            )}
          </li>
        ))}
      </ul>
      <p className="small">{t('partners.form.similarHint')}</p>
    </div>
  )
}

/** Warns, while a partner is typed in, that it may already exist under another spelling or script. */
export function SimilarPartnersNotice({
  name,
  nameNative,
  country,
  excludeId,
}: {
  name: string
  nameNative: string
  country: string
  excludeId?: number
}) {
  const query = useDebouncedValue(
    {
      name: name.trim(),
      nameNative: nameNative.trim() || null,
      ...(country ? { country } : {}),
      ...(excludeId ? { excludeId } : {}),
    },
    300,
  )
  if (query.name.length < 4 && (query.nameNative ?? '').length < 4) return null
  return <SimilarPartnersLookup query={query} />
}
