import type { Handlers } from '../dispatcher.ts'
import type { HandlerContext } from '../handler-context.ts'
import { createImportService } from '../import/import-service.ts'

type ImportHandlers = Pick<
  Handlers,
  | 'imports.open'
  | 'imports.layout'
  | 'imports.preview'
  | 'imports.commit'
  | 'imports.job'
  | 'imports.newest'
  | 'imports.undo'
>

export function importHandlers(context: HandlerContext): ImportHandlers {
  const service = createImportService(context.db, context.today)
  return {
    'imports.open': ({ fileName, contentBase64 }) => service.open(fileName, contentBase64),
    'imports.layout': (input) => service.layout(input),
    'imports.preview': (settings) => service.preview(settings),
    'imports.commit': (settings) => service.commit(settings),
    'imports.job': ({ jobId }) => Promise.resolve(service.job(jobId)),
    'imports.newest': () => service.newest(),
    'imports.undo': ({ batchId }) => service.undo(batchId),
  }
}
