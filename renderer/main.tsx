import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nProvider } from 'react-aria-components'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { defaultSettings } from '../shared/settings/settings.ts'
import { ApiProvider } from './api/api-context.tsx'
import { detectClient } from './api/client.ts'
import { App } from './app/App.tsx'
import { RecoveryPage } from './features/recovery/RecoveryPage.tsx'
import { createI18n } from './i18n/i18n.ts'
import './app/styles.css'

async function start(): Promise<void> {
  const client = detectClient(window)
  const settings = await client.call('settings.get', {})
  const initial = settings.ok ? settings.value : defaultSettings
  // A damaged database: the recovery screen instead of the app, until a backup is restored.
  const recovery = await client.call('recovery.state', {})
  const damaged = recovery.ok ? recovery.value : null
  const i18n = await createI18n(initial.language)
  const setDocumentLanguage = (language: string) =>
    document.documentElement.setAttribute('lang', language)
  setDocumentLanguage(i18n.language)
  i18n.on('languageChanged', setDocumentLanguage)

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <LocaleBridge>
          <ApiProvider client={client}>
            {damaged ? <RecoveryPage state={damaged} /> : <App initialSettings={initial} />}
          </ApiProvider>
        </LocaleBridge>
      </I18nextProvider>
    </StrictMode>,
  )
}

/** Gives React Aria's own strings and formats the UI's language, and follows it when it changes. */
function LocaleBridge({ children }: { children: React.ReactNode }) {
  const { i18n } = useTranslation()
  return <I18nProvider locale={i18n.language}>{children}</I18nProvider>
}

void start()
