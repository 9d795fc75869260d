import { TriangleAlert } from 'lucide-react'
import { Link } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { expiredWithinDays, type Dashboard } from '../../../shared/dashboard/dashboard.ts'
import { href } from '../../app/router.ts'
import { useNumberFormat } from './use-number-format.ts'

interface Tile {
  id: keyof Dashboard['tiles']
  target: string
  warn?: boolean
}

/** The headline figures; each tile opens the list of what it counts. */
export function DashboardTiles({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation()
  const numbers = useNumberFormat()
  const { tiles, yearFrom, yearTo } = dashboard
  const list: Tile[] = [
    { id: 'inForce', target: href('/agreements', { force: '1' }) },
    { id: 'partners', target: href('/partners') },
    { id: 'countries', target: href('/agreements', { force: '1', sort: 'country' }) },
    { id: 'newThisYear', target: href('/agreements', { from: yearFrom, to: yearTo }) },
    { id: 'due', target: href('/agreements', { status: 'due' }), warn: tiles.due > 0 },
    { id: 'expiredRecently', target: href('/agreements', { ended: String(expiredWithinDays) }) },
  ]
  return (
    <ul className="dashboard-tiles" aria-label={t('dashboard.tiles.label')}>
      {list.map(({ id, target, warn }) => {
        const label = t(`dashboard.tiles.${id}`)
        const value = numbers.format(tiles[id])
        return (
          <li key={id}>
            <Link
              className={`tile${warn ? ' tile-warning' : ''}`}
              href={target}
              aria-label={t('dashboard.tiles.value', { label, value })}
            >
              <span className="tile-number">
                {value}
                {/* An icon as well as a colour, so the warning survives a grey printout. */}
                {warn && <TriangleAlert className="tile-icon" aria-hidden="true" />}
              </span>
              <span className="tile-label">{label}</span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
