import type { Page } from 'playwright-core'
import { pageProblems, screenshot, startSession, type RunningApp, type Session } from './support.ts'

let session: Session
let app: RunningApp
let page: Page

const partnerCount = () => app.query<{ n: number }>('SELECT count(*) AS n FROM partners')[0]!.n
const contactCount = () => app.query<{ n: number }>('SELECT count(*) AS n FROM contacts')[0]!.n
const dialog = () => page.getByRole('dialog')
const cyrillicName = 'Евразийский технологический университет'

async function pickCountry(scope: ReturnType<Page['getByRole']>, typed: string, option: string) {
  await scope.getByRole('combobox', { name: /Country/ }).fill(typed)
  await page.getByRole('option', { name: option }).click()
}

beforeAll(async () => {
  session = await startSession('Partners')
  ;({ app, page } = session)
})

afterAll(async () => {
  await session?.close()
})

describe('partners, as an office worker uses them', () => {
  it('shows the demo partners in a list', async () => {
    await page.getByRole('row', { name: /Al-Farabi Kazakh National University/ }).waitFor()
    expect(await page.getByTestId('partner-count').textContent()).toBe(
      `${partnerCount() - 1} partners`,
    ) // one demo partner is archived
    await screenshot(page, 'partners-list')
  })

  it('refuses a partner without a name, with a message, and saves nothing', async () => {
    const before = partnerCount()
    await page.getByRole('button', { name: 'New partner' }).click()
    await dialog().getByRole('button', { name: 'Save' }).click()
    await dialog().getByText('This field is required.').first().waitFor()
    await dialog().getByText('Please correct the highlighted fields.').waitFor()
    await screenshot(page, 'partner-form-errors')
    expect(partnerCount()).toBe(before)
  })

  it('creates a partner named in Cyrillic', async () => {
    await dialog()
      .getByRole('textbox', { name: /Official name/ })
      .fill(cyrillicName)
    await pickCountry(dialog(), 'Kazakh', 'Kazakhstan KZ')
    await dialog().getByRole('textbox', { name: /City/ }).fill('Astana')
    await dialog().getByRole('button', { name: 'Save' }).click()
    await page.getByRole('heading', { level: 1, name: cyrillicName }).waitFor()
    const rows = app.query<{ name: string; country: string; city: string }>(
      'SELECT name, country, city FROM partners WHERE name = ?',
      cyrillicName,
    )
    expect(rows).toEqual([{ name: cyrillicName, country: 'KZ', city: 'Astana' }])
  })

  it('finds it by typing part of its name in lower case', async () => {
    await page.getByRole('link', { name: /All partners/ }).click()
    await page.getByRole('searchbox', { name: 'Search partners' }).fill('технологический')
    await page.getByRole('row', { name: new RegExp(cyrillicName) }).waitFor()
    await page.getByTestId('partner-count').getByText('1 partner').waitFor()
    await screenshot(page, 'partners-search')
    await page.getByRole('row', { name: new RegExp(cyrillicName) }).click()
    await page.getByRole('heading', { level: 1, name: cyrillicName }).waitFor()
  })

  it('edits it', async () => {
    await page.getByRole('button', { name: 'Edit' }).click()
    await dialog()
      .getByRole('textbox', { name: /Name in its own language/ })
      .fill('Еуразия технологиялық университеті')
    await dialog()
      .getByRole('textbox', { name: /Website/ })
      .fill('not a web address')
    await dialog().getByRole('button', { name: 'Save' }).click()
    await dialog().getByText('Enter a web address starting with http:// or https://.').waitFor()
    await dialog()
      .getByRole('textbox', { name: /Website/ })
      .fill('https://etu.edu.kz')
    await dialog().getByRole('button', { name: 'Save' }).click()
    await page.getByText('Changes saved.').waitFor()
    const [row] = app.query<{ name_native: string; website: string; version: number }>(
      'SELECT name_native, website, version FROM partners WHERE name = ?',
      cyrillicName,
    )
    expect(row).toEqual({
      name_native: 'Еуразия технологиялық университеті',
      website: 'https://etu.edu.kz',
      version: 1,
    })
  })

  it('refuses an invalid e-mail for a contact and saves nothing', async () => {
    const before = contactCount()
    await page.getByRole('button', { name: 'Add contact' }).click()
    await dialog()
      .getByRole('textbox', { name: /Full name/ })
      .fill('Айжан Сейткали')
    await dialog()
      .getByRole('textbox', { name: /E-mail/ })
      .fill('aizhan@')
    await dialog().getByRole('button', { name: 'Save' }).click()
    await dialog().getByText('Enter a valid e-mail address, such as name@university.edu.').waitFor()
    await screenshot(page, 'contact-form-errors')
    expect(contactCount()).toBe(before)
    // What the user typed is still there to correct.
    expect(
      await dialog()
        .getByRole('textbox', { name: /Full name/ })
        .inputValue(),
    ).toBe('Айжан Сейткали')
  })

  it('adds two contacts; the first is primary until another is chosen', async () => {
    await dialog()
      .getByRole('textbox', { name: /E-mail/ })
      .fill('a.seitkali@etu.edu.kz')
    await dialog()
      .getByRole('textbox', { name: /Position/ })
      .fill('Руководитель международного отдела')
    await dialog().getByRole('button', { name: 'Save' }).click()
    await page.getByText('Contact Айжан Сейткали added.').waitFor()

    await page.getByRole('button', { name: 'Add contact' }).click()
    await dialog()
      .getByRole('textbox', { name: /Full name/ })
      .fill('Daniyar Abenov')
    await dialog().getByRole('textbox', { name: /Phone/ }).fill('+7 7172 00 00 00')
    await dialog().getByRole('button', { name: 'Save' }).click()
    await page.getByText('Contact Daniyar Abenov added.').waitFor()

    await page.getByRole('button', { name: 'Actions for Daniyar Abenov' }).click()
    await page.getByRole('menuitem', { name: 'Make primary' }).click()
    await page.getByText('Daniyar Abenov is now the primary contact.').waitFor()
    const contacts = app.query<{ full_name: string; is_primary: number }>(
      `SELECT c.full_name, c.is_primary FROM contacts c JOIN partners p ON p.id = c.partner_id WHERE p.name = ? ORDER BY c.id`,
      cyrillicName,
    )
    expect(contacts).toEqual([
      { full_name: 'Айжан Сейткали', is_primary: 0 },
      { full_name: 'Daniyar Abenov', is_primary: 1 },
    ])
    await screenshot(page, 'partner-page')
  })

  it('archives it, which hides it from the list, and restores it', async () => {
    await page.getByRole('button', { name: 'Archive' }).click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Archive' }).click()
    await page.getByText(/Archived on/).waitFor()
    expect(
      app.query<{ archived_at: string | null }>(
        'SELECT archived_at FROM partners WHERE name = ?',
        cyrillicName,
      )[0]!.archived_at,
    ).not.toBeNull()

    await page.getByRole('link', { name: /All partners/ }).click()
    await page.getByRole('searchbox', { name: 'Search partners' }).fill('технологический')
    await page.getByText('No partners match these filters.').waitFor()

    await page.getByRole('button', { name: /Show/ }).filter({ hasText: 'Active' }).click()
    await page.getByRole('option', { name: 'Archived' }).click()
    await page.getByRole('row', { name: new RegExp(cyrillicName) }).click()
    await page.getByRole('button', { name: 'Restore' }).click()
    await page.getByText(`${cyrillicName} restored.`).waitFor()
    expect(
      app.query<{ archived_at: string | null }>(
        'SELECT archived_at FROM partners WHERE name = ?',
        cyrillicName,
      )[0]!.archived_at,
    ).toBeNull()
  })

  it('warns that a partner typed in again under another spelling may already exist', async () => {
    await page.getByRole('link', { name: /All partners/ }).click()
    await page.getByRole('button', { name: 'New partner' }).click()
    await dialog()
      .getByRole('textbox', { name: /Official name/ })
      .fill('Al Farabi Kazakh National Univ.')
    await pickCountry(dialog(), 'Kazakh', 'Kazakhstan KZ')
    await dialog().getByText('A partner with a similar name is already in Accord:').waitFor()
    await dialog().getByRole('link', { name: 'Al-Farabi Kazakh National University' }).waitFor()
    await screenshot(page, 'partner-form-duplicate')
    await dialog().getByRole('button', { name: 'Cancel' }).click()
    await dialog().waitFor({ state: 'detached' })
  })

  it('switches the interface to Russian in settings', async () => {
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('button', { name: /Language/ }).click()
    await page.getByRole('option', { name: 'Русский' }).click()
    await page.getByRole('heading', { level: 1, name: 'Настройки' }).waitFor()
    await page.getByRole('link', { name: 'Партнёры' }).click()
    await page.getByRole('heading', { level: 1, name: 'Партнёры' }).waitFor()
    await page
      .getByRole('row', { name: /Al-Farabi/ })
      .getByText('Казахстан')
      .waitFor()
    await screenshot(page, 'partners-list-ru')
    expect(
      app.query<{ value: string }>(`SELECT value FROM settings WHERE key = 'language'`),
    ).toEqual([{ value: '"ru"' }])
  })

  it('logged no errors in the page', () => {
    expect(pageProblems(page)).toEqual([])
  })
})
