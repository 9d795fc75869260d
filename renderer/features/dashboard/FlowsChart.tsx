import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { academicYearLabel } from '../../../shared/agreements/academic-year.ts'
import type { YearFlow } from '../../../shared/dashboard/dashboard.ts'
import { ChartCard } from './ChartCard.tsx'
import { chartColors, pairedSeries } from './chart-colors.tsx'
import { useNumberFormat } from './use-number-format.ts'

const tick = { fill: chartColors.axis, fontSize: 12 }

/** People out and in over the last academic years, side by side per year. */
export function FlowsChart({ flows, startMonth }: { flows: YearFlow[]; startMonth: number }) {
  const { t } = useTranslation()
  const numbers = useNumberFormat()
  const hatchId = `flows-hatch${useId().replace(/[^\w-]/g, '')}`
  const outgoing = t('agreements.directions.outgoing')
  const incoming = t('agreements.directions.incoming')
  const data = flows.map((flow) => ({
    ...flow,
    year: academicYearLabel(flow.academicYear, startMonth),
  }))
  const nobody = flows.every((flow) => flow.outgoing === 0 && flow.incoming === 0)
  const format = (value: unknown) => numbers.format(Number(value))

  return (
    <ChartCard
      id="flows"
      className="dashboard-flows"
      title={t('dashboard.flows.title')}
      summary={t('dashboard.flows.chart', { first: data[0]?.year, last: data.at(-1)?.year })}
      emptyText={nobody ? t('dashboard.flows.empty') : undefined}
      table={{
        columns: [t('dashboard.flows.academicYear'), outgoing, incoming],
        rows: data.map((row) => ({
          key: row.year,
          label: row.year,
          values: [format(row.outgoing), format(row.incoming)],
        })),
      }}
    >
      <ResponsiveContainer width="100%" height={260}>
        {/* The same figures are in the table that follows, so the chart needs no keyboard layer. */}
        <BarChart
          data={data}
          accessibilityLayer={false}
          margin={{ top: 8, right: 8, left: 0, bottom: 0 }}
        >
          <CartesianGrid vertical={false} stroke={chartColors.grid} />
          <XAxis dataKey="year" tick={tick} tickLine={false} />
          <YAxis allowDecimals={false} tick={tick} tickFormatter={format} width={44} />
          {pairedSeries(
            [
              { key: 'outgoing', name: outgoing },
              { key: 'incoming', name: incoming },
            ],
            hatchId,
            format,
          )}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}
