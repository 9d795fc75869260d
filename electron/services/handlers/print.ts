import type { Handlers } from '../dispatcher.ts'
import type { HandlerContext } from '../handler-context.ts'

type PrintHandlers = Pick<Handlers, 'print.savePdf'>

/** Saving a print view as PDF is the host's work: the desktop app prints its window, the preview cannot. */
export function printHandlers(context: HandlerContext): PrintHandlers {
  return {
    'print.savePdf': ({ fileName }) => context.savePdf(fileName),
  }
}
