import type { ReactNode } from 'react';

/**
 * A table's column headings. `className` carries a column's width (read by `table-fixed`, so
 * nothing widens when the data changes) and when it shows; a hidden label is for screen readers.
 */
export function TableHead({
  columns,
  className = '',
}: {
  columns: (string | { label: string; hidden?: boolean; right?: boolean; className?: string; content?: ReactNode })[];
  className?: string;
}) {
  return (
    <thead className={`border-b border-line text-fg-muted ${className}`}>
      <tr>
        {columns.map((c) => {
          const col = typeof c === 'string' ? { label: c } : c;
          return (
            <th
              key={col.label}
              scope="col"
              className={`p-2 ${'right' in col && col.right ? 'text-right' : 'text-left'} ${'className' in col ? col.className : ''}`}
            >
              {'hidden' in col && col.hidden ? (
                <span className="sr-only">{col.label}</span>
              ) : 'content' in col && col.content ? (
                col.content
              ) : (
                col.label
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
