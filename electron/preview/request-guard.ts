import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** The only names this server answers to; anything else may be a DNS-rebinding page. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

export function hostIsAllowed(request: IncomingMessage, port: number): boolean {
  return allowedHosts(port).includes(request.headers.host ?? '')
}

/** A request from a page of another origin is refused; requests without Origin are same-origin navigations. */
export function originIsAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin
  if (origin === undefined) return true
  return allowedHosts(port).some((host) => origin === `http://${host}`)
}

export function tokensMatch(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

export const tokenCookie = 'accord_token'

export function cookieToken(request: IncomingMessage): string | undefined {
  const header = request.headers.cookie ?? ''
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === tokenCookie) return rest.join('=')
  }
  return undefined
}
