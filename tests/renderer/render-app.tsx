import { act, render, type RenderResult } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { I18nProvider } from 'react-aria-components'
import { I18nextProvider } from 'react-i18next'
import type { OperationInput, OperationOutput } from '../../shared/contract/contract.ts'
import type { OperationName } from '../../shared/contract/operation-names.ts'
import { fail, type Result } from '../../shared/contract/result.ts'
import type { Language } from '../../shared/settings/settings.ts'
import { ApiProvider } from '../../renderer/api/api-context.tsx'
import type { ApiClient } from '../../renderer/api/client.ts'
import { createI18n } from '../../renderer/i18n/i18n.ts'

/** What the fake API answers for an operation: a fixed result or one computed from the input. */
type Answer<K extends OperationName> =
  Result<OperationOutput<K>> | ((input: OperationInput<K>) => Result<OperationOutput<K>>)
export type Answers = { [K in OperationName]?: Answer<K> }

export interface FakeApi extends ApiClient {
  call: ApiClient['call'] & ReturnType<typeof vi.fn>
  /** The inputs the UI sent to one operation, in order. */
  inputsOf<K extends OperationName>(operation: K): OperationInput<K>[]
}

/** An ApiClient that records every call; operations without an answer fail as 'internal'. */
export function fakeApi(answers: Answers, host: ApiClient['host'] = 'preview'): FakeApi {
  const call = vi.fn(async (operation: OperationName, input: unknown): Promise<Result<unknown>> => {
    const answer = answers[operation] as
      Result<unknown> | ((input: unknown) => Result<unknown>) | undefined
    if (answer === undefined) return fail('internal', `No fake answer for ${operation}`)
    return typeof answer === 'function' ? answer(input) : answer
  })
  return {
    host,
    call: call as unknown as FakeApi['call'],
    inputsOf: <K extends OperationName>(operation: K) =>
      call.mock.calls
        .filter(([name]) => name === operation)
        .map(([, input]) => input as OperationInput<K>),
  }
}

export interface Rendered extends RenderResult {
  api: FakeApi
  user: UserEvent
}

/** Renders `ui` the way main.tsx does: translations, React Aria's locale and the API client. */
export async function renderApp(
  ui: ReactElement,
  options: { answers?: Answers; language?: Language; host?: ApiClient['host'] } = {},
): Promise<Rendered> {
  const language = options.language ?? 'en'
  const i18n = await createI18n(language)
  const api = fakeApi(options.answers ?? {}, options.host)
  const user = userEvent.setup({ delay: null })
  const result = render(
    <I18nextProvider i18n={i18n}>
      <I18nProvider locale={language}>
        <ApiProvider client={api}>{ui}</ApiProvider>
      </I18nProvider>
    </I18nextProvider>,
  )
  // Let the first answers of the fake API (already resolved) reach the screen inside act().
  await act(async () => {})
  return { ...result, api, user }
}
