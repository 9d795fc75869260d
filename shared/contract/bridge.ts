import type { OperationInput, OperationOutput } from './contract.ts'
import type { OperationName } from './operation-names.ts'
import type { Result } from './result.ts'

/** What the Electron preload exposes as `window.accord`: one function per operation, nothing else. */
export type AccordBridge = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<Result<OperationOutput<K>>>
}

export const ipcChannel = (operation: OperationName): string => `accord:${operation}`
