import { Button, DropZone, FileTrigger, Text, type DropItem } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { ErrorNotice } from '../../components/ErrorNotice.tsx'
import { fileErrorText } from './import-texts.ts'
import type { ImportWizard } from './use-import-wizard.ts'

const accepted = ['.xlsx', '.csv', '.txt', '.tsv']

/** Step 1: the file, chosen with the system's dialog or dropped on the page. */
export function ImportFileStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation()
  const open = (files: File[]) => {
    const file = files[0]
    if (file) void wizard.openFile(file)
  }
  const filesOf = async (items: DropItem[]) =>
    Promise.all(
      items
        .filter((item) => item.kind === 'file')
        .map((item) => (item as Extract<DropItem, { kind: 'file' }>).getFile()),
    )
  return (
    <section className="card" aria-labelledby="import-file-title">
      <header className="card-header">
        <h2 id="import-file-title">{t('import.file.title')}</h2>
      </header>
      <p className="muted">{t('import.file.intro')}</p>
      <DropZone
        className="drop-zone import-drop"
        onDrop={(event) => void filesOf(event.items).then(open)}
        aria-label={t('import.file.drop')}
      >
        <FileTrigger acceptedFileTypes={accepted} onSelect={(list) => list && open([...list])}>
          <Button className="button button-primary" isDisabled={wizard.reading !== undefined}>
            {t('import.file.choose')}
          </Button>
        </FileTrigger>
        <Text slot="label" className="muted">
          {wizard.reading
            ? t('import.file.reading', { name: wizard.reading })
            : t('import.file.drop')}
        </Text>
      </DropZone>
      {wizard.error && <ErrorNotice error={wizard.error} text={fileErrorText(t, wizard.error)} />}
    </section>
  )
}
