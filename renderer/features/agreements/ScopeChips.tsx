import { X } from 'lucide-react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../components/format.ts'
import type { AgreementFilters } from './agreement-filters.ts'

/**
 * The filters a dashboard tile opens the list with, which have no drop-down of their own:
 * each shows as a chip that says what it keeps and can be removed.
 */
export function ScopeChips({
  filters,
  onChange,
}: {
  filters: AgreementFilters
  onChange: (changes: Partial<AgreementFilters>) => void
}) {
  const { t, i18n } = useTranslation()
  const chips: Array<{ id: string; label: string; clear: Partial<AgreementFilters> }> = []
  if (filters.inForce)
    chips.push({ id: 'force', label: t('agreements.scope.inForce'), clear: { inForce: false } })
  if (filters.newPeriod)
    chips.push({
      id: 'new',
      label: t('agreements.scope.new', {
        from: formatDate(filters.newPeriod.from, i18n.language),
        to: formatDate(filters.newPeriod.to, i18n.language),
      }),
      clear: { newPeriod: null },
    })
  if (filters.endedWithinDays)
    chips.push({
      id: 'ended',
      label: t('agreements.scope.ended', { count: filters.endedWithinDays }),
      clear: { endedWithinDays: null },
    })
  if (chips.length === 0) return null
  return (
    <ul className="scope-chips" aria-label={t('agreements.scope.label')}>
      {chips.map((chip) => (
        <li key={chip.id} className="scope-chip">
          {chip.label}
          <Button
            className="scope-chip-remove"
            aria-label={t('agreements.scope.remove', { filter: chip.label })}
            onPress={() => onChange(chip.clear)}
          >
            <X aria-hidden="true" />
          </Button>
        </li>
      ))}
    </ul>
  )
}
