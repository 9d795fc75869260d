import { useTranslation } from 'react-i18next'
import type { Flow } from './mobility-grid.ts'

/** "Outgoing · Student studies · Bachelor" in the UI's language. */
export function useFlowLabel(): (flow: Flow) => string {
  const { t } = useTranslation()
  return (flow) =>
    [
      t(`agreements.directions.${flow.direction}`),
      t(`agreements.mobilityTypes.${flow.mobilityType}`),
      flow.level ? t(`agreements.levels.${flow.level}`) : null,
    ]
      .filter(Boolean)
      .join(' · ')
}
