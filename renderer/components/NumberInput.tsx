import { FieldError, Group, Input, Label, NumberField } from 'react-aria-components'

export interface NumberInputProps {
  label: string
  /** NaN while empty. */
  value: number
  onChange: (value: number) => void
  onBlur?: () => void
  errorMessage?: string | undefined
  minValue?: number
  step?: number
  className?: string
  /** Hides the label visually (in a grid whose column says what it is); screen readers still read it. */
  hideLabel?: boolean
}

/** A number typed in the user's locale (decimal comma in Russian), checked by the shared schema. */
export function NumberInput(props: NumberInputProps) {
  return (
    <NumberField
      className={`field ${props.className ?? ''}`}
      value={props.value}
      onChange={props.onChange}
      onBlur={props.onBlur}
      isInvalid={Boolean(props.errorMessage)}
      validationBehavior="aria"
      step={props.step ?? 1}
      formatOptions={{ useGrouping: false, maximumFractionDigits: 2 }}
    >
      <Label className={props.hideLabel ? 'visually-hidden' : 'field-label'}>{props.label}</Label>
      <Group>
        <Input className="number-input" />
      </Group>
      <FieldError className="field-error">{props.errorMessage}</FieldError>
    </NumberField>
  )
}
