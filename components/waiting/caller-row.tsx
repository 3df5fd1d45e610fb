'use client';
import { memo, type Ref } from 'react';
import { initialsOf } from '@/lib/waiting/patient-details';
import type { WaitLevel } from '@/lib/waiting/thresholds';
import type { DashboardCaller } from '@/lib/waiting/types';
import { LevelBadge } from './level-badge';
import { RowActions } from './row-actions';
import { CallerCell, HandledByCell, queueText, TruncatedText } from './row-parts';
import { isActionable, isGone, StateBadge } from './state-badge';
import { TickingDuration } from './ticking-duration';

export type RowAction = 'claim' | 'admit' | 'reassign' | 'priority' | 'note' | 'acknowledge' | 'details';

export interface RowProps {
  caller: DashboardCaller;
  /** Position in the whole list (for screen readers when only part of it is rendered). */
  index: number;
  ref?: Ref<HTMLTableRowElement>;
  level: WaitLevel;
  queueName: string;
  reassignedQueueName: string | null;
  selected: boolean;
  privacy: boolean;
  marker: 'new' | 'changed' | null;
  /** Shown when callers of several clinics are on one screen. */
  clinicName?: string | null;
  me: string;
  onSelect: (callId: string) => void;
  onAction: (callId: string, action: RowAction) => void;
}

// A wide table is one line per caller; under 768 px of table (a phone) each row is a card:
// name and level, then state, wait and who has them, then the actions.
const CARD =
  '@max-3xl:grid @max-3xl:grid-cols-[auto_auto_minmax(0,1fr)] @max-3xl:items-center @max-3xl:gap-x-2 @max-3xl:gap-y-1.5 @max-3xl:px-3 @max-3xl:py-2.5 @max-3xl:[grid-template-areas:"name_name_level"_"state_wait_who"_"act_act_act"]';
const CELL = 'px-2 py-px align-middle @max-3xl:p-0';
const TD = `${CELL} @max-3xl:block`;

/** The row itself: where it sits in the list and whether it is selected. Cheap, so it may re-render
 * whenever the list shifts; its cells (below) re-render only when their caller or level changes. */
function RowImpl({ index, ref, selected, onSelect, ...cells }: RowProps) {
  const { caller, level } = cells;
  const gone = isGone(caller.status);
  const look = selected
    ? 'bg-selected outline-2 -outline-offset-2 outline-focus'
    : gone
      ? 'bg-surface-2 text-fg-muted'
      : 'bg-surface hover:bg-surface-2';
  return (
    <tr
      ref={ref}
      data-index={index}
      aria-rowindex={index + 2}
      id={`caller-${caller.callId}`}
      data-call-id={caller.callId}
      data-level={level}
      data-state={caller.status}
      data-gone={gone || undefined}
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      onClick={() => onSelect(caller.callId)}
      className={`border-b border-line text-body @3xl:h-[2.125rem] ${look} ${CARD}`}
    >
      <RowCells {...cells} />
    </tr>
  );
}

type CellProps = Omit<RowProps, 'index' | 'ref' | 'selected' | 'onSelect'>;

function CellsImpl({
  caller,
  level,
  queueName,
  reassignedQueueName,
  privacy,
  marker,
  clinicName,
  me,
  onAction,
}: CellProps) {
  const t = caller.triage;
  const actionable = isActionable(caller.status);
  const gone = isGone(caller.status);
  const shownName = privacy ? initialsOf(caller.name) : (caller.name ?? 'Unnamed caller');
  const inQueueSince = caller.status === 'on-hold' && caller.onHoldAt ? caller.onHoldAt : caller.joinedAt;
  return (
    <>
      <td className={`${TD} @max-3xl:justify-self-end @max-3xl:[grid-area:level]`}>
        {actionable ? (
          <LevelBadge level={level} />
        ) : (
          <span className="text-fg-subtle">
            <span aria-hidden="true">—</span>
            <span className="sr-only">Not waiting</span>
          </span>
        )}
      </td>
      <td className={`${TD} overflow-hidden @max-3xl:[grid-area:name]`}>
        <CallerCell
          caller={caller}
          shownName={shownName}
          marker={marker}
          onDetails={() => onAction(caller.callId, 'details')}
        />
      </td>
      <td className={`${CELL} hidden @6xl:table-cell`}>
        {clinicName ? (
          // The queue first (what reception acts on), then the clinic, which gives way when space is short.
          <span className="flex min-w-0 items-baseline gap-1.5">
            <span className="max-w-[65%] shrink-0">
              <TruncatedText text={queueText(queueName, reassignedQueueName, caller)} room={12} />
            </span>
            <span className="min-w-0 truncate text-body-sm text-fg-muted" title={clinicName} data-clinic>
              {clinicName}
            </span>
          </span>
        ) : (
          <TruncatedText text={queueText(queueName, reassignedQueueName, caller)} room={16} />
        )}
      </td>
      <td className={`${TD} @max-3xl:[grid-area:state]`}>
        <StateBadge status={caller.status} />
      </td>
      <td
        className={`${TD} text-right tabular-nums @max-3xl:text-left @max-3xl:[grid-area:wait] @max-3xl:before:text-fg-muted @max-3xl:before:content-['In_queue_']`}
      >
        {actionable ? <TickingDuration since={inQueueSince} /> : '—'}
      </td>
      <td className={`${CELL} hidden text-right tabular-nums @7xl:table-cell`}>
        <TickingDuration since={caller.arrivedAt} until={gone ? caller.endedAt : null} />
      </td>
      <td className={`${TD} overflow-hidden text-body-sm @max-3xl:[grid-area:who]`}>
        <HandledByCell caller={caller} me={me} active={!gone} />
      </td>
      <td className={`${TD} @max-3xl:[grid-area:act]`}>
        <RowActions
          callerName={shownName}
          actionable={actionable}
          escalated={t.escalation !== null}
          mine={t.claimedBy?.id === me}
          onAction={(action) => onAction(caller.callId, action)}
        />
      </td>
    </>
  );
}

export const CallerRow = memo(RowImpl);

/** Cells re-render only when their own caller or level changes (not when the row moves); their
 * clocks tick by themselves. */
const RowCells = memo(CellsImpl);
