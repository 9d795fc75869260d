import { useState } from 'react'
import { Button, Link } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/api-context.tsx'
import { notifyError, notifySuccess } from '../../components/toasts.tsx'
import { pdfFileName } from './pdf-file-name.ts'

/**
 * Above a print view, on screen only (print.css hides it on paper): the browser's Print, Save
 * as PDF where the desktop app can write the file itself, and the way back.
 */
export function PrintToolbar({
  backHref,
  backLabel,
  pdfName,
  ready,
}: {
  backHref: string
  backLabel: string
  /** The suggested file name, without ".pdf". */
  pdfName: string
  /** Printing before the data has arrived would print "Loading…". */
  ready: boolean
}) {
  const { t } = useTranslation()
  const api = useApi()
  const [saving, setSaving] = useState(false)

  const savePdf = async () => {
    setSaving(true)
    const result = await api.call('print.savePdf', { fileName: pdfFileName(pdfName) })
    setSaving(false)
    if (!result.ok) notifyError(t('print.saveFailed'))
    else if (result.value.saved)
      notifySuccess(t('print.saved', { location: result.value.location ?? '' }))
  }

  return (
    <div className="print-toolbar" role="toolbar" aria-label={t('print.toolbar')}>
      <Link className="back-link" href={backHref}>
        ← {backLabel}
      </Link>
      <div className="print-toolbar-actions">
        <Button
          className="button button-primary"
          isDisabled={!ready}
          onPress={() => window.print()}
        >
          {t('print.print')}
        </Button>
        {api.host === 'electron' && (
          <Button className="button" isDisabled={!ready || saving} onPress={() => void savePdf()}>
            {saving ? t('common.saving') : t('print.savePdf')}
          </Button>
        )}
      </div>
    </div>
  )
}
