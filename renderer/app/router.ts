import { useCallback, useSyncExternalStore } from 'react'

/**
 * Screens live in the address's hash (`#/partners/12?q=baku`), which works the same under
 * app:// in Electron and over http in the preview, and gives Back and Forward for free.
 */
export interface Route {
  path: string[]
  params: URLSearchParams
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const currentHash = () => window.location.hash

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?')
  return {
    path: path.split('/').filter(Boolean).map(decodeURIComponent),
    params: new URLSearchParams(query),
  }
}

export function href(path: string, params?: Record<string, string | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params ?? {})) if (value) search.set(key, value)
  const query = search.toString()
  return `#${path}${query ? `?${query}` : ''}`
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash)
  return parseHash(hash)
}

export function useNavigate(): (target: string, options?: { replace?: boolean }) => void {
  return useCallback((target, options) => {
    if (options?.replace) {
      window.history.replaceState(null, '', target)
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    } else {
      window.location.hash = target.replace(/^#/, '')
    }
  }, [])
}
