import { ipcMain, type WebFrameMain } from 'electron'
import { ipcChannel } from '../../shared/contract/bridge.ts'
import { operationNames } from '../../shared/contract/operation-names.ts'
import { fail } from '../../shared/contract/result.ts'
import type { Dispatch } from '../services/dispatcher.ts'
import { isAppUrl } from './app-origin.ts'

/** One IPC handler per operation; calls from frames that are not the app's own are refused. */
export function registerIpc(dispatch: Dispatch, devServerUrl: string | undefined): void {
  for (const operation of operationNames) {
    ipcMain.handle(ipcChannel(operation), (event, input: unknown) => {
      const frame: WebFrameMain | null = event.senderFrame
      if (!frame || frame.parent !== null || !isAppUrl(frame.url, devServerUrl)) {
        return fail('forbidden', 'This call did not come from the Accord window.')
      }
      return dispatch(operation, input)
    })
  }
}
