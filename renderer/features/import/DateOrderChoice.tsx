import { Label, Radio, RadioGroup } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { DateOrder } from '../../../shared/import/import-dates.ts'

/** How to read 03/04/2020 in this file: asked once, on the columns step or beside the rows. */
export function DateOrderChoice({
  value,
  conflict,
  onChange,
}: {
  value: DateOrder | null
  conflict: boolean
  onChange: (order: DateOrder) => void
}) {
  const { t } = useTranslation()
  return (
    <RadioGroup
      className="segmented-field import-date-order"
      orientation="horizontal"
      value={value}
      onChange={(order) => onChange(order as DateOrder)}
    >
      <Label className="field-label">
        {t(conflict ? 'import.mapping.dateOrderConflict' : 'import.mapping.dateOrder')}
      </Label>
      <div className="segmented">
        <Radio value="dmy" className="segment">
          {t('import.mapping.dayFirst')}
        </Radio>
        <Radio value="mdy" className="segment">
          {t('import.mapping.monthFirst')}
        </Radio>
      </div>
    </RadioGroup>
  )
}
