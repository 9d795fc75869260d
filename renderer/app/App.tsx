import { useState } from 'react'
import type { Settings } from '../../shared/settings/settings.ts'
import { useApi } from '../api/api-context.tsx'
import { Toasts } from '../components/toasts.tsx'
import { AgreementPage } from '../features/agreements/AgreementPage.tsx'
import { AgreementsPage } from '../features/agreements/AgreementsPage.tsx'
import { PartnerPage } from '../features/partners/PartnerPage.tsx'
import { PartnersPage } from '../features/partners/PartnersPage.tsx'
import { SettingsPage } from '../features/settings/SettingsPage.tsx'
import { AuditLogPage } from '../features/audit/AuditLogPage.tsx'
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx'
import { AgreementSummaryPage } from '../features/print/AgreementSummaryPage.tsx'
import { AgreementsPrintPage } from '../features/print/AgreementsPrintPage.tsx'
import { PartnersPrintPage } from '../features/print/PartnersPrintPage.tsx'
import { ReportsPage } from '../features/reports/ReportsPage.tsx'
import { ImportPage } from '../features/import/ImportPage.tsx'
import { ReminderBanner } from '../features/renewals/ReminderBanner.tsx'
import { RenewalsPage } from '../features/renewals/RenewalsPage.tsx'
import { RenewalsStatusProvider } from '../features/renewals/renewals-status.tsx'
import { AppShell, sections, type Section } from './AppShell.tsx'
import { useRoute } from './router.ts'

export function App({ initialSettings }: { initialSettings: Settings }) {
  const api = useApi()
  const route = useRoute()
  const [settings, setSettings] = useState(initialSettings)
  const [first, second, third] = route.path
  // The dashboard is the first screen of the day; an unknown address lands there too.
  // The audit log is reached from the settings, and lights that item of the sidebar.
  const section: Section =
    first === 'audit' ? 'settings' : (sections.find((known) => known === first) ?? 'dashboard')
  const recordId = second && /^\d+$/.test(second) ? Number(second) : undefined
  // Print views: a list's at `#/<list>/print?<its filters>`, an agreement's at `#/agreements/<id>/print`.
  const listPrint = second === 'print'
  const recordPrint = recordId !== undefined && third === 'print'

  let screen
  if (first === 'audit') {
    screen = <AuditLogPage />
  } else if (section === 'dashboard') {
    screen = <DashboardPage />
  } else if (section === 'renewals') {
    screen = <RenewalsPage settings={settings} onSettingsChange={setSettings} />
  } else if (section === 'reports') {
    screen = <ReportsPage settings={settings} />
  } else if (section === 'import') {
    screen = <ImportPage settings={settings} />
  } else if (section === 'settings') {
    screen = <SettingsPage settings={settings} onSettingsChange={setSettings} />
  } else if (section === 'partners' && listPrint) {
    screen = <PartnersPrintPage />
  } else if (section === 'partners') {
    screen = recordId ? (
      <PartnerPage key={recordId} id={recordId} />
    ) : (
      <PartnersPage csvDelimiter={settings.csvDelimiter} />
    )
  } else if (listPrint) {
    screen = <AgreementsPrintPage />
  } else if (recordPrint) {
    screen = <AgreementSummaryPage key={recordId} id={recordId} settings={settings} />
  } else {
    screen = recordId ? (
      <AgreementPage key={recordId} id={recordId} settings={settings} />
    ) : (
      <AgreementsPage csvDelimiter={settings.csvDelimiter} />
    )
  }

  return (
    <RenewalsStatusProvider>
      <AppShell section={section} host={api.host}>
        {/* The desktop app reminds with a system notification instead. */}
        {api.host === 'preview' && <ReminderBanner />}
        {screen}
        <Toasts />
      </AppShell>
    </RenewalsStatusProvider>
  )
}
