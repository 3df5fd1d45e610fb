/** A table's column headings; a column given as `{ label, hidden: true }` is for screen readers only. */
export function TableHead({ columns }: { columns: (string | { label: string; hidden?: boolean; right?: boolean })[] }) {
  return (
    <thead className="border-b border-slate-200 text-slate-600">
      <tr>
        {columns.map((c) => {
          const col = typeof c === 'string' ? { label: c } : c;
          return (
            <th key={col.label} scope="col" className={`p-2 ${'right' in col && col.right ? 'text-right' : ''}`}>
              {'hidden' in col && col.hidden ? <span className="sr-only">{col.label}</span> : col.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
