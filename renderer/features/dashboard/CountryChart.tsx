import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import type { CountryFigure } from '../../../shared/dashboard/dashboard.ts'
import { countryName } from '../../components/country-names.ts'
import { ChartCard } from './ChartCard.tsx'
import { chartColors, pairedSeries } from './chart-colors.tsx'
import { useNumberFormat } from './use-number-format.ts'

const tick = { fill: chartColors.axis, fontSize: 12 }
// Room per country for its two bars, plus the axis and the legend.
const rowHeight = 30
const frameHeight = 70

/** Agreements in force and people exchanged this year, per partner country. */
export function CountryChart({ figures, year }: { figures: CountryFigure[]; year: string }) {
  const { t, i18n } = useTranslation()
  const numbers = useNumberFormat()
  const hatchId = `countries-hatch${useId().replace(/[^\w-]/g, '')}`
  const agreements = t('dashboard.countries.agreements')
  const people = t('dashboard.countries.people', { year })
  const data = figures.map((figure) => ({
    ...figure,
    name: countryName(figure.country, i18n.language),
  }))
  const format = (value: unknown) => numbers.format(Number(value))

  return (
    <ChartCard
      id="countries"
      className="dashboard-countries"
      title={t('dashboard.countries.title')}
      summary={t('dashboard.countries.chart', { year })}
      emptyText={figures.length === 0 ? t('dashboard.countries.empty') : undefined}
      table={{
        columns: [t('dashboard.countries.country'), agreements, people],
        rows: data.map((row) => ({
          key: row.country,
          label: row.name,
          values: [format(row.agreements), format(row.people)],
        })),
      }}
    >
      <ResponsiveContainer width="100%" height={frameHeight + rowHeight * data.length}>
        <BarChart
          data={data}
          layout="vertical"
          accessibilityLayer={false}
          margin={{ top: 4, right: 12, left: 0, bottom: 0 }}
        >
          <CartesianGrid horizontal={false} stroke={chartColors.grid} />
          <XAxis type="number" allowDecimals={false} tick={tick} tickFormatter={format} />
          <YAxis type="category" dataKey="name" tick={tick} tickLine={false} width="auto" />
          {pairedSeries(
            [
              { key: 'agreements', name: agreements },
              { key: 'people', name: people },
            ],
            hatchId,
            format,
          )}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}
