import { mkdtempSync, writeFileSync } from 'node:fs'
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
