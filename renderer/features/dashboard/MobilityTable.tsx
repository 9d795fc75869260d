import { useTranslation } from 'react-i18next'
import {
  directions,
  isStaffMobility,
  mobilityTypes,
  studyLevels,
} from '../../../shared/agreements/vocabulary.ts'
import type { MobilityFigure } from '../../../shared/dashboard/dashboard.ts'
import { useNumberFormat } from './use-number-format.ts'

// A row without a level (staff, or students of any level) comes after the levels it could be.
const levelRank = (figure: MobilityFigure) =>
  figure.level ? studyLevels.indexOf(figure.level) : studyLevels.length

const byReadingOrder = (a: MobilityFigure, b: MobilityFigure) =>
  mobilityTypes.indexOf(a.mobilityType) - mobilityTypes.indexOf(b.mobilityType) ||
  levelRank(a) - levelRank(b)

/** Places against people exchanged in the current academic year, outgoing first. */
export function MobilityTable({ figures, year }: { figures: MobilityFigure[]; year: string }) {
  const { t, i18n } = useTranslation()
  const numbers = useNumberFormat()
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' })
  const title = t('dashboard.mobility.title', { year })
  const groups = directions
    .map((direction) => ({
      direction,
      rows: figures.filter((figure) => figure.direction === direction).sort(byReadingOrder),
    }))
    .filter((group) => group.rows.length > 0)

  const levelOf = (figure: MobilityFigure) => {
    if (figure.level) return t(`agreements.levels.${figure.level}`)
    // Staff have no study level; a student quota without one is open to every level.
    return isStaffMobility(figure.mobilityType) ? t('common.none') : t('agreements.quotas.anyLevel')
  }

  return (
    <section className="card dashboard-card dashboard-mobility" aria-labelledby="mobility-title">
      <header className="card-header">
        <h2 id="mobility-title">{title}</h2>
      </header>
      {groups.length === 0 ? (
        <p className="empty">{t('dashboard.mobility.empty', { year })}</p>
      ) : (
        <div className="grid-scroll">
          <table className="grid-table mobility-table" aria-labelledby="mobility-title">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.mobility.mobilityType')}</th>
                <th scope="col">{t('dashboard.mobility.level')}</th>
                <th scope="col" className="numeric">
                  {t('dashboard.mobility.places')}
                </th>
                <th scope="col" className="numeric">
                  {t('dashboard.mobility.exchanged')}
                </th>
                <th scope="col">{t('dashboard.mobility.filled')}</th>
              </tr>
            </thead>
            {groups.map(({ direction, rows }) => (
              <tbody key={direction}>
                <tr className="mobility-group">
                  <th scope="rowgroup" colSpan={5}>
                    {t(`agreements.directions.${direction}`)}
                  </th>
                </tr>
                {rows.map((figure) => {
                  const type = t(`agreements.mobilityTypes.${figure.mobilityType}`)
                  const level = levelOf(figure)
                  const over = figure.quota > 0 && figure.actual > figure.quota
                  return (
                    <tr key={`${figure.mobilityType}/${figure.level ?? ''}`}>
                      <th scope="row">{type}</th>
                      <td>{level}</td>
                      <td className="numeric">{numbers.format(figure.quota)}</td>
                      <td className={`numeric${over ? ' over-quota' : ''}`}>
                        {numbers.format(figure.actual)}
                      </td>
                      <td>
                        {figure.quota > 0 ? (
                          <QuotaBar
                            actual={figure.actual}
                            quota={figure.quota}
                            percent={percent.format(figure.actual / figure.quota)}
                            label={t('dashboard.mobility.filledOf', {
                              flow: [t(`agreements.directions.${direction}`), type, level].join(
                                ' · ',
                              ),
                              actual: numbers.format(figure.actual),
                              quota: numbers.format(figure.quota),
                            })}
                          />
                        ) : (
                          <span className="muted small">{t('dashboard.mobility.noPlaces')}</span>
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  )
}

function QuotaBar({
  actual,
  quota,
  percent,
  label,
}: {
  actual: number
  quota: number
  percent: string
  label: string
}) {
  const over = actual > quota
  return (
    <div className="quota-meter">
      {/* A drawn bar, not <meter>: plain CSS then styles it the same on screen and on paper. */}
      <div
        className={`quota-bar${over ? ' quota-bar-over' : ''}`}
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={quota}
        aria-valuenow={Math.min(actual, quota)}
        aria-valuetext={percent}
      >
        <div
          className="quota-bar-fill"
          style={{ width: `${Math.min(100, (actual / quota) * 100)}%` }}
        />
      </div>
      <span className="quota-percent" aria-hidden="true">
        {percent}
      </span>
    </div>
  )
}
