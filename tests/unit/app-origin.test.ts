import { appEntryUrl, isAppUrl, isSafeExternalUrl } from '../../electron/main/app-origin.ts'
import { contentSecurityPolicy } from '../../shared/security/csp.ts'

describe('navigation guard rules', () => {
  it('treats only app://accord pages as the app', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true)
    expect(isAppUrl('app://accord/index.html#/partners/3')).toBe(true)
    expect(isAppUrl('app://evil/index.html')).toBe(false)
    expect(isAppUrl('https://accord.example/')).toBe(false)
    expect(isAppUrl('file:///etc/passwd')).toBe(false)
    expect(isAppUrl('not a url')).toBe(false)
  })

  it('accepts the dev server only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isAppUrl('http://localhost:5173/')).toBe(false)
  })

  it('opens only web and mail links outside, never files or scripts', () => {
    expect(isSafeExternalUrl('https://www.kaznu.kz')).toBe(true)
    expect(isSafeExternalUrl('mailto:intl@kaznu.kz')).toBe(true)
    expect(isSafeExternalUrl('file:///C:/Windows/System32/calc.exe')).toBe(false)
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false)
    expect(isSafeExternalUrl('smb://server/share')).toBe(false)
    expect(isSafeExternalUrl('https://user@evil.example')).toBe(false)
  })
})

describe('content security policy', () => {
  it('allows only the app’s own scripts and no remote content', () => {
    expect(contentSecurityPolicy).toContain("script-src 'self'")
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|\*/)
    expect(contentSecurityPolicy).toContain("object-src 'none'")
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'")
  })
})
