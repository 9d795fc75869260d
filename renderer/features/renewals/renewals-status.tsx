import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import type { RenewalReminder } from '../../../shared/renewals/renewals.ts'
import { todayIso } from '../../../shared/dates.ts'
import { useApi } from '../../api/api-context.tsx'
import { parseHash } from '../../app/router.ts'

export interface RenewalsStatus {
  /** Agreements whose notice date has come (due or overdue): the navigation's badge. */
  dueCount: number
  /** Those that fell due and nobody has acknowledged yet: the reminder banner. */
  reminders: RenewalReminder[]
  acknowledge: (reminders: RenewalReminder[]) => Promise<void>
  /** Reads both again, after a renewal or any other change to dates. */
  refresh: () => void
}

const RenewalsStatusContext = createContext<RenewalsStatus>({
  dueCount: 0,
  reminders: [],
  acknowledge: () => Promise.resolve(),
  refresh: () => undefined,
})

/** How often an open window checks whether the day has changed (reminders come once a day). */
const dayCheckMs = 10 * 60 * 1000

export function RenewalsStatusProvider({ children }: { children: ReactNode }) {
  const api = useApi()
  const [dueCount, setDueCount] = useState(0)
  const [reminders, setReminders] = useState<RenewalReminder[]>([])
  const [generation, setGeneration] = useState(0)
  const refresh = useCallback(() => setGeneration((value) => value + 1), [])

  useEffect(() => {
    let current = true
    void Promise.all([api.call('renewals.list', {}), api.call('renewals.reminders', {})]).then(
      ([list, pending]) => {
        if (!current) return
        if (list.ok)
          setDueCount(
            list.value.items.filter((item) => item.group === 'overdue' || item.group === 'due')
              .length,
          )
        if (pending.ok) setReminders(pending.value)
      },
    )
    return () => {
      current = false
    }
  }, [api, generation])

  // A window left open overnight reminds again the next morning.
  useEffect(() => {
    let day = todayIso()
    const timer = window.setInterval(() => {
      if (todayIso() !== day) {
        day = todayIso()
        refresh()
      }
    }, dayCheckMs)
    return () => window.clearInterval(timer)
  }, [refresh])

  // Moving to another screen is when a change made elsewhere may have moved a date; typing in
  // a list's search box changes only the address's parameters and reads nothing.
  useEffect(() => {
    let path = parseHash(window.location.hash).path.join('/')
    const onHashChange = () => {
      const next = parseHash(window.location.hash).path.join('/')
      if (next !== path) {
        path = next
        refresh()
      }
    }
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [refresh])

  const acknowledge = useCallback(
    async (seen: RenewalReminder[]) => {
      if (seen.length === 0) return
      const result = await api.call('renewals.acknowledge', {
        items: seen.map((item) => ({ id: item.id, noticeOn: item.noticeOn })),
      })
      if (result.ok) {
        const keys = new Set(seen.map((item) => `${item.id}:${item.noticeOn}`))
        setReminders((all) => all.filter((item) => !keys.has(`${item.id}:${item.noticeOn}`)))
        // Read again, so that an answer already on its way cannot bring the banner back.
        refresh()
      }
    },
    [api, refresh],
  )

  const value = useMemo(
    () => ({ dueCount, reminders, acknowledge, refresh }),
    [dueCount, reminders, acknowledge, refresh],
  )
  return <RenewalsStatusContext value={value}>{children}</RenewalsStatusContext>
}

export function useRenewalsStatus(): RenewalsStatus {
  return useContext(RenewalsStatusContext)
}
