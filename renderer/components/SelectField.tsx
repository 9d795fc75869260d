import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  type Key,
} from 'react-aria-components'

export interface SelectOption {
  id: string
  label: string
}

export interface SelectFieldProps {
  label: string
  options: SelectOption[]
  value: string | null
  onChange: (value: string) => void
  errorMessage?: string | undefined
  className?: string
  /** Shown while nothing is chosen (a picker that adds, say, and is emptied after each choice). */
  placeholder?: string
  isDisabled?: boolean
  /** Hides the label visually (in a table whose column says what it is); screen readers read it. */
  hideLabel?: boolean
}

/** A labelled drop-down list of fixed choices. */
export function SelectField({
  label,
  options,
  value,
  onChange,
  errorMessage,
  className,
  placeholder,
  isDisabled,
  hideLabel,
}: SelectFieldProps) {
  return (
    <Select
      className={`field ${className ?? ''}`}
      selectedKey={value}
      onSelectionChange={(key: Key | null) => key !== null && onChange(String(key))}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      placeholder={placeholder}
      isDisabled={isDisabled}
    >
      <Label className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true" className="chevron">
          ▾
        </span>
      </Button>
      <FieldError className="field-error">{errorMessage}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem className="listbox-item" id={option.id}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  )
}
