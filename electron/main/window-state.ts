import type { Rectangle } from 'electron'
import type { Db } from '../../db/connection.ts'
import { readSetting, writeValue } from '../../db/settings.ts'

const key = 'window.bounds'

export interface WindowState {
  bounds: Rectangle
  maximized: boolean
}

export const defaultWindowState: WindowState = {
  bounds: { x: 0, y: 0, width: 1280, height: 800 },
  maximized: false,
}

function isState(value: unknown): value is WindowState {
  if (typeof value !== 'object' || value === null) return false
  const { bounds, maximized } = value as Partial<WindowState>
  return (
    typeof maximized === 'boolean' &&
    typeof bounds === 'object' &&
    bounds !== null &&
    [bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite) &&
    bounds.width >= 640 &&
    bounds.height >= 480
  )
}

/** The window's last size and place, or a sensible default the first time. */
export async function loadWindowState(db: Db): Promise<WindowState> {
  const saved = await readSetting(db, key)
  return isState(saved) ? saved : defaultWindowState
}

export function saveWindowState(db: Db, state: WindowState): Promise<void> {
  return writeValue(db, key, state)
}
