import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startPreview, type RunningPreview } from '../../electron/preview/start-preview.ts'
import { contentSecurityPolicy } from '../../shared/security/csp.ts'

let preview: RunningPreview

interface Reply {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
}

/** Raw HTTP, so that Host and Origin can be set to anything (fetch forbids that). */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: preview.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const api = (operation: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${operation}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Accord-Token': preview.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'accord-preview-'))
  const rendererDir = join(root, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Accord</title>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'secret.txt'), 'not for the web')
  preview = await startPreview({
    dataDir: join(root, 'data'),
    port: 0,
    demo: true,
    rendererDir,
    appVersion: '9.9.9',
  })
})
afterAll(async () => {
  await preview.close()
})

describe('preview host', () => {
  it('prints an address on 127.0.0.1 with its token', () => {
    expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/?token=${preview.token}`)
    expect(preview.token.length).toBeGreaterThanOrEqual(32)
    expect(preview.demoPartnersAdded).toBeGreaterThan(0)
  })

  it('answers 403 to a page or an operation without the token', async () => {
    expect((await send('/')).status).toBe(403)
    expect((await send('/?token=wrong')).status).toBe(403)
    const reply = await send('/api/partners.list', { method: 'POST', body: '{}' })
    expect(reply.status).toBe(403)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect((await api('partners.list', {}, { 'X-Accord-Token': 'guess' })).status).toBe(403)
  })

  it('serves the page with the token and sets a cookie for its assets', async () => {
    const page = await send(`/?token=${preview.token}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Accord</title>')
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    const cookie = String(page.headers['set-cookie'])
    expect(cookie).toMatch(/HttpOnly/)
    const asset = await send('/assets/app.js', { headers: { Cookie: cookie.split(';')[0]! } })
    expect(asset.status).toBe(200)
    expect(asset.headers['content-type']).toMatch(/javascript/)
  })

  it('never serves files outside the renderer folder', async () => {
    const reply = await send(`/..%2fsecret.txt?token=${preview.token}`)
    expect(reply.body).not.toContain('not for the web')
  })

  it('answers a malformed address with the app page, not an error', async () => {
    const reply = await send(`/%E0%A4%A?token=${preview.token}`)
    expect(reply.status).toBe(200)
    expect(reply.body).toContain('<title>Accord</title>')
  })

  it('rejects a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    expect(
      (await send(`/?token=${preview.token}`, { headers: { Host: 'attacker.example' } })).status,
    ).toBe(403)
    expect((await api('partners.list', {}, { Host: `evil.test:${preview.port}` })).status).toBe(403)
    expect((await api('partners.list', {}, { Origin: 'http://attacker.example' })).status).toBe(403)
    expect(
      (await api('partners.list', {}, { Origin: `http://localhost:${preview.port}` })).status,
    ).toBe(200)
  })

  it('refuses a token of the right length that is wrong, and one longer or shorter', async () => {
    const { token } = preview
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')
    const firstFlipped = (token.startsWith('A') ? 'B' : 'A') + token.slice(1)
    for (const wrong of [
      flipped,
      firstFlipped,
      `${token}A`,
      token.slice(0, -1),
      ' '.repeat(token.length),
    ]) {
      expect(wrong).not.toBe(token)
      expect([wrong, (await send(`/?token=${encodeURIComponent(wrong)}`)).status]).toEqual([
        wrong,
        403,
      ])
      expect([
        wrong,
        (await send('/', { headers: { Cookie: `accord_token=${wrong}` } })).status,
      ]).toEqual([wrong, 403])
      const reply = await api('partners.list', {}, { 'X-Accord-Token': wrong })
      expect([wrong, reply.status, JSON.parse(reply.body).error?.code]).toEqual([
        wrong,
        403,
        'forbidden',
      ])
    }
    expect((await api('partners.list', {})).status).toBe(200)
  })

  it('runs an operation only with the token in its header, not in the address or a cookie', async () => {
    const noHeader = { 'X-Accord-Token': '' }
    expect((await api(`partners.list?token=${preview.token}`, {}, noHeader)).status).toBe(403)
    expect(
      (await api('partners.list', {}, { ...noHeader, Cookie: `accord_token=${preview.token}` }))
        .status,
    ).toBe(403)
  })

  it('answers only to 127.0.0.1 and localhost on its own port', async () => {
    const { port, token } = preview
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      expect([host, (await send(`/?token=${token}`, { headers: { Host: host } })).status]).toEqual([
        host,
        200,
      ])
      expect([host, (await api('partners.list', {}, { Host: host })).status]).toEqual([host, 200])
    }
    for (const host of [
      `evil.example:${port}`,
      `localhost.evil.example:${port}`,
      `127.0.0.1.nip.io:${port}`,
      `127.0.0.1:${port + 1}`,
      `localhost:${port + 1}`,
      '127.0.0.1',
      'localhost',
      `[::1]:${port}`,
      `0.0.0.0:${port}`,
      `127.0.0.1:${port}@evil.example`,
    ]) {
      const page = await send(`/?token=${token}`, { headers: { Host: host } })
      expect([host, page.status, page.body]).toEqual([
        host,
        403,
        'Forbidden: unexpected Host or Origin.',
      ])
      expect([host, (await api('partners.list', {}, { Host: host })).status]).toEqual([host, 403])
      expect([
        host,
        (await send('/assets/app.js', { headers: { Host: host, Cookie: `accord_token=${token}` } }))
          .status,
      ]).toEqual([host, 403])
    }
  })

  it('takes calls from its own origin only, and runs nothing for another', async () => {
    const { port, token } = preview
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`])
      expect([origin, (await api('partners.list', {}, { Origin: origin })).status]).toEqual([
        origin,
        200,
      ])
    for (const origin of [
      'http://attacker.example',
      `http://evil.example:${port}`,
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${port + 1}`,
      `http://localhost:${port}.evil.example`,
      `http://127.0.0.1`,
      'null',
      `http://127.0.0.1:${port}/`,
    ]) {
      expect([origin, (await api('partners.list', {}, { Origin: origin })).status]).toEqual([
        origin,
        403,
      ])
      expect([
        origin,
        (await send(`/?token=${token}`, { headers: { Origin: origin } })).status,
      ]).toEqual([origin, 403])
    }
    const partner = { name: 'Cross-Site University', kind: 'university', country: 'KZ' }
    expect(
      (await api('partners.create', partner, { Origin: 'http://attacker.example' })).status,
    ).toBe(403)
    expect(JSON.parse((await api('partners.list', { query: 'Cross-Site' })).body)).toEqual({
      ok: true,
      value: [],
    })
  })

  it('sends the strict CSP with pages, assets, answers and refusals alike', async () => {
    const { token } = preview
    const cookie = `accord_token=${token}`
    const replies = [
      await send(`/?token=${token}`),
      await send('/assets/app.js', { headers: { Cookie: cookie } }),
      await api('partners.list', {}),
      await api('partners.list', {}, { 'X-Accord-Token': 'guess' }),
      await send('/'),
      await send(`/?token=${token}`, { headers: { Host: 'evil.example' } }),
    ]
    for (const reply of replies) {
      expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy)
      expect(reply.headers['x-content-type-options']).toBe('nosniff')
    }
  })

  it('runs operations against the database', async () => {
    const reply = await api('partners.list', { query: 'КАЗАХСКИЙ' })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: true,
      value: [{ name: 'Al-Farabi Kazakh National University' }],
    })
    expect(JSON.parse((await api('app.info', {})).body)).toMatchObject({
      ok: true,
      value: { version: '9.9.9', host: 'preview' },
    })
  })

  it('answers bad input with field errors and a 400, and saves nothing', async () => {
    const before = JSON.parse((await api('partners.list', { archived: 'all' })).body).value.length
    const reply = await api('partners.create', {
      name: ' ',
      kind: 'university',
      country: 'KZ',
      email: 'x',
    })
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toMatchObject({
      error: {
        code: 'validation',
        details: { fields: { name: 'required', email: 'unknown_field' } },
      },
    })
    expect(JSON.parse((await api('partners.list', { archived: 'all' })).body).value.length).toBe(
      before,
    )
  })

  it('answers malformed JSON, oversized bodies and GET calls with clear errors', async () => {
    expect(JSON.parse((await api('partners.list', '{not json')).body)).toMatchObject({
      error: { message: 'The request body is not valid JSON.' },
    })
    const huge = await api('partners.list', JSON.stringify({ query: 'x'.repeat(2 * 1024 * 1024) }))
    expect(huge.status).toBe(400)
    expect(JSON.parse(huge.body)).toMatchObject({
      error: { message: 'The request is larger than 1 MB.' },
    })
    // A backup (documents and all) may be far larger: its upload reaches the service, which
    // reads it and says what it is not.
    const notABackup = await api('backups.uploadFile', {
      fileName: 'scan.accord-backup',
      contentBase64: Buffer.alloc(2 * 1024 * 1024, 7).toString('base64'),
    })
    expect(JSON.parse(notABackup.body)).toMatchObject({
      error: { code: 'validation', details: { fields: { backup: 'backup_not_accord' } } },
    })
    expect(
      (await send('/api/partners.list', { headers: { 'X-Accord-Token': preview.token } })).status,
    ).toBe(400)
    expect((await api('partners.nuke', {})).status).toBe(404)
  })
})
