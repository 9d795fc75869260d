import { monitorEventLoopDelay } from 'node:perf_hooks'

/** Runs `work` after a warm-up and reports the median, min and max in milliseconds. */
export interface Figure {
  name: string
  median: number
  min: number
  max: number
  unit: 'ms'
  runs: number
  baseline?: { name: string; median: number }
}

export async function measure(name: string, work: () => unknown, runs = 7): Promise<Figure> {
  await work()
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    await work()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return {
    name,
    median: times[Math.floor(times.length / 2)]!,
    min: times[0]!,
    max: times.at(-1)!,
    unit: 'ms',
    runs,
  }
}

export function printTable(figures: Figure[]): void {
  const rows = figures.map((figure) => [
    figure.name,
    figure.median.toFixed(1),
    figure.min.toFixed(1),
    figure.max.toFixed(1),
    figure.baseline ? `${figure.baseline.median.toFixed(1)} (${figure.baseline.name})` : '',
    figure.baseline ? `×${(figure.median / figure.baseline.median).toFixed(1)}` : '',
  ])
  const header = ['figure', 'median ms', 'min', 'max', 'baseline ms', 'ratio']
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  )
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
  console.log(line(header))
  for (const row of rows) console.log(line(row))
}

/** Runs `work` once while sampling resident memory and the event loop's delay. */
export async function footprintOf(work: () => Promise<void>) {
  const delay = monitorEventLoopDelay({ resolution: 10 })
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
  delay.enable()
  await work()
  delay.disable()
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  return { peakRssGrowthMb: (peak - before) / 2 ** 20, maxEventLoopDelayMs: delay.max / 1e6 }
}
