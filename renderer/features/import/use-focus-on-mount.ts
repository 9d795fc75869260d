import { useEffect, useRef } from 'react'

/**
 * Focus moves to the new step's heading when the wizard moves on, so a keyboard or screen-reader
 * user continues from the top of what appeared instead of from the page's start.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useEffect(() => ref.current?.focus(), [])
  return ref
}
