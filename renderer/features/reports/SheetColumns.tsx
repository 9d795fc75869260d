import { ArrowDown, ArrowUp, X } from 'lucide-react'
import { useEffect, useRef } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { ListSheet } from '../../../shared/reports/columns.ts'
import { SelectField } from '../../components/SelectField.tsx'
import { addColumn, moveColumn, remainingColumns, removeColumn } from './layout-edits.ts'

const actions = ['up', 'down', 'remove'] as const
type Action = (typeof actions)[number]
/** Where focus goes after an edit re-orders or removes the row that held it. */
type FocusTarget = { column: string; action: Action } | { add: true }

/**
 * One sheet's chosen columns in order, each with buttons to move or remove it, and a picker
 * for the columns not shown yet. Focus follows the moved row, so a keyboard user can press
 * "Move up" again and again.
 */
export function SheetColumns({
  sheet,
  sheetName,
  columns,
  labelOf,
  onChange,
}: {
  sheet: ListSheet
  sheetName: string
  columns: string[]
  labelOf: (column: string) => string
  onChange: (columns: string[]) => void
}) {
  const { t } = useTranslation()
  const list = useRef<HTMLOListElement>(null)
  // Set by an edit, used once the edited list is on screen.
  const focusTarget = useRef<FocusTarget | null>(null)
  const remaining = remainingColumns(sheet, columns)

  useEffect(() => {
    const wanted = focusTarget.current
    if (!wanted) return
    focusTarget.current = null
    const root = list.current?.parentElement
    const find = (selector: string) => root?.querySelector<HTMLElement>(selector) ?? null
    const buttonOf = (column: string, action: Action) => {
      const button = find(`[data-column="${column}"] [data-action="${action}"]`)
      return button && !button.hasAttribute('disabled') ? button : null
    }
    const lastColumn = columns.at(-1)
    const target =
      'add' in wanted
        ? (find('.column-add button') ?? (lastColumn ? buttonOf(lastColumn, 'up') : null))
        : // A button the move disabled (Move up on the first row) hands focus to its twin.
          [wanted.action, ...actions.filter((action) => action !== wanted.action)]
            .map((action) => buttonOf(wanted.column, action))
            .find(Boolean)
    target?.focus()
  })

  const move = (column: string, by: -1 | 1) => {
    onChange(moveColumn(columns, column, by))
    focusTarget.current = { column, action: by < 0 ? 'up' : 'down' }
  }
  const remove = (column: string) => {
    const next = columns[columns.indexOf(column) + 1] ?? columns[columns.indexOf(column) - 1]
    onChange(removeColumn(columns, column))
    focusTarget.current = next ? { column: next, action: 'remove' } : { add: true }
  }

  return (
    <div className="sheet-columns">
      <ol
        className="column-list"
        ref={list}
        aria-label={t('reports.columns.chosen', { sheet: sheetName })}
      >
        {columns.map((column, index) => {
          const label = labelOf(column)
          return (
            <li key={column} className="column-item" data-column={column}>
              <span className="column-position" aria-hidden="true">
                {index + 1}
              </span>
              <span className="column-name">{label}</span>
              <Button
                className="icon-button"
                data-action="up"
                aria-label={t('reports.columns.moveUp', { column: label })}
                isDisabled={index === 0}
                onPress={() => move(column, -1)}
              >
                <ArrowUp aria-hidden="true" />
              </Button>
              <Button
                className="icon-button"
                data-action="down"
                aria-label={t('reports.columns.moveDown', { column: label })}
                isDisabled={index === columns.length - 1}
                onPress={() => move(column, 1)}
              >
                <ArrowDown aria-hidden="true" />
              </Button>
              <Button
                className="icon-button icon-button-danger"
                data-action="remove"
                aria-label={t('reports.columns.remove', { column: label })}
                // A sheet needs one column at least.
                isDisabled={columns.length === 1}
                onPress={() => remove(column)}
              >
                <X aria-hidden="true" />
              </Button>
            </li>
          )
        })}
      </ol>
      {remaining.length > 0 ? (
        <SelectField
          className="column-add"
          label={t('reports.columns.add')}
          placeholder={t('reports.columns.addPlaceholder')}
          value={null}
          onChange={(column) => {
            onChange(addColumn(columns, column))
            focusTarget.current = { add: true }
          }}
          options={remaining.map((column) => ({ id: column, label: labelOf(column) }))}
        />
      ) : (
        <p className="field-hint">{t('reports.columns.allShown')}</p>
      )}
    </div>
  )
}
