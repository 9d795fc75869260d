import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form'
import { TextInput, type TextInputProps } from './TextInput.tsx'

type FormFieldProps<T extends FieldValues, Parsed> = Omit<
  TextInputProps,
  'value' | 'onChange' | 'onBlur' | 'errorKey' | 'name'
> & {
  control: Control<T, unknown, Parsed>
  name: Path<T>
}

/** A text field bound to a react-hook-form field; its error message is a validation key. */
export function FormField<T extends FieldValues, Parsed>({
  control,
  name,
  ...rest
}: FormFieldProps<T, Parsed>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput
          {...rest}
          name={field.name}
          value={(field.value as string | null | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          errorKey={fieldState.error?.message}
        />
      )}
    />
  )
}
