import { Bar, Legend, Tooltip } from 'recharts'

/*
 * Fixed colours rather than theme variables: recharts draws them into SVG attributes, and they
 * must print the same. Both reach 3:1 against white (WCAG non-text contrast) and differ enough in
 * lightness to tell apart on a black-and-white printout; the second series is also hatched.
 */
export const chartColors = {
  first: '#1f5fbf',
  second: '#d97706',
  grid: '#dfe3e8',
  axis: '#5f6b7a',
} as const

/** A diagonal hatch of the second colour, for bars that must not differ by colour alone. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill={chartColors.second} />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
      </pattern>
    </defs>
  )
}

/**
 * The two series every dashboard chart compares, plain then hatched, with the shared tooltip
 * and legend. A function, not a component: recharts reads these as its chart's own children.
 */
export function pairedSeries(
  series: Array<{ key: string; name: string }>,
  hatchId: string,
  format: (value: unknown) => string,
) {
  const [first, second] = series
  return [
    <HatchPattern key="hatch" id={hatchId} />,
    <Tooltip key="tooltip" formatter={format} />,
    // In the bars' order (outgoing first, as everywhere else), not alphabetical.
    <Legend key="legend" itemSorter={null} />,
    // Drawn at once: a screenshot or a printout taken right away shows whole bars.
    <Bar
      key={first!.key}
      dataKey={first!.key}
      name={first!.name}
      fill={chartColors.first}
      isAnimationActive={false}
    />,
    <Bar
      key={second!.key}
      dataKey={second!.key}
      name={second!.name}
      fill={`url(#${hatchId})`}
      stroke={chartColors.second}
      isAnimationActive={false}
    />,
  ]
}
