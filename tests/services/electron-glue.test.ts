import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The Electron glue, run against a stand-in for the 'electron' module (the binary cannot be
 * downloaded on the build machines): the window's security settings, the IPC sender check,
 * the navigation and new-window guards, permissions and the app:// protocol's CSP.
 */
const fake = vi.hoisted(() => {
  const appHandlers = new Map<string, (...args: unknown[]) => void>()
  const ipcHandlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>()
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>()
  const windows: Array<{ options: Record<string, unknown>; url?: string }> = []
  const openedExternally: string[] = []
  const notifications: Array<{
    options: { title: string; body: string }
    shown: boolean
    click?: () => void
  }> = []
  let permissionHandler:
    | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
    | undefined
  return {
    appHandlers,
    ipcHandlers,
    protocolHandlers,
    windows,
    openedExternally,
    notifications,
    dataDir: '',
    permission: () => permissionHandler,
    setPermission: (handler: typeof permissionHandler) => (permissionHandler = handler),
  }
})

vi.mock('electron', () => {
  class BrowserWindow {
    constructor(options: Record<string, unknown>) {
      fake.windows.push({ options })
    }
    once() {}
    on() {}
    maximize() {}
    show() {}
    isMaximized() {
      return false
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 800 }
    }
    loadURL(url: string) {
      fake.windows.at(-1)!.url = url
      return Promise.resolve()
    }
  }
  class Notification {
    static isSupported() {
      return true
    }
    private entry: (typeof fake.notifications)[number]
    constructor(options: { title: string; body: string }) {
      this.entry = { options, shown: false }
      fake.notifications.push(this.entry)
    }
    on(event: string, handler: () => void) {
      if (event === 'click') this.entry.click = handler
    }
    show() {
      this.entry.shown = true
    }
  }
  return {
    Notification,
    app: {
      isPackaged: true,
      setAppUserModelId: () => {},
      requestSingleInstanceLock: () => true,
      on: (event: string, handler: (...args: unknown[]) => void) =>
        fake.appHandlers.set(event, handler),
      whenReady: () => Promise.resolve(),
      getPath: () => fake.dataDir,
      getVersion: () => '0.1.0',
      quit: () => {},
      exit: () => {},
    },
    BrowserWindow,
    dialog: { showErrorBox: () => {} },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) =>
        fake.ipcHandlers.set(channel, handler),
    },
    protocol: {
      registerSchemesAsPrivileged: () => {},
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        fake.protocolHandlers.set(scheme, handler),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: fake.setPermission,
        setPermissionCheckHandler: () => {},
      },
    },
    shell: {
      openExternal: (url: string) => fake.openedExternally.push(url),
      openPath: () => Promise.resolve(''),
    },
  }
})

const appFrame = { url: 'app://accord/index.html#/partners', parent: null }

type GuardEvent = { preventDefault: () => void }

/** A new web contents as Electron announces it, with the listeners the policy attached to it. */
function announceContents() {
  const listeners = new Map<string, (event: GuardEvent, url: string) => void>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  fake.appHandlers.get('web-contents-created')!(
    {},
    {
      on: (name: string, listener: (event: GuardEvent, url: string) => void) =>
        listeners.set(name, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    },
  )
  const prevented = (name: string, url = 'about:blank') => {
    const listener = listeners.get(name)
    if (!listener) throw new Error(`no ${name} listener`)
    let stopped = false
    listener({ preventDefault: () => (stopped = true) }, url)
    return stopped
  }
  return { prevented, open: (url: string) => openHandler!({ url }) }
}

/** The policy's directives, each with its sources. */
function directives(policy: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (policy ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  )
}

beforeAll(async () => {
  fake.dataDir = mkdtempSync(join(tmpdir(), 'accord-electron-'))
  await import('../../electron/main/main.ts')
  await vi.waitFor(() => expect(fake.windows[0]?.url).toBeDefined())
})

describe('Electron glue', () => {
  it('opens one sandboxed, isolated window on the app:// page', () => {
    expect(fake.windows).toHaveLength(1)
    expect(fake.windows[0]!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    })
    expect(fake.windows[0]!.url).toBe('app://accord/index.html')
  })

  it('registers exactly one IPC channel per contract operation', async () => {
    const { operationNames } = await import('../../shared/contract/operation-names.ts')
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(
      operationNames.map((name) => `accord:${name}`).sort(),
    )
  })

  it('answers calls from the app page and refuses other frames', async () => {
    const list = fake.ipcHandlers.get('accord:partners.list')!
    expect(await list({ senderFrame: appFrame }, {})).toMatchObject({ ok: true, value: [] })
    for (const senderFrame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://accord/index.html', parent: {} },
      null,
    ]) {
      expect(await list({ senderFrame }, {})).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      })
    }
  })

  it('refuses every operation from a frame that is not the app page, before it runs', async () => {
    const foreignFrames = [
      { url: 'app://elsewhere/index.html', parent: null },
      { url: 'app://accord.evil.example/index.html', parent: null },
      { url: 'http://localhost:5173/', parent: null },
      { url: 'file:///C:/Users/office/accord.html', parent: null },
      { url: 'https://evil.example/', parent: appFrame },
      { url: 'app://accord/index.html', parent: appFrame },
      undefined,
    ]
    for (const [channel, handler] of fake.ipcHandlers) {
      for (const senderFrame of foreignFrames) {
        expect([channel, await handler({ senderFrame }, {})]).toMatchObject([
          channel,
          { ok: false, error: { code: 'forbidden' } },
        ])
      }
    }
    const create = fake.ipcHandlers.get('accord:partners.create')!
    const partner = { name: 'Injected University', kind: 'university', country: 'KZ' }
    for (const senderFrame of foreignFrames)
      expect(await create({ senderFrame }, partner)).toMatchObject({ ok: false })
    const list = fake.ipcHandlers.get('accord:partners.list')!
    expect(await list({ senderFrame: appFrame }, { query: 'Injected' })).toEqual({
      ok: true,
      value: [],
    })
  })

  it('validates IPC input like the preview host does', async () => {
    const create = fake.ipcHandlers.get('accord:partners.create')!
    expect(
      await create({ senderFrame: appFrame }, { name: '', kind: 'university', country: 'KZ' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: { name: 'required' } } },
    })
  })

  it('keeps navigation inside the app and sends only web links to the browser', () => {
    const listeners = new Map<
      string,
      (event: { preventDefault: () => void }, url: string) => void
    >()
    let openHandler: ((details: { url: string }) => { action: string }) | undefined
    const contents = {
      on: (name: string, listener: (event: { preventDefault: () => void }, url: string) => void) =>
        listeners.set(name, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    }
    fake.appHandlers.get('web-contents-created')!({}, contents)
    const navigate = (url: string) => {
      let prevented = false
      listeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, url)
      return prevented
    }
    expect(navigate('app://accord/index.html#/agreements')).toBe(false)
    expect(navigate('https://evil.example/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(openHandler!({ url: 'https://www.kaznu.kz' })).toEqual({ action: 'deny' })
    expect(openHandler!({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({
      action: 'deny',
    })
    expect(fake.openedExternally).toEqual(['https://www.kaznu.kz'])
  })

  it('refuses navigation and redirects to anything but the app, and every webview', () => {
    const { prevented } = announceContents()
    for (const url of ['app://accord/index.html', 'app://accord/index.html#/renewals'])
      expect([url, prevented('will-navigate', url), prevented('will-redirect', url)]).toEqual([
        url,
        false,
        false,
      ])
    for (const url of [
      'https://evil.example/',
      'http://127.0.0.1:8080/',
      // The dev server's address is the app's only in `npm run dev`, never in a packaged app.
      'http://localhost:5173/',
      'app://elsewhere/index.html',
      'app://accord.evil.example/index.html',
      'file:///C:/Users/office/Documents/agreement.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
    ]) {
      expect([url, prevented('will-navigate', url), prevented('will-redirect', url)]).toEqual([
        url,
        true,
        true,
      ])
    }
    expect(prevented('will-attach-webview')).toBe(true)
  })

  it('opens no window, and hands only vetted web and mail links to the system', () => {
    const { open } = announceContents()
    const before = fake.openedExternally.length
    const vetted = ['https://www.kaznu.kz/en', 'http://ada.edu.az/', 'mailto:intl@kaznu.kz']
    const refused = [
      'file:///C:/Windows/System32/calc.exe',
      'file://server/share/setup.exe',
      'javascript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ms-msdt:/id PCWDiagnostic',
      'smb://server/share',
      'app://accord/index.html#/partners',
      'https://user:secret@evil.example/',
      'not a url',
    ]
    for (const url of [...vetted, ...refused]) expect(open(url)).toEqual({ action: 'deny' })
    expect(fake.openedExternally.slice(before)).toEqual(vetted)
  })

  it('denies every permission request', () => {
    const answers: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications'])
      fake.permission()!({}, permission, (granted) => answers.push(granted))
    expect(answers).toEqual([false, false, false])
  })

  it('serves the renderer from app:// with the strict CSP, and nothing outside it', async () => {
    const { serveRenderer } = await import('../../electron/main/app-protocol.ts')
    const rendererDir = mkdtempSync(join(tmpdir(), 'accord-renderer-'))
    writeFileSync(join(rendererDir, 'index.html'), '<title>Accord</title>')
    serveRenderer(rendererDir)
    const handler = fake.protocolHandlers.get('app')!
    const page = await handler(new Request('app://accord/index.html'))
    expect(await page.text()).toBe('<title>Accord</title>')
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(404)
    expect(await (await handler(new Request('app://accord/..%2F..%2Fetc%2Fpasswd'))).text()).toBe(
      '<title>Accord</title>',
    )
  })

  it('sends the strict CSP, exactly, with every page and asset of app://', async () => {
    const { serveRenderer } = await import('../../electron/main/app-protocol.ts')
    const { contentSecurityPolicy } = await import('../../shared/security/csp.ts')
    const rendererDir = mkdtempSync(join(tmpdir(), 'accord-renderer-'))
    mkdirSync(join(rendererDir, 'assets'))
    writeFileSync(join(rendererDir, 'index.html'), '<title>Accord</title>')
    writeFileSync(join(rendererDir, 'assets', 'index.js'), 'console.log(1)')
    serveRenderer(rendererDir)
    const handler = fake.protocolHandlers.get('app')!
    for (const url of [
      'app://accord/index.html',
      'app://accord/assets/index.js',
      'app://accord/partners/7',
    ]) {
      const response = await handler(new Request(url))
      expect([url, response.headers.get('content-security-policy')]).toEqual([
        url,
        contentSecurityPolicy,
      ])
    }
    const policy = directives(
      (await handler(new Request('app://accord/'))).headers.get('content-security-policy'),
    )
    expect(policy).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    })
    // Whatever else changes: no eval, no inline script, nothing from another origin.
    const sources = Object.values(policy).flat()
    expect(
      sources.filter(
        (source) => !["'self'", "'none'", "'unsafe-inline'", 'data:'].includes(source),
      ),
    ).toEqual([])
    expect(Object.entries(policy).filter(([, list]) => list.includes("'unsafe-inline'"))).toEqual([
      ['style-src', ["'self'", "'unsafe-inline'"]],
    ])
  })

  it('shows renewal reminders as a desktop notification that opens the renewals on a click', async () => {
    const { startRenewalNotifications } =
      await import('../../electron/main/renewal-notifications.ts')
    const calls: Array<[string, unknown]> = []
    const reminder = {
      id: 7,
      reference: 'AZ-KZ/7',
      title: 'Exchange',
      partnerNames: 'ADA University',
      noticeOn: '2026-11-02',
      endsOn: '2027-01-31',
    }
    const dispatch = (operation: string, input: unknown) => {
      calls.push([operation, input])
      if (operation === 'renewals.reminders')
        return Promise.resolve({ ok: true, value: [reminder] })
      if (operation === 'settings.get')
        return Promise.resolve({ ok: true, value: { language: 'ru' } })
      return Promise.resolve({ ok: true, value: { acknowledged: 1 } })
    }
    const window = {
      isMinimized: () => true,
      restore: vi.fn(),
      focus: vi.fn(),
      webContents: { executeJavaScript: vi.fn(() => Promise.resolve()) },
    }
    const before = fake.notifications.length
    const schedule = startRenewalNotifications(dispatch as never, () => window as never)
    try {
      await vi.waitFor(() => expect(fake.notifications.length).toBe(before + 1))
      const shown = fake.notifications.at(-1)!
      expect(shown.shown).toBe(true)
      expect(shown.options).toEqual({
        title: '1 соглашение требует продления',
        body: 'AZ-KZ/7 · ADA University',
      })
      expect(calls.some(([operation]) => operation === 'renewals.acknowledge')).toBe(false)
      shown.click!()
      expect(window.restore).toHaveBeenCalled()
      expect(window.focus).toHaveBeenCalled()
      expect(window.webContents.executeJavaScript).toHaveBeenCalledWith(
        "location.hash = '#/renewals'",
      )
      await vi.waitFor(() =>
        expect(calls).toContainEqual([
          'renewals.acknowledge',
          { items: [{ id: 7, noticeOn: '2026-11-02' }] },
        ]),
      )
    } finally {
      schedule?.stop()
    }
  })
})
