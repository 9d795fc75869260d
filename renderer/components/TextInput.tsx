import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components'
import { useTranslation } from 'react-i18next'

export interface TextInputProps {
  label: string
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  name?: string
  description?: string
  /** A validation key (see shared/contract/validation-keys.ts), translated here. */
  errorKey?: string | undefined
  isRequired?: boolean
  multiline?: boolean
  type?: 'text' | 'email' | 'url' | 'tel' | 'search'
  autoFocus?: boolean
  inputRef?: React.Ref<HTMLInputElement & HTMLTextAreaElement>
}

/** A labelled text field with its hint and its error message, accessible through React Aria. */
export function TextInput({ inputRef, ...props }: TextInputProps) {
  const { t } = useTranslation()
  return (
    <TextField
      className="field"
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      onBlur={props.onBlur}
      isRequired={props.isRequired}
      isInvalid={Boolean(props.errorKey)}
      validationBehavior="aria"
      type={props.multiline ? undefined : props.type}
      autoFocus={props.autoFocus}
    >
      <Label className="field-label">
        {props.label}
        {!props.isRequired && <span className="field-optional"> ({t('common.optional')})</span>}
      </Label>
      {props.multiline ? <TextArea ref={inputRef} rows={3} /> : <Input ref={inputRef} />}
      {props.description && (
        <Text slot="description" className="field-hint">
          {props.description}
        </Text>
      )}
      <FieldError className="field-error">
        {props.errorKey ? t(`validation.${props.errorKey}` as 'validation.required') : null}
      </FieldError>
    </TextField>
  )
}
