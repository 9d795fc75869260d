import type { OpenedDatabase } from '../../db/connection.ts'
import { createDispatcher, type Dispatch } from '../../electron/services/dispatcher.ts'
import { createHandlerContext } from '../../electron/services/handler-context-factory.ts'
import { createHandlers } from '../../electron/services/handlers/index.ts'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { testHostFiles } from '../support/host-files.ts'
import { migratedMemoryDb } from '../support/test-db.ts'

let opened: OpenedDatabase
let dispatch: Dispatch
const logged: unknown[] = []

const rowCounts = () => ({
  partners: opened.sqlite.prepare('SELECT count(*) AS n FROM partners').get(),
  contacts: opened.sqlite.prepare('SELECT count(*) AS n FROM contacts').get(),
})

beforeEach(async () => {
  opened = await migratedMemoryDb()
  dispatch = createDispatcher(
    createHandlers(
      createHandlerContext(
        opened.db,
        { version: '0.0.0', host: 'preview', dataDir: mkdtempSync(join(tmpdir(), 'accord-')) },
        testHostFiles({ openDocument: () => Promise.resolve({ url: '/documents/x' }) }),
      ),
    ),
    (error) => logged.push(error),
  )
})
afterEach(async () => {
  await opened.close()
})

async function createBaku() {
  const result = await dispatch('partners.create', {
    name: 'Baku State University',
    kind: 'university',
    country: 'AZ',
  })
  if (!result.ok) throw new Error(result.error.message)
  return result.value as { id: number; version: number }
}

describe('dispatcher', () => {
  it('runs a valid operation and returns its value', async () => {
    const partner = await createBaku()
    const result = await dispatch('partners.list', { query: 'baku' })
    expect(result).toMatchObject({
      ok: true,
      value: [{ id: partner.id, name: 'Baku State University' }],
    })
  })

  it('answers invalid input with one message key per field and changes nothing', async () => {
    const before = rowCounts()
    const result = await dispatch('partners.create', {
      name: '',
      kind: 'university',
      country: 'ZZ',
      website: 'javascript:alert(1)',
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        details: {
          fields: { name: 'required', country: 'invalid_country', website: 'invalid_url' },
        },
      },
    })
    if (!result.ok) expect(result.error.message).toMatch(/name: This field is required/)
    expect(rowCounts()).toEqual(before)
  })

  it('refuses an invalid contact e-mail and saves nothing', async () => {
    const partner = await createBaku()
    const result = await dispatch('contacts.create', {
      partnerId: partner.id,
      fullName: 'Leyla',
      email: 'not-an-address',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: { email: 'invalid_email' } } },
    })
    expect(rowCounts().contacts).toEqual({ n: 0 })
  })

  it('refuses unknown operations and unknown fields', async () => {
    expect(await dispatch('partners.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    })
    expect(await dispatch('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    })
    expect(await dispatch('partners.list', { sort: 'name; DROP TABLE partners' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    })
    expect(await dispatch('partners.get', { id: 1, extra: true })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: { extra: 'unknown_field' } } },
    })
  })

  it('refuses wrong types without throwing', async () => {
    for (const input of [null, 'text', 42, [], { id: 'one' }, { id: -1 }, { id: 1.5 }]) {
      const result = await dispatch('partners.get', input)
      expect(result.ok).toBe(false)
    }
  })

  it('reports a missing record as not found', async () => {
    expect(await dispatch('partners.get', { id: 12345 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    expect(await dispatch('contacts.remove', { id: 12345 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
  })

  it('reports a stale edit as a conflict and keeps the saved record', async () => {
    const partner = await createBaku()
    const fields = { id: partner.id, version: partner.version, kind: 'university', country: 'AZ' }
    expect((await dispatch('partners.update', { ...fields, name: 'First' })).ok).toBe(true)
    expect(await dispatch('partners.update', { ...fields, name: 'Second' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
    expect(await dispatch('partners.get', { id: partner.id })).toMatchObject({
      ok: true,
      value: { name: 'First' },
    })
  })

  it('turns an unexpected failure into an internal error value and logs it', async () => {
    await opened.close()
    const result = await dispatch('partners.list', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(logged.length).toBeGreaterThan(0)
    opened = await migratedMemoryDb()
  })

  it('archives and restores through the contract', async () => {
    const partner = await createBaku()
    expect(await dispatch('partners.archive', { id: partner.id })).toMatchObject({
      ok: true,
      value: { archivedAt: expect.any(String) },
    })
    expect(await dispatch('partners.list', {})).toMatchObject({ ok: true, value: [] })
    expect(await dispatch('partners.restore', { id: partner.id })).toMatchObject({
      ok: true,
      value: { archivedAt: null },
    })
  })

  it('stores settings and refuses a language it does not have', async () => {
    expect(await dispatch('settings.update', { language: 'ru' })).toMatchObject({
      ok: true,
      value: { language: 'ru', academicYearStartMonth: 9 },
    })
    expect(await dispatch('settings.update', { language: 'xx' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    })
    expect(await dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { language: 'ru' },
    })
  })
})
