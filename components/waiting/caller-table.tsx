'use client';
import type { ComponentProps } from 'react';
import { TableHead } from '@/components/ui/table-head';
import { CallerTableBody } from './caller-table-body';

const COLUMNS = [
  'Wait',
  'Caller',
  'Queue',
  'Status',
  { label: 'In queue', right: true },
  { label: 'Since arrival', right: true },
  'Handled by',
  { label: 'Actions', hidden: true },
];

/** The callers' table, most urgent first, scrolling sideways inside its own box on narrow screens. */
export function CallerTable(props: ComponentProps<typeof CallerTableBody>) {
  return (
    <div className="overflow-x-auto rounded-lg shadow-sm">
      <table
        data-caller-list
        className="w-full min-w-[56rem] bg-white text-left text-sm"
        aria-rowcount={props.callers.length + 1}
      >
        <caption className="sr-only">Callers, most urgent first. Use j and k to move, ? for shortcuts.</caption>
        <TableHead columns={COLUMNS} />
        <CallerTableBody {...props} />
      </table>
    </div>
  );
}
