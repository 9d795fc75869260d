import { applyAgreementAction } from '../../db/agreement-actions.ts'
import { getAgreement, updateAgreement } from '../../db/agreements.ts'
import type { AgreementData } from '../../shared/agreements/agreement.ts'
import { applyAutoRenewals } from '../../db/auto-renewals.ts'
import { acknowledgeReminders, listRenewals, pendingReminders } from '../../db/renewals.ts'
import type { AgreementActionInput } from '../../shared/agreements/actions.ts'
import {
  fixtureToday as today,
  officeFixture,
  type OfficeFixture,
} from '../support/office-fixture.ts'

let office: OfficeFixture
beforeEach(async () => {
  office = await officeFixture()
})
afterEach(async () => {
  await office.opened.close()
})

const act = async (
  reference: string,
  action: AgreementActionInput['action'],
  fields: { date?: string; newEndsOn?: string } = {},
) => {
  const { db } = office.opened
  const id = office.ids[reference]!
  const { version } = await getAgreement(db, id, today)
  await applyAgreementAction(
    db,
    {
      id,
      version,
      action,
      date: fields.date ?? today,
      newEndsOn: fields.newEndsOn ?? null,
      note: null,
    },
    today,
  )
}

describe('renewals', () => {
  it('group what needs a decision and order it by notice date', async () => {
    const items = await listRenewals(office.opened.db, today, 90)
    expect(items.map((item) => [item.reference, item.noticeOn, item.group])).toEqual([
      ['A09-EXPIRED-EDGE', '2026-07-30', 'ended'],
      ['A07-EXPIRED', '2026-09-01', 'ended'],
      ['A17-AUTO', '2026-11-01', 'overdue'],
      ['A03-DUE', '2026-11-02', 'overdue'],
      ['A12-ENDS-TODAY', today, 'due'],
      ['A15-AHEAD', '2027-01-31', 'ahead'],
    ])
    // A13 is set to lapse, A08 ended 91 days ago, A16's notice date is beyond the horizon.
  })

  it('look further ahead with a longer horizon', async () => {
    const items = await listRenewals(office.opened.db, today, 180)
    expect(items.at(-1)).toMatchObject({
      reference: 'A16-BEYOND',
      noticeOn: '2027-05-03',
      group: 'ahead',
    })
  })

  it('drop an agreement once it is renewed, and record the renewal', async () => {
    await act('A03-DUE', 'renew', { newEndsOn: '2032-01-31' })
    const references = (await listRenewals(office.opened.db, today, 90)).map(
      (item) => item.reference,
    )
    expect(references).not.toContain('A03-DUE')
    const agreement = await getAgreement(office.opened.db, office.ids['A03-DUE']!, today)
    expect(agreement).toMatchObject({ status: 'active', endsOn: '2032-01-31' })
  })

  it('let an agreement lapse: it runs to its end, is not due, and does not renew itself', async () => {
    await act('A17-AUTO', 'lapse')
    const { db } = office.opened
    const id = office.ids['A17-AUTO']!
    expect(await getAgreement(db, id, today)).toMatchObject({
      status: 'active',
      lapseDecidedOn: today,
    })
    expect((await listRenewals(db, today, 90)).map((item) => item.reference)).not.toContain(
      'A17-AUTO',
    )
    expect(await applyAutoRenewals(db, '2027-01-05')).toBe(0)
    expect(await getAgreement(db, id, '2027-01-05')).toMatchObject({
      status: 'expired',
      endsOn: '2026-12-31',
    })
    // And it cannot be set to lapse twice.
    await expect(act('A17-AUTO', 'lapse')).rejects.toThrow(/cannot be given the action "lapse"/)
  })

  it('an edit that moves the end date undoes the decision to let it lapse; other edits keep it', async () => {
    const { db } = office.opened
    const id = office.ids['A13-LAPSING']!
    const edit = async (changes: Partial<AgreementData>) => {
      const current = await getAgreement(db, id, today)
      const data: AgreementData = {
        reference: current.reference,
        title: current.title,
        kind: current.kind,
        state: current.state,
        signedOn: current.signedOn,
        startsOn: current.startsOn,
        endsOn: current.endsOn,
        autoRenew: current.autoRenew,
        renewalTermMonths: current.renewalTermMonths,
        noticeDays: current.noticeDays,
        unit: current.unit,
        coordinator: current.coordinator,
        notes: current.notes,
        partners: current.partners.map((p) => ({ partnerId: p.partnerId, contactId: p.contactId })),
        ...changes,
      }
      await updateAgreement(db, id, current.version, data)
      return getAgreement(db, id, today)
    }
    expect(await edit({ notes: 'Partner closed the programme' })).toMatchObject({
      lapseDecidedOn: '2026-10-20',
      status: 'active',
    })
    expect(await edit({ endsOn: '2027-01-15' })).toMatchObject({
      lapseDecidedOn: null,
      status: 'due',
    })
  })

  it('a renewal undoes the decision to let it lapse', async () => {
    await act('A13-LAPSING', 'renew', { newEndsOn: '2031-12-15' })
    const agreement = await getAgreement(office.opened.db, office.ids['A13-LAPSING']!, today)
    expect(agreement.lapseDecidedOn).toBeNull()
  })
})

describe('renewal reminders', () => {
  it('name what fell due, until acknowledged', async () => {
    const { db } = office.opened
    const pending = await pendingReminders(db, today)
    expect(pending.map((item) => item.reference)).toEqual(['A17-AUTO', 'A03-DUE', 'A12-ENDS-TODAY'])
    const a03 = pending.find((item) => item.reference === 'A03-DUE')!
    expect(await acknowledgeReminders(db, [{ id: a03.id, noticeOn: a03.noticeOn }])).toBe(1)
    // Acknowledging twice changes nothing.
    expect(await acknowledgeReminders(db, [{ id: a03.id, noticeOn: a03.noticeOn }])).toBe(0)
    expect((await pendingReminders(db, today)).map((item) => item.reference)).toEqual([
      'A17-AUTO',
      'A12-ENDS-TODAY',
    ])
  })

  it('remind again at the next notice date after a renewal', async () => {
    const { db } = office.opened
    const id = office.ids['A12-ENDS-TODAY']!
    await acknowledgeReminders(db, [{ id, noticeOn: today }])
    await act('A12-ENDS-TODAY', 'renew', { newEndsOn: '2027-11-27' })
    expect((await pendingReminders(db, today)).map((item) => item.id)).not.toContain(id)
    const nextYear = await pendingReminders(db, '2027-11-27')
    expect(nextYear.find((item) => item.id === id)).toMatchObject({ noticeOn: '2027-11-27' })
  })

  it('skip an agreement that no longer exists', async () => {
    expect(await acknowledgeReminders(office.opened.db, [{ id: 999_999, noticeOn: today }])).toBe(0)
  })
})
