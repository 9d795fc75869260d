import { Label, Radio, RadioGroup } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { parseIsoDate } from '../../../shared/dates.ts'
import {
  periodBounds,
  periodKinds,
  periodLabel,
  type PeriodKind,
  type ReportPeriod,
} from '../../../shared/reports/period.ts'
import { SelectField } from '../../components/SelectField.tsx'
import { reportYears } from './report-years.ts'

/** Which year the report covers: an academic year ("2025/2026") or a calendar year. */
export function PeriodPicker({
  period,
  onChange,
  firstMonth,
  currentYear,
}: {
  period: ReportPeriod
  onChange: (period: ReportPeriod) => void
  firstMonth: number
  currentYear: number
}) {
  const { t, i18n } = useTranslation()
  const bounds = periodBounds(period, firstMonth)
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(parseIsoDate(iso))
  return (
    <div className="report-period">
      <RadioGroup
        className="segmented-field"
        orientation="horizontal"
        value={period.kind}
        onChange={(kind) => onChange({ ...period, kind: kind as PeriodKind })}
      >
        <Label className="field-label">{t('reports.period.kind')}</Label>
        <div className="segmented">
          {periodKinds.map((kind) => (
            <Radio key={kind} value={kind} className="segment">
              {t(`reports.period.${kind}`)}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <SelectField
        label={t('reports.period.year')}
        value={String(period.year)}
        onChange={(year) => onChange({ ...period, year: Number(year) })}
        options={reportYears(currentYear).map((year) => ({
          id: String(year),
          label: periodLabel({ kind: period.kind, year }, firstMonth),
        }))}
      />
      <p className="field-hint">
        {t('reports.period.dates', { from: formatDate(bounds.from), to: formatDate(bounds.to) })}
      </p>
    </div>
  )
}
