import { Label, ProgressBar } from 'react-aria-components'

/**
 * How far a background job got: a bar filled to `done` of `total`, or a moving bar while the
 * total is not known yet (total 0).
 */
export function JobProgress({
  label,
  valueLabel,
  done,
  total,
}: {
  label: string
  valueLabel: string
  done: number
  total: number
}) {
  const counting = total > 0
  return (
    <ProgressBar
      className="export-progress"
      value={counting ? done : undefined}
      maxValue={counting ? total : undefined}
      isIndeterminate={!counting}
      valueLabel={valueLabel}
    >
      {({ percentage }) => (
        <>
          <div className="export-progress-text">
            <Label className="field-label">{label}</Label>
            <span className="export-progress-value">{valueLabel}</span>
          </div>
          <div className="export-progress-track">
            <div
              className={`export-progress-fill ${counting ? '' : 'export-progress-moving'}`}
              style={{ width: counting ? `${percentage ?? 0}%` : undefined }}
            />
          </div>
        </>
      )}
    </ProgressBar>
  )
}
