'use client';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { WaitLevel } from '@/lib/waiting/thresholds';
import type { DashboardCaller } from '@/lib/waiting/types';
import { CallerRow, type RowProps } from './caller-row';

/** Past this many callers only the rows near the screen are rendered; fewer are all in the page. */
const VIRTUALIZE_FROM = 100;
const ROW_PX = 37;

/** On a phone the table is a list of cards (see caller-row). */
const BODY = '@max-3xl:block';

/** Set only by `npm run bench` (bench/console-render.bench.ts), to measure the page with every row rendered. */
const BENCH_OVERRIDE_KEY = 'waitboard:bench:virtualize-from';

function virtualizeFrom(): number {
  if (typeof window === 'undefined') return VIRTUALIZE_FROM;
  const override = Number(window.localStorage.getItem(BENCH_OVERRIDE_KEY));
  return Number.isInteger(override) && override > 0 ? override : VIRTUALIZE_FROM;
}

type Shared = Omit<
  RowProps,
  'caller' | 'index' | 'ref' | 'level' | 'queueName' | 'reassignedQueueName' | 'selected' | 'marker' | 'clinicName'
>;

interface Props extends Shared {
  callers: DashboardCaller[];
  levelOf: (c: DashboardCaller) => WaitLevel;
  queueName: (id: string | null) => string;
  markerOf: (c: DashboardCaller) => 'new' | 'changed' | null;
  selectedId: string | null;
  /** The caller's clinic, when several are on screen ("All my teams"); null when one is. */
  clinicOf?: ((teamId: string) => string | null) | null;
}

export function CallerTableBody({ callers, levelOf, queueName, markerOf, selectedId, clinicOf, ...shared }: Props) {
  const row = (c: DashboardCaller, index: number, measure?: (el: HTMLTableRowElement | null) => void) => (
    <CallerRow
      key={c.callId}
      ref={measure}
      index={index}
      caller={c}
      level={levelOf(c)}
      queueName={queueName(c.queueId)}
      reassignedQueueName={c.triage.reassignedQueueId ? queueName(c.triage.reassignedQueueId) : null}
      selected={c.callId === selectedId}
      marker={markerOf(c)}
      clinicName={clinicOf ? clinicOf(c.teamId) : null}
      {...shared}
    />
  );
  if (callers.length < virtualizeFrom()) return <tbody className={BODY}>{callers.map((c, i) => row(c, i))}</tbody>;
  return <VirtualBody callers={callers} row={row} selectedId={selectedId} />;
}

function VirtualBody({
  callers,
  row,
  selectedId,
}: {
  callers: DashboardCaller[];
  row: (c: DashboardCaller, index: number, measure?: (el: HTMLTableRowElement | null) => void) => React.ReactNode;
  selectedId: string | null;
}) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    setOffset(body.current ? body.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: callers.length,
    estimateSize: () => ROW_PX,
    overscan: 10,
    scrollMargin: offset,
  });
  const selectedIndex = callers.findIndex((c) => c.callId === selectedId);
  useEffect(() => {
    // Keyboard moves (j/k) may select a row that is not rendered yet.
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const before = items.length ? items[0]!.start - offset : 0;
  const after = items.length ? virtualizer.getTotalSize() - (items.at(-1)!.end - offset) : 0;
  return (
    <tbody ref={body} className={BODY}>
      {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
      {items.map((item) => row(callers[item.index]!, item.index, virtualizer.measureElement))}
      {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
    </tbody>
  );
}
