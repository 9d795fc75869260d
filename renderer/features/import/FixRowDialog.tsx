import { useState } from 'react'
import { Button, Form } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { ImportField } from '../../../shared/import/import-fields.ts'
import type { ImportRowPreview } from '../../../shared/import/import.ts'
import { countryName } from '../../components/country-names.ts'
import { DialogFrame } from '../../components/DialogFrame.tsx'
import { TextInput } from '../../components/TextInput.tsx'
import { issueText } from './import-texts.ts'

/** The fields a person corrects most; others can be fixed in Accord after the import. */
const fixableFields: ImportField[] = [
  'reference',
  'title',
  'partner',
  'country',
  'kind',
  'signedOn',
  'startsOn',
  'endsOn',
]

/**
 * Corrects one row's values as text, the way the file should have said them. The correction is
 * kept with the import (the file is not changed) and the row is checked again.
 */
export function FixRowDialog({
  row,
  onClose,
  onSave,
}: {
  row: ImportRowPreview
  onClose: () => void
  onSave: (values: Partial<Record<ImportField, string>>) => void
}) {
  const { t, i18n } = useTranslation()
  const fields = [
    ...fixableFields,
    ...row.issues.flatMap((issue) =>
      issue.field && !fixableFields.includes(issue.field) ? [issue.field] : [],
    ),
  ]
  const [values, setValues] = useState<Partial<Record<ImportField, string>>>(() =>
    Object.fromEntries(fields.map((field) => [field, row.raw[field] ?? ''])),
  )
  const issuesOf = (field: ImportField) => row.issues.filter((issue) => issue.field === field)
  return (
    <DialogFrame
      title={t('import.fix.title', { row: row.rowNumber })}
      isOpen
      onClose={onClose}
      size="large"
    >
      <Form
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          onSave(values)
        }}
      >
        <p className="muted small">{t('import.fix.intro')}</p>
        <div className="form-grid">
          {fields.map((field, index) => (
            <div key={field}>
              <TextInput
                label={t(`import.fields.${field}`)}
                value={values[field] ?? ''}
                onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
                isRequired={field === 'partner'}
                autoFocus={index === 0}
                description={
                  field === 'country' && !row.raw.country && row.country
                    ? t('import.fix.countryFromGroup', {
                        country: countryName(row.country, i18n.language),
                      })
                    : hintOf(field, t)
                }
              />
              {issuesOf(field).map((issue, position) => (
                <p
                  key={position}
                  className={issue.severity === 'error' ? 'field-error' : 'field-hint'}
                >
                  {issueText(t, issue)}
                </p>
              ))}
            </div>
          ))}
        </div>
        <div className="dialog-actions">
          <Button className="button" onPress={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary">
            {t('import.fix.apply')}
          </Button>
        </div>
      </Form>
    </DialogFrame>
  )
}

function hintOf(
  field: ImportField,
  t: (key: 'import.fix.dateHint' | 'import.fix.endHint') => string,
) {
  if (field === 'signedOn' || field === 'startsOn') return t('import.fix.dateHint')
  if (field === 'endsOn') return t('import.fix.endHint')
  return undefined
}
