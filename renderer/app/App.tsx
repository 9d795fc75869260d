import { useState } from 'react'
import type { Settings } from '../../shared/settings/settings.ts'
import { useApi } from '../api/api-context.tsx'
import { Toasts } from '../components/toasts.tsx'
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
  const section: Section = first === 'settings' ? 'settings' : 'partners'
  const partnerId = first === 'partners' && second ? Number(second) : undefined

  let screen
  if (section === 'settings')
    screen = <SettingsPage settings={settings} onSettingsChange={setSettings} />
  else if (partnerId && Number.isInteger(partnerId))
    screen = <PartnerPage key={partnerId} id={partnerId} />
  else screen = <PartnersPage />

  return (
    <AppShell section={section} host={api.host}>
      {screen}
      <Toasts />
    </AppShell>
  )
}
