import { Link } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { CsvDelimiter } from '../../../shared/export/csv.ts'
import { languages, type Language, type Settings } from '../../../shared/settings/settings.ts'
import { useApi } from '../../api/api-context.tsx'
import { useOperation } from '../../api/use-operation.ts'
import { href } from '../../app/router.ts'
import { SelectField } from '../../components/SelectField.tsx'
import { notifyError, notifySuccess } from '../../components/toasts.tsx'
import { languageNames } from '../../i18n/i18n.ts'
import { BackupsCard } from '../backups/BackupsCard.tsx'

const months = Array.from({ length: 12 }, (_, index) => index + 1)

function monthName(month: number, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'long' }).format(new Date(2026, month - 1, 1))
}

export function SettingsPage({
  settings,
  onSettingsChange,
}: {
  settings: Settings
  onSettingsChange: (settings: Settings) => void
}) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const info = useOperation('app.info', {})

  const save = async (changes: Partial<Settings>) => {
    const result = await api.call('settings.update', changes)
    if (!result.ok) return notifyError(t(`errors.${result.error.code}`))
    onSettingsChange(result.value)
    if (result.value.language !== i18n.language) await i18n.changeLanguage(result.value.language)
    notifySuccess(i18n.t('settings.saved'))
  }

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
      </header>
      <section className="card settings">
        <SelectField
          label={t('settings.language')}
          value={settings.language}
          onChange={(language) => void save({ language: language as Language })}
          options={languages.map((language) => ({ id: language, label: languageNames[language] }))}
        />
        <p className="field-hint">{t('settings.languageHint')}</p>
        <SelectField
          label={t('settings.academicYearStart')}
          value={String(settings.academicYearStartMonth)}
          onChange={(month) => void save({ academicYearStartMonth: Number(month) })}
          options={months.map((month) => ({
            id: String(month),
            label: monthName(month, i18n.language),
          }))}
        />
        <SelectField
          label={t('settings.csvDelimiter')}
          value={settings.csvDelimiter}
          onChange={(csvDelimiter) => void save({ csvDelimiter: csvDelimiter as CsvDelimiter })}
          options={[
            { id: ',', label: t('settings.csvComma') },
            { id: ';', label: t('settings.csvSemicolon') },
          ]}
        />
      </section>
      <BackupsCard />
      <section className="card settings" aria-labelledby="audit-title">
        <h2 id="audit-title">{t('audit.logTitle')}</h2>
        <p className="field-hint">{t('audit.logHint')}</p>
        <Link className="button" href={href('/audit')}>
          {t('audit.logLink')}
        </Link>
      </section>
      {info.data && (
        <section className="card settings" aria-labelledby="about-title">
          <h2 id="about-title">{t('settings.about')}</h2>
          <dl className="details">
            <div className="detail">
              <dt>{t('settings.version')}</dt>
              <dd>{info.data.version}</dd>
            </div>
            <div className="detail">
              <dt>{t('settings.dataFolder')}</dt>
              <dd className="mono">{info.data.dataDir}</dd>
            </div>
          </dl>
        </section>
      )}
    </div>
  )
}
