import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { importFields, type ImportField } from '../../../shared/import/import-fields.ts'
import { ErrorNotice } from '../../components/ErrorNotice.tsx'
import { NumberInput } from '../../components/NumberInput.tsx'
import { SelectField } from '../../components/SelectField.tsx'
import { DateOrderChoice } from './DateOrderChoice.tsx'
import { fileErrorText } from './import-texts.ts'
import { useFocusOnMount } from './use-focus-on-mount.ts'
import type { ImportWizard } from './use-import-wizard.ts'

const notImported = 'none'

/**
 * Step 2: which sheet, which row holds the headers, which column fills which field, and how
 * to read dates such as 03/04/2020 when the file does not tell.
 */
export function ImportMappingStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const { opened, layout, choices } = wizard
  if (!opened || !layout || !choices) return null
  const fieldOptions = [
    { id: notImported, label: t('import.mapping.notImported') },
    ...importFields.map((field) => ({ id: field, label: t(`import.fields.${field}`) })),
  ]
  const setField = (column: number, value: string) =>
    wizard.update((current) => ({
      ...current,
      // A field is filled from one column: choosing it here takes it from any other.
      mapping: current.mapping.map((field, index) => {
        if (index === column) return value === notImported ? null : (value as ImportField)
        return field === value ? null : field
      }),
    }))
  const mapped = new Set(choices.mapping.filter(Boolean))
  const needsOrder = layout.dateOrder === 'ambiguous' || layout.dateOrder === 'conflict'
  const canContinue = mapped.has('partner') && (!needsOrder || choices.dateOrder !== null)
  return (
    <section className="card" aria-labelledby="import-mapping-title">
      <header className="card-header">
        <h2 id="import-mapping-title" ref={heading} tabIndex={-1}>
          {t('import.mapping.title', { fileName: opened.fileName })}
        </h2>
      </header>
      <p className="muted small">
        {opened.format === 'csv'
          ? t('import.mapping.csvRead', {
              encoding: opened.encoding ?? '',
              delimiter: t(`import.delimiters.${delimiterName(opened.delimiter)}`),
            })
          : t('import.mapping.xlsxRead', { count: opened.sheets.length })}
      </p>
      <div className="import-layout-bar">
        {opened.sheets.length > 1 && (
          <SelectField
            label={t('import.mapping.sheet')}
            value={String(layout.sheet)}
            onChange={(sheet) => void wizard.relayout(Number(sheet))}
            options={opened.sheets.map((sheet, index) => ({
              id: String(index),
              label: t('import.mapping.sheetOption', { name: sheet.name, count: sheet.rows }),
            }))}
          />
        )}
        <NumberInput
          label={t('import.mapping.headerRow')}
          value={layout.headerRow + 1}
          minValue={1}
          onChange={(row) => {
            if (Number.isInteger(row) && row >= 1) void wizard.relayout(layout.sheet, row - 1)
          }}
        />
        <p className="field-hint">
          {t('import.mapping.dataRows', { count: layout.dataRows })}
          {layout.mappingRemembered && ` ${t('import.mapping.remembered')}`}
        </p>
      </div>
      {needsOrder && (
        <DateOrderChoice
          value={choices.dateOrder}
          conflict={layout.dateOrder === 'conflict'}
          onChange={(dateOrder) => wizard.update((current) => ({ ...current, dateOrder }))}
        />
      )}
      {layout.columns.length === 0 ? (
        <p className="empty">{t('import.mapping.emptySheet')}</p>
      ) : (
        <table className="import-table import-mapping">
          <thead>
            <tr>
              <th scope="col">{t('import.mapping.column')}</th>
              <th scope="col">{t('import.mapping.samples')}</th>
              <th scope="col">{t('import.mapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {layout.columns.map((column) => (
              <tr key={column.index}>
                <th scope="row">
                  {column.header || t('import.mapping.untitled', { number: column.index + 1 })}
                </th>
                <td className="muted small">{column.samples.join(' · ')}</td>
                <td>
                  <SelectField
                    label={t('import.mapping.fieldFor', {
                      column: column.header || column.index + 1,
                    })}
                    className="field-compact"
                    hideLabel
                    value={choices.mapping[column.index] ?? notImported}
                    onChange={(value) => setField(column.index, value)}
                    options={fieldOptions}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!mapped.has('partner') && layout.columns.length > 0 && (
        <p className="field-error">{t('import.mapping.partnerRequired')}</p>
      )}
      {wizard.error && <ErrorNotice error={wizard.error} text={fileErrorText(t, wizard.error)} />}
      <div className="import-actions">
        <Button className="button" onPress={wizard.restart}>
          {t('import.mapping.otherFile')}
        </Button>
        <Button
          className="button button-primary"
          isDisabled={!canContinue}
          onPress={() => wizard.setStep('preview')}
        >
          {t('import.mapping.toPreview')}
        </Button>
      </div>
    </section>
  )
}

function delimiterName(delimiter: string | null): 'comma' | 'semicolon' | 'tab' {
  if (delimiter === ';') return 'semicolon'
  if (delimiter === '\t') return 'tab'
  return 'comma'
}
