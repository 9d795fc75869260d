import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { Result } from '../../../shared/contract/result.ts'
import { languages, type Language } from '../../../shared/settings/settings.ts'
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx'
import { ErrorNotice } from '../../components/ErrorNotice.tsx'
import { SelectField } from '../../components/SelectField.tsx'
import { notifyError, notifySuccess } from '../../components/toasts.tsx'
import { languageNames } from '../../i18n/i18n.ts'
import { SaveLayoutDialog } from './SaveLayoutDialog.tsx'
import { SheetTabs } from './SheetTabs.tsx'
import type { LayoutEditor } from './use-layout-editor.ts'

/** The id of the shipped layout in the select, whose keys are strings. */
const standardKey = 'standard'

/** Choosing, editing and keeping report layouts: which columns, in which order, which language. */
export function LayoutCard({ editor }: { editor: LayoutEditor }) {
  const { t } = useTranslation()
  const [dialog, setDialog] = useState<'saveAs' | 'delete' | null>(null)
  // A layout asked for while this one has unsaved edits: opened only once the person agrees.
  const [pending, setPending] = useState<{ id: number | null; name: string } | null>(null)
  const { layouts, selected, content, dirty } = editor
  const isStandard = selected?.id === null
  const nameOf = (id: number | null, name: string) =>
    id === null ? t('reports.layout.standard') : name

  const report = <T,>(result: Result<T>, success: string) => {
    if (result.ok) notifySuccess(success)
    else notifyError(t(`errors.${result.error.code}`))
  }

  return (
    <section className="card report-layout" aria-labelledby="report-layout-title">
      <div className="card-header">
        <h2 id="report-layout-title">{t('reports.layout.title')}</h2>
        {dirty && <span className="badge badge-primary">{t('reports.layout.unsaved')}</span>}
      </div>
      {editor.loadError && <ErrorNotice error={editor.loadError} onRetry={editor.reload} />}
      {layouts && selected && content && (
        <>
          <div className="layout-bar">
            <SelectField
              label={t('reports.layout.choose')}
              value={selected.id === null ? standardKey : String(selected.id)}
              onChange={(key) => {
                const id = key === standardKey ? null : Number(key)
                if (id === selected.id) return
                const name = nameOf(id, layouts.find((layout) => layout.id === id)?.name ?? '')
                if (dirty) setPending({ id, name })
                else editor.choose(id)
              }}
              options={layouts.map((layout) => ({
                id: layout.id === null ? standardKey : String(layout.id),
                label: nameOf(layout.id, layout.name),
              }))}
            />
            <SelectField
              label={t('reports.layout.language')}
              value={content.language}
              onChange={(language) => editor.edit({ ...content, language: language as Language })}
              options={languages.map((id) => ({ id, label: languageNames[id] }))}
            />
            <div className="layout-actions">
              <Button
                className="button button-primary"
                isDisabled={isStandard || !dirty}
                onPress={() =>
                  void editor
                    .save()
                    .then((result) =>
                      report(result, t('reports.layout.saved', { name: selected.name })),
                    )
                }
              >
                {t('common.save')}
              </Button>
              <Button className="button" onPress={() => setDialog('saveAs')}>
                {t('reports.layout.saveAs')}
              </Button>
              <Button className="button" isDisabled={!dirty} onPress={editor.reset}>
                {t('reports.layout.reset')}
              </Button>
              <Button
                className="button"
                isDisabled={isStandard}
                onPress={() => setDialog('delete')}
              >
                {t('reports.layout.delete')}
              </Button>
            </div>
          </div>
          <p className="field-hint">
            {isStandard ? t('reports.layout.standardHint') : t('reports.layout.editHint')}
          </p>
          <SheetTabs content={content} onChange={editor.edit} />
        </>
      )}
      <SaveLayoutDialog
        isOpen={dialog === 'saveAs'}
        onClose={() => setDialog(null)}
        onSave={async (name) => {
          const result = await editor.saveAs(name)
          if (result.ok) notifySuccess(t('reports.layout.saved', { name: result.value.name }))
          return result
        }}
      />
      {selected && (
        <ConfirmDialog
          isOpen={pending !== null}
          title={t('reports.layout.discardTitle', { name: nameOf(selected.id, selected.name) })}
          body={t('reports.layout.discardBody', { next: pending?.name ?? '' })}
          confirmLabel={t('reports.layout.discard')}
          destructive
          onClose={() => setPending(null)}
          onConfirm={async () => {
            if (pending) editor.choose(pending.id)
            setPending(null)
          }}
        />
      )}
      {selected && selected.id !== null && (
        <ConfirmDialog
          isOpen={dialog === 'delete'}
          title={t('reports.layout.deleteTitle', { name: selected.name })}
          body={t('reports.layout.deleteBody')}
          confirmLabel={t('reports.layout.delete')}
          destructive
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            const name = selected.name
            const result = await editor.remove()
            report(result, t('reports.layout.deleted', { name }))
            if (result.ok) setDialog(null)
          }}
        />
      )}
    </section>
  )
}
