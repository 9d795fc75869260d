import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { listSheets, type ListSheet } from '../../../shared/reports/columns.ts'
import type { LayoutContent } from '../../../shared/reports/layout.ts'
import type { Language } from '../../../shared/settings/settings.ts'
import { reportWords, type ColumnWord } from '../../../shared/reports/words/report-words.ts'
import { SheetColumns } from './SheetColumns.tsx'

/**
 * The list sheets as tabs, each with its columns. Sheets and columns are named with the
 * workbook's own words in the UI's language, so what the screen says is what Excel will show.
 */
export function SheetTabs({
  content,
  onChange,
}: {
  content: LayoutContent
  onChange: (content: LayoutContent) => void
}) {
  const { t, i18n } = useTranslation()
  const words = reportWords[i18n.language as Language] ?? reportWords.en
  const labelOf = (column: string) => words.columns[column as ColumnWord] ?? column
  const setColumns = (sheet: ListSheet, columns: string[]) =>
    onChange({ ...content, columns: { ...content.columns, [sheet]: columns } })
  return (
    <Tabs className="sheet-tabs">
      <TabList className="sheet-tab-list" aria-label={t('reports.columns.sheets')}>
        {listSheets.map((sheet) => (
          <Tab key={sheet} id={sheet} className="sheet-tab">
            {words.sheets[sheet]}
            <span className="sheet-tab-count" aria-hidden="true">
              {content.columns[sheet].length}
            </span>
          </Tab>
        ))}
      </TabList>
      {listSheets.map((sheet) => (
        <TabPanel key={sheet} id={sheet} className="sheet-tab-panel">
          <SheetColumns
            sheet={sheet}
            sheetName={words.sheets[sheet]}
            columns={content.columns[sheet]}
            labelOf={labelOf}
            onChange={(columns) => setColumns(sheet, columns)}
          />
        </TabPanel>
      ))}
    </Tabs>
  )
}
