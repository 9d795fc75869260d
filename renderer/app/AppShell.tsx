import {
  BellRing,
  Building2,
  FileSpreadsheet,
  FileText,
  FileUp,
  LayoutDashboard,
  Settings,
  type LucideIcon,
} from 'lucide-react'
import type { ReactNode } from 'react'
import { Link } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useRenewalsStatus } from '../features/renewals/renewals-status.tsx'
import { href } from './router.ts'

export const sections = [
  'dashboard',
  'renewals',
  'agreements',
  'partners',
  'reports',
  'import',
  'settings',
] as const
export type Section = (typeof sections)[number]

/** The window's frame: a sidebar with the screens that exist, and the current screen. */
export function AppShell({
  section,
  host,
  children,
}: {
  section: Section
  host: 'electron' | 'preview'
  children: ReactNode
}) {
  const { t } = useTranslation()
  const { dueCount } = useRenewalsStatus()
  const item = (id: Section, label: string, Icon: LucideIcon, count = 0) => (
    <li>
      <Link
        className="nav-link"
        href={href(`/${id}`)}
        aria-current={section === id ? 'page' : undefined}
        aria-label={count > 0 ? `${label}, ${t('renewals.badge', { count })}` : undefined}
      >
        <Icon className="nav-icon" aria-hidden="true" />
        {label}
        {count > 0 && (
          <span className="nav-count" aria-hidden="true">
            {count}
          </span>
        )}
      </Link>
    </li>
  )
  return (
    <div className="shell">
      {/* The address's hash holds the route, so the skip link moves focus itself instead of navigating. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault()
          document.getElementById('main')?.focus()
        }}
      >
        {t('app.skipToContent')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            A
          </span>
          <div>
            <div className="brand-name">{t('app.name')}</div>
            <div className="brand-tagline">{t('app.tagline')}</div>
          </div>
        </div>
        <nav aria-label={t('app.nav.label')}>
          <ul className="nav">
            {item('dashboard', t('app.nav.dashboard'), LayoutDashboard)}
            {item('renewals', t('app.nav.renewals'), BellRing, dueCount)}
            {item('agreements', t('app.nav.agreements'), FileText)}
            {item('partners', t('app.nav.partners'), Building2)}
            {item('reports', t('reports.nav'), FileSpreadsheet)}
            {item('import', t('import.nav'), FileUp)}
          </ul>
          <ul className="nav nav-bottom">{item('settings', t('app.nav.settings'), Settings)}</ul>
        </nav>
        {host === 'preview' && <div className="host-note">{t('app.previewHost')}</div>}
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}
