/**
 * Where the app's own pages come from, and which outside addresses may be opened in the
 * user's browser. Kept free of Electron so that tests check these rules directly.
 */
export const appScheme = 'app'
export const appHost = 'accord'
export const appOrigin = `${appScheme}://${appHost}`
export const appEntryUrl = `${appOrigin}/index.html`

/** True for the app's own pages, and for the dev server's while developing. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  try {
    const parsed = new URL(url)
    if (parsed.protocol === `${appScheme}:` && parsed.host === appHost) return true
    return devServerUrl !== undefined && parsed.origin === new URL(devServerUrl).origin
  } catch {
    return false
  }
}

/** Only plain web and mail links leave the app, and only to the system's browser or mail program. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (
      (parsed.protocol === 'https:' ||
        parsed.protocol === 'http:' ||
        parsed.protocol === 'mailto:') &&
      !parsed.username
    )
  } catch {
    return false
  }
}
