import type { AccordBridge } from '../../shared/contract/bridge.ts'
import type { OperationInput, OperationOutput } from '../../shared/contract/contract.ts'
import type { OperationName } from '../../shared/contract/operation-names.ts'
import { fail, type Result } from '../../shared/contract/result.ts'

export interface ApiClient {
  readonly host: 'electron' | 'preview'
  call<K extends OperationName>(
    operation: K,
    input: OperationInput<K>,
  ): Promise<Result<OperationOutput<K>>>
}

/** Calls through the Electron preload's `window.accord`. */
export function bridgeClient(bridge: AccordBridge): ApiClient {
  return {
    host: 'electron',
    call: async (operation, input) => {
      try {
        return await bridge[operation](input)
      } catch {
        return fail('unavailable', 'The Accord main process did not answer.')
      }
    },
  }
}

/** Calls the preview host over HTTP with the per-launch token. */
export function httpClient(token: string, fetchImpl: typeof fetch = fetch): ApiClient {
  return {
    host: 'preview',
    call: async <K extends OperationName>(operation: K, input: OperationInput<K>) => {
      try {
        const response = await fetchImpl(`/api/${operation}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Accord-Token': token },
          body: JSON.stringify(input ?? {}),
        })
        return (await response.json()) as Result<OperationOutput<K>>
      } catch {
        return fail('unavailable', 'The preview host did not answer.')
      }
    },
  }
}

const tokenKey = 'accord.previewToken'

/**
 * Electron when the preload is there, otherwise the preview host. The preview token arrives in
 * the address once; it is kept for reloads and removed from the address bar.
 */
export function detectClient(win: Window & { accord?: AccordBridge }): ApiClient {
  if (win.accord) return bridgeClient(win.accord)
  const url = new URL(win.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    win.sessionStorage.setItem(tokenKey, fromUrl)
    url.searchParams.delete('token')
    win.history.replaceState(null, '', url.pathname + url.search + url.hash)
  }
  return httpClient(fromUrl ?? win.sessionStorage.getItem(tokenKey) ?? '')
}
