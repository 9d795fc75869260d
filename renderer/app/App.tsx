import { useState } from 'react'
import type { Settings } from '../../shared/settings/settings.ts'
import { useApi } from '../api/api-context.tsx'
import { Toasts } from '../components/toasts.tsx'
import { AgreementPage } from '../features/agreements/AgreementPage.tsx'
import { AgreementsPage } from '../features/agreements/AgreementsPage.tsx'
import { PartnerPage } from '../features/partners/PartnerPage.tsx'
import { PartnersPage } from '../features/partners/PartnersPage.tsx'
import { SettingsPage } from '../features/settings/SettingsPage.tsx'
import { AppShell, type Section } from './AppShell.tsx'
import { useRoute } from './router.ts'

export function App({ initialSettings }: { initialSettings: Settings }) {
  const api = useApi()
  const route = useRoute()
  const [settings, setSettings] = useState(initialSettings)
  const [first, second] = route.path
  const section: Section = first === 'settings' || first === 'partners' ? first : 'agreements'
  const recordId = second && /^\d+$/.test(second) ? Number(second) : undefined

  let screen
  if (section === 'settings') {
    screen = <SettingsPage settings={settings} onSettingsChange={setSettings} />
  } else if (section === 'partners') {
    screen = recordId ? <PartnerPage key={recordId} id={recordId} /> : <PartnersPage />
  } else {
    screen = recordId ? (
      <AgreementPage key={recordId} id={recordId} settings={settings} />
    ) : (
      <AgreementsPage />
    )
  }

  return (
    <AppShell section={section} host={api.host}>
      {screen}
      <Toasts />
    </AppShell>
  )
}
