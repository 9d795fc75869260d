import { parseDate, type CalendarDate } from '@internationalized/date'
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput as AriaDateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  Label,
  Popover,
  Text,
} from 'react-aria-components'

export interface DateInputProps {
  label: string
  /** `YYYY-MM-DD`, or '' for no date. */
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  description?: string
  errorMessage?: string | undefined
  isRequired?: boolean
  name?: string
}

function toCalendarDate(value: string): CalendarDate | null {
  try {
    return value ? parseDate(value) : null
  } catch {
    return null
  }
}

/**
 * A date typed in the user's own order (day, month and year segments in their locale) or picked
 * from a calendar; it reads and writes ISO dates.
 */
export function DateInput({
  label,
  value,
  onChange,
  onBlur,
  description,
  errorMessage,
  isRequired,
  name,
}: DateInputProps) {
  return (
    <DatePicker
      className="field"
      value={toCalendarDate(value)}
      onChange={(date) => onChange(date ? date.toString() : '')}
      onBlur={onBlur}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
      validationBehavior="aria"
      name={name}
    >
      <Label className="field-label">{label}</Label>
      <Group className="date-group">
        <AriaDateInput className="date-input">
          {(segment) => <DateSegment className="date-segment" segment={segment} />}
        </AriaDateInput>
        <Button className="combo-button">
          <span aria-hidden="true">▾</span>
        </Button>
      </Group>
      {description && (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{errorMessage}</FieldError>
      <Popover className="popover">
        <Dialog className="calendar-dialog">
          <Calendar className="calendar">
            <header className="calendar-header">
              <Button slot="previous" className="button button-quiet">
                ‹
              </Button>
              <Heading className="calendar-title" />
              <Button slot="next" className="button button-quiet">
                ›
              </Button>
            </header>
            <CalendarGrid className="calendar-grid">
              {(date) => <CalendarCell className="calendar-cell" date={date} />}
            </CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  )
}
