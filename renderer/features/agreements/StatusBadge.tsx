import { useTranslation } from 'react-i18next'
import type { AgreementStatus } from '../../../shared/agreements/status.ts'

/** The agreement's status as a coloured label; the colour repeats what the word says. */
export function StatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation()
  return <span className={`badge status status-${status}`}>{t(`agreements.status.${status}`)}</span>
}
