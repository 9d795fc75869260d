import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { ImportRowPreview } from '../../../shared/import/import.ts'
import { ErrorNotice } from '../../components/ErrorNotice.tsx'
import { useNumberFormat } from '../dashboard/use-number-format.ts'
import { FixRowDialog } from './FixRowDialog.tsx'
import { DateOrderChoice } from './DateOrderChoice.tsx'
import { fileErrorText } from './import-texts.ts'
import { useFocusOnMount } from './use-focus-on-mount.ts'
import { ImportPartnersCard } from './ImportPartnersCard.tsx'
import { ImportRowsTable } from './ImportRowsTable.tsx'
import type { ImportWizard } from './use-import-wizard.ts'

/**
 * Step 3: what the import will do. Rows with errors are fixed here or left out; partners are
 * linked to existing ones or created; nothing is written until "Import".
 */
export function ImportPreviewStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation()
  const numbers = useNumberFormat()
  const [fixing, setFixing] = useState<ImportRowPreview>()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const { preview, choices } = wizard
  if (!choices) return null
  const toggleSkip = (row: ImportRowPreview) =>
    wizard.update((current) => ({
      ...current,
      skipped: current.skipped.includes(row.rowNumber)
        ? current.skipped.filter((number) => number !== row.rowNumber)
        : [...current.skipped, row.rowNumber],
    }))
  const importable = preview ? preview.totals.ready + preview.totals.warnings : 0
  // A likely match is the user's to confirm: link it, or create a second partner knowingly.
  const undecided = preview?.partners.filter((partner) => partner.decidedBy === 'none').length ?? 0
  const leftOut = preview ? preview.totals.errors + preview.totals.skipped : 0
  return (
    <>
      <section
        className="card"
        aria-labelledby="import-preview-title"
        aria-busy={wizard.previewing}
      >
        <header className="card-header">
          <h2 id="import-preview-title" ref={heading} tabIndex={-1}>
            {t('import.preview.title')}
          </h2>
          {wizard.previewing && <span className="muted small">{t('import.preview.updating')}</span>}
        </header>
        {preview ? (
          <dl className="import-totals">
            {(['rows', 'ready', 'warnings', 'errors', 'skipped'] as const).map((key) => (
              <div key={key} className={`import-total import-total-${key}`}>
                <dt>{t(`import.preview.totals.${key}`)}</dt>
                <dd>{numbers.format(preview.totals[key])}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
        {preview?.referencesGenerated && (
          <p className="muted small">
            {t('import.preview.referencesGenerated', {
              example: preview.rows[0]?.reference ?? 'IMP-1',
            })}
          </p>
        )}
        {preview && preview.headingRows.length > 0 && (
          <p className="muted small">
            {t('import.preview.headingRows', { rows: preview.headingRows.join(', ') })}
          </p>
        )}
        {preview?.dateOrderNeeded && (
          <DateOrderChoice
            value={choices.dateOrder}
            conflict={false}
            onChange={(dateOrder) => wizard.update((current) => ({ ...current, dateOrder }))}
          />
        )}
      </section>
      {preview && preview.partners.length > 0 && (
        <ImportPartnersCard
          partners={preview.partners}
          onChoose={(key, choice) =>
            wizard.update((current) => ({
              ...current,
              partnerChoices: { ...current.partnerChoices, [key]: choice },
            }))
          }
        />
      )}
      {preview && (
        <ImportRowsTable
          rows={preview.rows}
          unlisted={preview.unlistedRows}
          onFix={setFixing}
          onToggleSkip={toggleSkip}
        />
      )}
      {wizard.error && <ErrorNotice error={wizard.error} text={fileErrorText(t, wizard.error)} />}
      {wizard.commitError && (
        <ErrorNotice
          error={wizard.commitError}
          text={fileErrorText(t, wizard.commitError)}
          detail={
            wizard.commitError.details?.fields?.file === 'import_commit_failed'
              ? wizard.commitError.message
              : undefined
          }
        />
      )}
      <div className="import-actions import-actions-sticky">
        <Button className="button" onPress={() => wizard.setStep('mapping')}>
          {t('import.preview.backToMapping')}
        </Button>
        <span className="muted small" aria-live="polite">
          {undecided > 0
            ? t('import.preview.confirmFirst', { count: undecided })
            : preview && leftOut > 0
              ? t('import.preview.leftOut', { count: leftOut })
              : ''}
        </span>
        <Button
          className="button button-primary"
          isDisabled={!preview || importable === 0 || undecided > 0 || wizard.previewing}
          onPress={() => void wizard.commit()}
        >
          {t('import.preview.commit', { count: importable })}
        </Button>
      </div>
      {fixing && (
        <FixRowDialog
          row={fixing}
          onClose={() => setFixing(undefined)}
          onSave={(values) => {
            wizard.update((current) => ({
              ...current,
              fixes: { ...current.fixes, [String(fixing.rowNumber)]: values },
              skipped: current.skipped.filter((number) => number !== fixing.rowNumber),
            }))
            setFixing(undefined)
          }}
        />
      )}
    </>
  )
}
