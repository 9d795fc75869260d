import { useMemo } from 'react'
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  type Key,
} from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { countryOptions } from './country-names.ts'

export interface CountryPickerProps {
  label: string
  value: string | null
  onChange: (code: string | null) => void
  onBlur?: () => void
  errorMessage?: string | undefined
  placeholder?: string
  isRequired?: boolean
  className?: string
}

/** A searchable country list with names in the UI's language; the ISO code is shown beside each. */
export function CountryPicker(props: CountryPickerProps) {
  const { i18n } = useTranslation()
  const options = useMemo(() => countryOptions(i18n.language), [i18n.language])
  return (
    <ComboBox
      className={`field ${props.className ?? ''}`}
      defaultItems={options}
      selectedKey={props.value}
      onSelectionChange={(key: Key | null) => props.onChange(key === null ? null : String(key))}
      onBlur={props.onBlur}
      isRequired={props.isRequired}
      isInvalid={Boolean(props.errorMessage)}
      validationBehavior="aria"
      menuTrigger="focus"
    >
      <Label className="field-label">{props.label}</Label>
      <div className="combo">
        <Input placeholder={props.placeholder} />
        <Button className="combo-button">
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <FieldError className="field-error">{props.errorMessage}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox">
          {(option: { code: string; name: string }) => (
            <ListBoxItem className="listbox-item" id={option.code} textValue={option.name}>
              <span>{option.name}</span>
              <span className="listbox-code">{option.code}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  )
}
