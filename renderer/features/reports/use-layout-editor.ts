import { useState } from 'react'
import { fail, type AppError, type Result } from '../../../shared/contract/result.ts'
import type { LayoutContent, ReportLayout } from '../../../shared/reports/layout.ts'
import { useApi } from '../../api/api-context.tsx'
import { useOperation } from '../../api/use-operation.ts'
import { contentOf, sameContent } from './layout-edits.ts'

export interface LayoutEditor {
  layouts: ReportLayout[] | undefined
  loadError: AppError | undefined
  reload: () => void
  /** The layout chosen in the list, as last saved. */
  selected: ReportLayout | undefined
  /** What the screen shows and exports: the selected layout with any unsaved edits. */
  content: LayoutContent | undefined
  dirty: boolean
  choose: (id: number | null) => void
  edit: (content: LayoutContent) => void
  reset: () => void
  save: () => Promise<Result<ReportLayout>>
  saveAs: (name: string) => Promise<Result<ReportLayout>>
  remove: () => Promise<Result<{ id: number }>>
}

/** The shipped layout stays first; saved ones follow by name, as the back end lists them. */
function withLayout(layouts: ReportLayout[], layout: ReportLayout): ReportLayout[] {
  const saved = layouts.filter((known) => known.id !== null && known.id !== layout.id)
  const sorted = [...saved, layout].sort((a, b) => a.name.localeCompare(b.name))
  return [...layouts.filter((known) => known.id === null), ...sorted]
}

/**
 * The saved report layouts and the one being edited. Edits stay on screen (and are exported)
 * until saved or reset; the list is updated from each answer instead of being read again.
 */
export function useLayoutEditor(): LayoutEditor {
  const api = useApi()
  const { data, error, reload } = useOperation('reports.layouts', {})
  // Changed by save and delete; until then the list is the one read from the back end.
  const [changed, setChanged] = useState<ReportLayout[] | null>(null)
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [draft, setDraft] = useState<LayoutContent | null>(null)

  const layouts = changed ?? data
  const selected = layouts?.find((layout) => layout.id === selectedId) ?? layouts?.[0]
  const saved = selected ? contentOf(selected) : undefined
  const content = draft ?? saved
  const dirty = draft !== null && saved !== undefined && !sameContent(draft, saved)

  const keep = (layout: ReportLayout) => {
    setChanged(withLayout(layouts ?? [], layout))
    setSelectedId(layout.id)
    setDraft(null)
  }

  return {
    layouts,
    loadError: error,
    reload,
    selected,
    content,
    dirty,
    choose: (id) => {
      setSelectedId(id)
      setDraft(null)
    },
    edit: setDraft,
    reset: () => setDraft(null),
    save: async () => {
      if (!selected || selected.id === null || !content)
        return fail('validation', 'The standard layout cannot be changed.')
      const result = await api.call('reports.saveLayout', {
        id: selected.id,
        version: selected.version,
        name: selected.name,
        ...content,
      })
      if (result.ok) keep(result.value)
      return result
    },
    saveAs: async (name) => {
      if (!content) return fail('validation', 'The layouts are not loaded yet.')
      const result = await api.call('reports.saveLayout', { name, ...content })
      if (result.ok) keep(result.value)
      return result
    },
    remove: async () => {
      if (!selected || selected.id === null)
        return fail('validation', 'The standard layout cannot be changed.')
      const id = selected.id
      const result = await api.call('reports.deleteLayout', { id })
      if (result.ok) {
        setChanged((layouts ?? []).filter((layout) => layout.id !== id))
        setSelectedId(null)
        setDraft(null)
      }
      return result
    },
  }
}
