import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Dispatch } from '../services/dispatcher.ts'
import type { ErrorCode, Result } from '../../shared/contract/result.ts'
import { fail } from '../../shared/contract/result.ts'
import { contentSecurityPolicy } from '../../shared/security/csp.ts'
import {
  cookieToken,
  hostIsAllowed,
  originIsAllowed,
  tokenCookie,
  tokensMatch,
} from './request-guard.ts'
import { readStaticFile } from '../services/static-files.ts'
import { documentIdOf, sendDocument, type StoredDocumentFile } from './document-route.ts'
import { exportIdOf, type ExportDownloads } from './export-route.ts'

const maxBodyBytes = 1024 * 1024
/**
 * Uploads carry the file in base64, a third larger: 25 MB of scan is about 34 MB of text, and
 * a 200 MB backup (documents included) about 267 MB.
 */
const uploadLimits: Record<string, { bytes: number; shown: string }> = {
  'documents.add': { bytes: 42 * 1024 * 1024, shown: '42 MB' },
  'imports.open': { bytes: 42 * 1024 * 1024, shown: '42 MB' },
  'backups.uploadFile': { bytes: 270 * 1024 * 1024, shown: '270 MB' },
}
const bodyLimit = { bytes: maxBodyBytes, shown: '1 MB' }

const statusOf: Record<ErrorCode, number> = {
  validation: 400,
  unknown_operation: 404,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  internal: 500,
  unavailable: 503,
}

export interface PreviewServerOptions {
  dispatch: Dispatch
  rendererDir: string
  token: string
  /** The port the server listens on, for the Host and Origin checks. */
  port: () => number
  /** Finds an attached document's file; throws AppFailure not_found for an unknown id. */
  documentFile: (id: number) => Promise<StoredDocumentFile>
  /** Finished exports handed to the browser by `reports.save`. */
  exports: ExportDownloads
}

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': contentSecurityPolicy,
  })
  response.end(body)
}

function sendResult(response: ServerResponse, result: Result<unknown>): void {
  send(
    response,
    result.ok ? 200 : statusOf[result.error.code],
    JSON.stringify(result),
    'application/json; charset=utf-8',
  )
}

/** Reads the body; past the limit the rest is read and dropped so the client still gets an answer. */
async function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size <= limit) chunks.push(chunk)
  }
  return size > limit ? undefined : Buffer.concat(chunks).toString('utf8')
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  options: PreviewServerOptions,
  operation: string,
) {
  if (request.method !== 'POST')
    return sendResult(response, fail('validation', 'Operations are called with POST.'))
  const header = request.headers['x-accord-token']
  if (!tokensMatch(typeof header === 'string' ? header : undefined, options.token)) {
    return sendResult(response, fail('forbidden', 'This request has no valid preview token.'))
  }
  const limit = Object.hasOwn(uploadLimits, operation) ? uploadLimits[operation]! : bodyLimit
  const body = await readBody(request, limit.bytes)
  if (body === undefined) {
    return sendResult(response, fail('validation', `The request is larger than ${limit.shown}.`))
  }
  let input: unknown
  try {
    input = body.trim() === '' ? {} : JSON.parse(body)
  } catch {
    return sendResult(response, fail('validation', 'The request body is not valid JSON.'))
  }
  sendResult(response, await options.dispatch(operation, input))
}

async function handlePage(
  request: IncomingMessage,
  response: ServerResponse,
  options: PreviewServerOptions,
  url: URL,
) {
  const queryToken = url.searchParams.get('token') ?? undefined
  const viaQuery = tokensMatch(queryToken, options.token)
  if (!viaQuery && !tokensMatch(cookieToken(request), options.token)) {
    return send(
      response,
      403,
      'Forbidden: open the address printed by "npm run preview", with its token.',
      'text/plain; charset=utf-8',
    )
  }
  // The cookie lets the page's own scripts and styles load; API calls still need the header.
  if (viaQuery)
    response.setHeader(
      'Set-Cookie',
      `${tokenCookie}=${options.token}; HttpOnly; SameSite=Strict; Path=/`,
    )
  const documentId = documentIdOf(url.pathname)
  if (documentId !== undefined) {
    const document = await options.documentFile(documentId).catch(() => undefined)
    if (!document)
      return send(response, 404, 'This document does not exist.', 'text/plain; charset=utf-8')
    return sendDocument(response, document)
  }
  const exportId = exportIdOf(url.pathname)
  if (exportId !== undefined) {
    const exported = options.exports.find(exportId)
    if (!exported)
      return send(response, 404, 'This export does not exist.', 'text/plain; charset=utf-8')
    return sendDocument(response, exported)
  }
  const file = await readStaticFile(options.rendererDir, url.pathname)
  send(response, 200, file.body, file.contentType)
}

/** The browser preview host: the built renderer and the dispatcher, on loopback only. */
export function createPreviewServer(options: PreviewServerOptions): Server {
  return createServer((request, response) => {
    const port = options.port()
    if (!hostIsAllowed(request, port) || !originIsAllowed(request, port)) {
      return send(
        response,
        403,
        'Forbidden: unexpected Host or Origin.',
        'text/plain; charset=utf-8',
      )
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)
    const api = /^\/api\/([\w.]+)$/.exec(url.pathname)
    const work = api
      ? handleApi(request, response, options, api[1]!)
      : handlePage(request, response, options, url)
    work.catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent)
        sendResult(response, fail('internal', 'The preview host failed to answer.'))
      else response.end()
    })
  })
}
