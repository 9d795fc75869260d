import type { ReactNode } from 'react'

export interface ChartTable {
  columns: string[]
  rows: Array<{ key: string; label: string; values: string[] }>
}

/**
 * A card holding a chart drawn for the eye and, for screen readers, the same figures as a table.
 * The drawing is one image with a spoken summary, so its axes and bars are not read one by one.
 */
export function ChartCard({
  id,
  title,
  summary,
  table,
  emptyText,
  className,
  children,
}: {
  id: string
  title: string
  summary: string
  table: ChartTable
  /** Shown instead of the chart when there is nothing to draw. */
  emptyText?: string
  className?: string
  children: ReactNode
}) {
  const titleId = `${id}-title`
  return (
    <section className={`card dashboard-card ${className ?? ''}`} aria-labelledby={titleId}>
      <header className="card-header">
        <h2 id={titleId}>{title}</h2>
      </header>
      {emptyText ? (
        <p className="empty">{emptyText}</p>
      ) : (
        <figure className="chart" aria-labelledby={titleId}>
          <div className="chart-canvas" role="img" aria-label={`${title}. ${summary}`}>
            {children}
          </div>
          <table className="visually-hidden">
            <caption>{title}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {row.values.map((value, index) => (
                    <td key={index}>{value}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      )}
    </section>
  )
}
