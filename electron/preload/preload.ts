import { contextBridge, ipcRenderer } from 'electron'
import { operationNames } from '../../shared/contract/operation-names.ts'

/**
 * Exposes exactly the contract's operations, each bound to its own IPC channel; the page never
 * gets ipcRenderer or a generic invoke.
 */
const bridge = Object.freeze(
  Object.fromEntries(
    operationNames.map((operation) => [
      operation,
      (input: unknown) => ipcRenderer.invoke(`accord:${operation}`, input),
    ]),
  ),
)

contextBridge.exposeInMainWorld('accord', bridge)
