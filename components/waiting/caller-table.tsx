'use client';
import type { ComponentProps } from 'react';
import { TableHead } from '@/components/ui/table-head';
import { CallerTableBody } from './caller-table-body';

// Fixed widths (table-fixed reads the header row): an admission's long text or a wrapped badge can
// no longer widen a column. Columns appear as the table's own width allows (container queries, so
// an open drawer counts): Queue from 1152 px, Since arrival from 1280 px; the caller takes the rest.
const H = 'sticky top-0 z-10 bg-surface-2 text-label whitespace-nowrap shadow-[inset_0_-1px_0_var(--wb-line)]';
const COLUMNS = [
  { label: 'Wait', className: `${H} w-[8rem]` },
  { label: 'Caller', className: H },
  { label: 'Queue', className: `${H} hidden w-[10rem] @6xl:table-cell @7xl:w-[14rem]` },
  { label: 'Status', className: `${H} w-[8.5rem]` },
  { label: 'In queue', right: true, className: `${H} w-[5.5rem]` },
  { label: 'Since arrival', right: true, className: `${H} hidden w-[6.5rem] @7xl:table-cell` },
  { label: 'Handled by', className: `${H} w-[9rem] @6xl:w-[11rem]` },
  { label: 'Actions', hidden: true, className: `${H} w-[3rem] @6xl:w-[16rem]` },
];

/** The callers, most urgent first: a fixed table that never scrolls sideways; cards on a phone. */
export function CallerTable(props: ComponentProps<typeof CallerTableBody>) {
  return (
    <div className="@container relative [overflow-x:clip] rounded-lg border border-line bg-surface shadow-sm">
      <table
        data-caller-list
        className="w-full table-fixed text-left @max-3xl:block"
        aria-rowcount={props.callers.length + 1}
      >
        <caption className="sr-only">Callers, most urgent first. Use j and k to move, ? for shortcuts.</caption>
        <TableHead columns={COLUMNS} className="@max-3xl:hidden" />
        <CallerTableBody {...props} />
      </table>
    </div>
  );
}
