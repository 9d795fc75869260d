import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDispatcher, type Dispatch } from '../../electron/services/dispatcher.ts'
import { createHandlerContext } from '../../electron/services/handler-context-factory.ts'
import { createHandlers } from '../../electron/services/handlers/index.ts'
import { startReminderSchedule } from '../../electron/services/reminder-schedule.ts'
import type { Dashboard } from '../../shared/dashboard/dashboard.ts'
import type { RenewalReminder, RenewalsList } from '../../shared/renewals/renewals.ts'
import { reminderText } from '../../shared/renewals/reminder-text.ts'
import { testHostFiles } from '../support/host-files.ts'
import { fixtureToday, officeFixture, type OfficeFixture } from '../support/office-fixture.ts'

let office: OfficeFixture
let dispatch: Dispatch
let today = fixtureToday

async function call<T>(operation: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(operation, input)
  if (!result.ok) throw new Error(`${operation}: ${result.error.message}`)
  return result.value as T
}

beforeEach(async () => {
  office = await officeFixture()
  today = fixtureToday
  const dataDir = mkdtempSync(join(tmpdir(), 'accord-renewals-'))
  const context = createHandlerContext(
    office.opened.db,
    { version: 'test', host: 'preview', dataDir },
    testHostFiles(),
  )
  dispatch = createDispatcher(createHandlers({ ...context, today: () => today }))
})
afterEach(async () => {
  await office.opened.close()
})

describe('renewal and dashboard operations', () => {
  it('use the horizon setting unless one is asked for, and refuse one out of range', async () => {
    expect((await call<RenewalsList>('renewals.list')).horizonDays).toBe(90)
    await call('settings.update', { renewalHorizonDays: 180 })
    const wider = await call<RenewalsList>('renewals.list')
    expect(wider.horizonDays).toBe(180)
    expect(wider.items.map((item) => item.reference)).toContain('A16-BEYOND')
    const refused = await dispatch('renewals.list', { horizonDays: 3 })
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } })
    const badSetting = await dispatch('settings.update', { renewalHorizonDays: 10_000 })
    expect(badSetting).toMatchObject({ ok: false, error: { code: 'validation' } })
  })

  it('renew from the renewals list: it leaves the due list and the dashboard counts one less', async () => {
    const before = await call<Dashboard>('dashboard.get')
    expect(before.tiles.due).toBe(3)
    const item = (await call<RenewalsList>('renewals.list')).items.find(
      (row) => row.reference === 'A03-DUE',
    )!
    await call('agreements.act', {
      id: item.id,
      version: item.version,
      action: 'renew',
      date: today,
      newEndsOn: '2032-01-31',
    })
    const after = await call<RenewalsList>('renewals.list')
    expect(after.items.map((row) => row.reference)).not.toContain('A03-DUE')
    expect((await call<Dashboard>('dashboard.get')).tiles.due).toBe(2)
    expect((await call<Dashboard>('dashboard.get')).recent[0]).toMatchObject({
      reference: 'A03-DUE',
      kind: 'renewed',
    })
  })

  it('describe the current academic year on the dashboard', async () => {
    const dashboard = await call<Dashboard>('dashboard.get')
    expect(dashboard).toMatchObject({
      today: fixtureToday,
      academicYear: 2026,
      yearFrom: '2026-09-01',
      yearTo: '2027-08-31',
    })
    expect(dashboard.flows.map((flow) => flow.academicYear)).toEqual([
      2021, 2022, 2023, 2024, 2025, 2026,
    ])
    await call('settings.update', { academicYearStartMonth: 1 })
    expect(await call<Dashboard>('dashboard.get')).toMatchObject({
      academicYear: 2026,
      yearFrom: '2026-01-01',
      yearTo: '2026-12-31',
    })
  })
})

describe('the reminder schedule', () => {
  it('shows each day’s unacknowledged reminders once, and not again once acknowledged', async () => {
    const shown: Array<{ references: string[]; acknowledge: () => Promise<void> }> = []
    const schedule = startReminderSchedule({
      dispatch,
      today: () => today,
      show: (reminders, acknowledge) =>
        shown.push({ references: reminders.map((item) => item.reference), acknowledge }),
    })
    try {
      await schedule.check()
      expect(shown.map((entry) => entry.references)).toEqual([
        ['A17-AUTO', 'A03-DUE', 'A12-ENDS-TODAY'],
      ])
      await schedule.check() // the same day: nothing new
      expect(shown).toHaveLength(1)

      today = '2026-11-28' // the next morning, nobody has responded yet
      await schedule.check()
      expect(shown).toHaveLength(2)
      await shown[1]!.acknowledge()

      today = '2026-11-29'
      await schedule.check()
      expect(shown).toHaveLength(2) // acknowledged: not repeated
      expect(await call<RenewalReminder[]>('renewals.reminders')).toEqual([])
    } finally {
      schedule.stop()
    }
  })

  it('words the notification in the interface language, with plural forms', () => {
    const reminder = (reference: string) => ({
      id: 1,
      reference,
      title: 't',
      partnerNames: 'ADA University',
      noticeOn: fixtureToday,
      endsOn: fixtureToday,
    })
    const five = ['A', 'B', 'C', 'D', 'E'].map(reminder)
    expect(reminderText(five, 'en')).toEqual({
      title: '5 agreements fell due for renewal',
      body: 'A · ADA University\nB · ADA University\nC · ADA University\nand 2 more',
    })
    expect(reminderText(five.slice(0, 2), 'ru').title).toBe('2 соглашения требуют продления')
    expect(reminderText(five, 'ru').title).toBe('5 соглашений требуют продления')
    expect(reminderText(five.slice(0, 1), 'en').title).toBe('1 agreement fell due for renewal')
  })
})
