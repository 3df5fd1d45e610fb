'use client';
import { type ReactNode, useState } from 'react';
import { TableHead } from '@/components/ui/table-head';
import { type Section, sectionTable } from '@/lib/reports/csv-sections';
import type { QueueReport } from '@/lib/reports/types';

/** A chart with its figures one click away as a table, and as CSV. */
export function ReportSection({
  title,
  section,
  report,
  csvHref,
  children,
}: {
  title: string;
  section: Section;
  report: QueueReport;
  csvHref: string;
  children: ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  const table = sectionTable(report, section);
  const id = `section-${section}`;
  return (
    <section
      aria-labelledby={id}
      className="space-y-3 rounded-md border border-line bg-surface p-4"
      data-section={section}
    >
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={id} className="flex-1 text-heading">
          {title}
        </h2>
        <button
          type="button"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
          className="rounded border border-line-strong px-2 py-1 text-body hover:bg-surface-2"
        >
          {asTable ? 'Show chart' : 'Show table'}
        </button>
        <a href={csvHref} download className="rounded border border-line-strong px-2 py-1 text-body hover:bg-surface-2">
          CSV
        </a>
      </div>
      {asTable ? (
        <table className="w-full text-left text-body tabular-nums" aria-label={`${title} (table)`}>
          <TableHead columns={table.header} />
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i} className="border-b border-line">
                {row.map((cell, j) => (
                  <td key={j} className="p-1.5">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        children
      )}
    </section>
  );
}
