import { Checkbox } from 'react-aria-components'

export function CheckboxField({
  label,
  value,
  onChange,
}: {
  label: string
  value: boolean
  onChange: (value: boolean) => void
}) {
  return (
    <Checkbox className="checkbox" isSelected={value} onChange={onChange}>
      <span className="checkbox-box" aria-hidden="true">
        {value ? '✓' : ''}
      </span>
      {label}
    </Checkbox>
  )
}
