import {
  academicYearBounds,
  academicYearLabel,
  academicYearOf,
} from '../../shared/agreements/academic-year.ts'
import {
  daysLeft,
  deriveStatus,
  noticeDate,
  rolledEndDate,
} from '../../shared/agreements/status.ts'
import { isIsoDate } from '../../shared/dates.ts'

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['26-04-01', false],
    ['2026-4-1', false],
    ['01.09.2026', false],
  ])('%s is a real date: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected)
  })
})

describe('academic year', () => {
  it('starts in the chosen month', () => {
    expect(academicYearOf('2025-08-31', 9)).toBe(2024)
    expect(academicYearOf('2025-09-01', 9)).toBe(2025)
    expect(academicYearOf('2026-01-15', 9)).toBe(2025)
    expect(academicYearOf('2026-01-15', 1)).toBe(2026)
    expect(academicYearOf('2025-12-31', 1)).toBe(2025)
  })

  it('is named by both calendar years, or one when it starts in January', () => {
    expect(academicYearLabel(2025, 9)).toBe('2025/2026')
    expect(academicYearLabel(2025, 1)).toBe('2025')
  })

  it('has first and last days, including a leap February', () => {
    expect(academicYearBounds(2025, 9)).toEqual({ from: '2025-09-01', to: '2026-08-31' })
    expect(academicYearBounds(2023, 3)).toEqual({ from: '2023-03-01', to: '2024-02-29' })
    expect(academicYearBounds(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-12-31' })
  })
})

describe('renewal notice', () => {
  it('counts the notice period back from the end date, across a year end', () => {
    expect(noticeDate('2027-01-31', 90)).toBe('2026-11-02')
    expect(noticeDate('2026-03-01', 1)).toBe('2026-02-28')
    expect(noticeDate('2028-03-01', 1)).toBe('2028-02-29')
    expect(noticeDate('2026-06-30', 0)).toBe('2026-06-30')
  })
})

describe('status', () => {
  const active = (endsOn: string | null, noticeDays = 90) => ({
    state: 'active' as const,
    endsOn,
    noticeDays,
  })

  it('keeps a chosen state that is not active', () => {
    for (const state of ['draft', 'negotiation', 'suspended', 'terminated'] as const) {
      expect(deriveStatus({ state, endsOn: '2020-01-01', noticeDays: 0 }, '2026-11-27')).toBe(state)
    }
  })

  it('is active, then due from the notice date, then expired the day after the end', () => {
    const agreement = active('2027-01-31', 90) // notice date 2026-11-02
    expect(deriveStatus(agreement, '2026-11-01')).toBe('active')
    expect(deriveStatus(agreement, '2026-11-02')).toBe('due')
    expect(deriveStatus(agreement, '2027-01-31')).toBe('due')
    expect(deriveStatus(agreement, '2027-02-01')).toBe('expired')
  })

  it('is not due once the office decided to let it lapse, and still expires at its end', () => {
    const lapsing = { ...active('2027-01-31', 90), lapseDecidedOn: '2026-11-10' }
    expect(deriveStatus(lapsing, '2026-11-27')).toBe('active')
    expect(deriveStatus(lapsing, '2027-02-01')).toBe('expired')
  })

  it('never expires without an end date', () => {
    expect(deriveStatus(active(null), '2099-12-31')).toBe('active')
  })

  it('counts days left, negative once ended', () => {
    expect(daysLeft('2026-12-01', '2026-11-27')).toBe(4)
    expect(daysLeft('2026-11-20', '2026-11-27')).toBe(-7)
    expect(daysLeft(null, '2026-11-27')).toBeNull()
  })
})

describe('auto-renewal', () => {
  it('leaves an end date that has not passed', () => {
    expect(rolledEndDate('2027-06-30', 12, '2026-11-27')).toBe('2027-06-30')
  })

  it('adds whole terms until the end date is today or later', () => {
    expect(rolledEndDate('2024-06-30', 12, '2026-11-27')).toBe('2027-06-30')
    expect(rolledEndDate('2026-11-27', 12, '2026-11-27')).toBe('2026-11-27')
  })

  it('keeps month ends from drifting and handles leap days', () => {
    expect(rolledEndDate('2026-01-31', 1, '2026-03-15')).toBe('2026-03-31')
    expect(rolledEndDate('2024-02-29', 12, '2025-03-01')).toBe('2026-02-28')
    expect(rolledEndDate('2024-02-29', 48, '2025-03-01')).toBe('2028-02-29')
  })
})

describe('dates on screen', () => {
  const zone = process.env.TZ
  afterEach(() => {
    process.env.TZ = zone
  })

  it('shows a calendar date on its own day west of Greenwich too', async () => {
    const { formatDate } = await import('../../renderer/components/format.ts')
    // Node applies a change of TZ at once; read as midnight UTC, the date would be the 31st here.
    process.env.TZ = 'America/New_York'
    expect(formatDate('2026-09-01', 'en')).toBe('Sep 1, 2026')
    expect(formatDate('not a date', 'en')).toBe('not a date')
  })
})
