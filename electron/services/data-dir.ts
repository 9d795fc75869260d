import { homedir } from 'node:os'
import { join } from 'node:path'

export const appFolderName = 'Accord'

/**
 * The folder Electron calls `userData` for this app, computed without Electron so that the
 * preview host opens the same database as the desktop app.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appFolderName)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appFolderName)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appFolderName)
}
