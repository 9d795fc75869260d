import { contract, type OperationOutput, type ParsedInput } from '../../shared/contract/contract.ts'
import { AppFailure } from '../../shared/contract/failure.ts'
import { describeFieldErrors, fieldErrorsOf } from '../../shared/contract/field-errors.ts'
import { isOperationName, type OperationName } from '../../shared/contract/operation-names.ts'
import { fail, ok, type Result } from '../../shared/contract/result.ts'

export type Handlers = {
  [K in OperationName]: (input: ParsedInput<K>) => Promise<OperationOutput<K>>
}

export type Dispatch = (operation: string, input: unknown) => Promise<Result<unknown>>

/**
 * The one entry point both hosts call: checks the operation name, validates the input with the
 * contract's schema, runs the handler, and turns every failure into an error value.
 */
export function createDispatcher(
  handlers: Handlers,
  log: (error: unknown) => void = console.error,
): Dispatch {
  return async (operation, input) => {
    if (!isOperationName(operation)) {
      return fail(
        'unknown_operation',
        `There is no operation named "${String(operation).slice(0, 80)}".`,
      )
    }
    const parsed = contract[operation].input.safeParse(input ?? {})
    if (!parsed.success) {
      const fields = fieldErrorsOf(parsed.error)
      return fail('validation', describeFieldErrors(fields), { fields })
    }
    try {
      const handler = handlers[operation] as (input: unknown) => Promise<unknown>
      return ok(await handler(parsed.data))
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message, error.details)
      log(error)
      return fail(
        'internal',
        'Accord could not complete this action because of an internal error. Nothing was changed.',
      )
    }
  }
}
