import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { academicYearOf } from '../../shared/agreements/academic-year.ts'
import type { OperationInput, OperationOutput } from '../../shared/contract/contract.ts'
import type { OperationName } from '../../shared/contract/operation-names.ts'
import type { Result } from '../../shared/contract/result.ts'
import { addDaysIso, addMonthsIso, todayIso } from '../../shared/dates.ts'
import { pageProblems, screenshotDir, startSession, type Session } from './support.ts'

let session: Session
let page: Page
let agreementId: number

const reference = 'KZ-AZ/2026/412'
const partnerNative = 'Абай атындағы Қазақ ұлттық педагогикалық университеті'
const contactName = 'Әсем Жұмабекова'
const today = todayIso()
const currentYear = academicYearOf(today, 9)

/** Sets up data the way the UI would, through the preview host's API with its token. */
async function call<K extends OperationName>(
  operation: K,
  input: OperationInput<K>,
): Promise<OperationOutput<K>> {
  const { port, token } = session.app.preview
  const response = await fetch(`http://127.0.0.1:${port}/api/${operation}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Accord-Token': token },
    body: JSON.stringify(input),
  })
  const result = (await response.json()) as Result<OperationOutput<K>>
  if (!result.ok) throw new Error(`${operation}: ${result.error.message}`)
  return result.value
}

/** A full agreement: a Kazakh and an Azerbaijani partner, six quotas, counts, a long history. */
async function createTypicalAgreement(): Promise<number> {
  const abai = await call('partners.create', {
    name: 'Abai Kazakh National Pedagogical University',
    nameNative: partnerNative,
    kind: 'university',
    country: 'KZ',
    city: 'Almaty',
  })
  const contact = await call('contacts.create', {
    partnerId: abai.id,
    fullName: contactName,
    position: 'Халықаралық ынтымақтастық бөлімінің басшысы',
    email: 'a.zhumabekova@abaiuniversity.edu.kz',
    phone: '+7 727 291 57 33',
  })
  const [baku] = await call('partners.list', { query: 'Baku State University' })
  const startsOn = addMonthsIso(today, -26)
  let agreement = await call('agreements.create', {
    reference,
    title: 'Agreement on academic mobility of students and staff',
    kind: 'student_exchange',
    state: 'active',
    signedOn: addDaysIso(startsOn, -20),
    startsOn,
    endsOn: addDaysIso(addMonthsIso(startsOn, 60), -1),
    noticeDays: 180,
    unit: 'International Office',
    coordinator: 'Aigerim Sadykova',
    notes: 'Signed at the rectors’ meeting in Almaty. Reviewed every May by both offices.',
    partners: [{ partnerId: abai.id, contactId: contact.id }, { partnerId: baku!.id }],
  })
  const flows = [
    ['outgoing', 'student_studies', 'bachelor', 4, 3],
    ['outgoing', 'student_studies', 'master', 2, 2],
    ['incoming', 'student_studies', 'bachelor', 3, 4],
    ['outgoing', 'staff_teaching', null, 2, 1],
    ['incoming', 'staff_teaching', null, 2, 2],
    ['outgoing', 'staff_training', null, 1, 0],
  ] as const
  agreement = await call('agreements.saveConditions', {
    id: agreement.id,
    version: agreement.version,
    conditions: flows.map(([direction, mobilityType, level, places]) => ({
      direction,
      mobilityType,
      level,
      placesPerYear: places,
      funding: 'partner',
      firstYear: currentYear - 2,
      lastYear: currentYear + 2,
    })),
  })
  agreement = await call('agreements.saveCounts', {
    id: agreement.id,
    version: agreement.version,
    academicYear: currentYear,
    rows: flows.map(([direction, mobilityType, level, , people]) => ({
      direction,
      mobilityType,
      level,
      people,
    })),
  })
  for (let month = 9; month >= 2; month--) {
    agreement = await call('agreements.act', {
      id: agreement.id,
      version: agreement.version,
      action: 'amend',
      date: addMonthsIso(today, -month),
      note: `Annex ${10 - month}: quotas for ${currentYear}/${currentYear + 1} confirmed by both rectors.`,
    })
  }
  agreement = await call('agreements.act', {
    id: agreement.id,
    version: agreement.version,
    action: 'extend',
    date: addMonthsIso(today, -1),
    newEndsOn: addMonthsIso(agreement.endsOn!, 12),
  })
  return agreement.id
}

const printDir = join(screenshotDir, '..', 'print')

/** Prints the page as Chromium prints it to paper (as Electron's Save as PDF does), A4. */
async function printToPdf(name: string): Promise<string> {
  mkdirSync(printDir, { recursive: true })
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })
  await page.emulateMedia({ media: 'screen' })
  const file = join(printDir, `${name}.pdf`)
  writeFileSync(file, pdf)
  return file
}

function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
  }
}

/**
 * The PDF's text. With `layout`, a table row stays on one line (but the lines of cells side by
 * side interleave); without, each cell's lines stay together, in reading order.
 */
function pdfText(
  file: string,
  options: { first?: number; last?: number; layout?: boolean } = {},
): string {
  const range = options.first ? ['-f', String(options.first), '-l', String(options.last)] : []
  const mode = options.layout === false ? [] : ['-layout']
  return execFileSync('pdftotext', [...mode, ...range, file, '-'], { encoding: 'utf8' })
}

const flat = (text: string) => text.replace(/\s+/g, ' ')

/** Renders PDF pages to PNG beside the other screenshots, to look at. */
function pdfToPng(file: string, name: string, pages = 1) {
  mkdirSync(screenshotDir, { recursive: true })
  const target = join(screenshotDir, name)
  const args = pages === 1 ? ['-singlefile'] : ['-f', '1', '-l', String(pages)]
  execFileSync('pdftoppm', ['-png', '-r', '80', ...args, file, target])
}

beforeAll(async () => {
  session = await startSession('Agreements')
  page = session.page
  agreementId = await createTypicalAgreement()
})

afterAll(async () => {
  await session?.close()
})

describe('printing', () => {
  it('prints the agreement summary on one A4 page, Kazakh letters and all', async () => {
    await page.goto(`${new URL(page.url()).origin}/#/agreements/${agreementId}`)
    await page.getByRole('button', { name: 'Print summary' }).click()
    await page.getByTestId('summary-partners').waitFor()
    // The preview has no Save as PDF: the browser's own Print dialog does that.
    expect(await page.getByRole('button', { name: 'Save as PDF' }).count()).toBe(0)

    const file = await printToPdf('agreement-summary')
    pdfToPng(file, 'print-agreement-summary')

    const info = pdfInfo(file)
    expect(info.pages).toBe(1)
    expect(info.width).toBeCloseTo(595, -1)
    expect(info.height).toBeCloseTo(842, -1)
    const text = pdfText(file)
    expect(text).toContain(reference)
    expect(flat(pdfText(file, { layout: false }))).toContain(partnerNative)
    expect(text).toContain(contactName)
    expect(text).toContain('Leyla Mammadova') // Baku's primary contact
    // Quota against actual: outgoing bachelor students, 4 places, 3 people.
    expect(text).toMatch(/Outgoing\s+Student studies\s+Bachelor\s+4\s+3/)
    expect(text).toMatch(/Total\s+14\s+12/)
    expect(text).toContain('the last 8 of 10')
    expect(pageProblems(page)).toEqual([])
  })

  it('keeps the Russian summary to one page too', async () => {
    await call('settings.update', { language: 'ru' })
    await page.reload()
    await page.getByTestId('summary-partners').waitFor()

    const file = await printToPdf('agreement-summary-ru')
    pdfToPng(file, 'print-agreement-summary-ru')
    await call('settings.update', { language: 'en' })
    await page.reload()

    expect(pdfInfo(file).pages).toBe(1)
    const text = pdfText(file)
    expect(text).toContain('СВОДКА ПО СОГЛАШЕНИЮ')
    expect(flat(pdfText(file, { layout: false }))).toContain(partnerNative)
    expect(text).toMatch(/Исходящая\s+Студенты: обучение\s+Бакалавриат\s+4\s+3/)
  })

  it('prints the whole agreements list, its header row on every page', async () => {
    await page.getByRole('link', { name: 'Agreements', exact: true }).click()
    await page.getByRole('grid', { name: 'Agreements list' }).waitFor()
    await page.getByRole('button', { name: 'Print', exact: true }).click()
    const rows = page.locator('.print-list-table tbody tr')
    await rows.first().waitFor()

    const all = session.app.query<{ n: number }>('SELECT count(*) AS n FROM agreements')[0]!.n
    expect(await rows.count()).toBe(all)
    const lastReference = await rows.last().locator('td').first().textContent()
    const file = await printToPdf('agreements-list')
    pdfToPng(file, 'print-agreements-list', 2)

    const { pages } = pdfInfo(file)
    expect(pages).toBeGreaterThan(1)
    const secondPage = pdfText(file, { first: 2, last: 2 })
    expect(secondPage).toMatch(/Reference\s+Partners\s+Country\s+Kind\s+Status\s+Ends/)
    expect(pdfText(file, { first: pages, last: pages })).toContain(lastReference)
    expect(pdfText(file, { first: 1, last: 1 })).toContain('No filters: the whole list')
  })

  it('prints the dashboard on two pages without splitting a card', async () => {
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click()
    await page.getByRole('heading', { name: 'Agreements in force by country' }).waitFor()

    const file = await printToPdf('dashboard')

    expect(pdfInfo(file).pages).toBe(2)
    expect(pdfText(file, { first: 1, last: 1 })).toContain('Exchanges by academic year')
    const second = pdfText(file, { first: 2, last: 2 })
    expect(second).toContain('Agreements in force by country')
    expect(second).toContain('Recent activity')
  })
})
