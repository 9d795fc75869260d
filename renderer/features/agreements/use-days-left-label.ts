import { useTranslation } from 'react-i18next'

/** "65 days", or "ended 12 days ago". */
export function useDaysLeftLabel(): (days: number) => string {
  const { t } = useTranslation()
  return (days) =>
    days >= 0
      ? t('agreements.daysLeft', { count: days })
      : t('agreements.endedAgo', { count: -days })
}
