import { protocol } from 'electron'
import { contentSecurityPolicy } from '../../shared/security/csp.ts'
import { readStaticFile } from '../services/static-files.ts'
import { appHost, appScheme } from './app-origin.ts'

/** Must run before the app is ready: app:// behaves like https (secure, standard, fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves the built renderer from app://accord/, with the app's CSP on every page. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url)
    if (url.host !== appHost) return new Response('Not found', { status: 404 })
    const file = await readStaticFile(rendererDir, url.pathname)
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': contentSecurityPolicy,
      },
    })
  })
}
