'use client';
import { memo, type MouseEvent, type Ref } from 'react';
import { initialsOf } from '@/lib/waiting/patient-details';
import type { WaitLevel } from '@/lib/waiting/thresholds';
import { PRIORITY_LABEL, STATUS_LABEL } from '@/lib/waiting/labels';
import type { DashboardCaller } from '@/lib/waiting/types';
import { LevelBadge } from './level-badge';
import { TickingDuration } from './ticking-duration';

const ACTION = 'rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50';
const ACKNOWLEDGE = 'rounded bg-red-700 px-2 py-0.5 text-xs font-semibold text-white hover:bg-red-800';

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

function RowImpl({
  caller,
  index,
  ref,
  level,
  queueName,
  reassignedQueueName,
  selected,
  privacy,
  marker,
  clinicName,
  me,
  onSelect,
  onAction,
}: RowProps) {
  const t = caller.triage;
  const mine = t.claimedBy?.id === me;
  const gone = caller.status === 'left' || caller.status === 'ended' || caller.status === 'transferred';
  // A control in the row acts on its caller only: the click does not also select the row.
  const act = (action: RowAction) => (e: MouseEvent) => {
    e.stopPropagation();
    onAction(caller.callId, action);
  };
  const shownName = privacy ? initialsOf(caller.name) : (caller.name ?? 'Unnamed caller');
  const inQueueSince = caller.status === 'on-hold' && caller.onHoldAt ? caller.onHoldAt : caller.joinedAt;
  return (
    <tr
      ref={ref}
      data-index={index}
      aria-rowindex={index + 2}
      id={`caller-${caller.callId}`}
      data-call-id={caller.callId}
      data-level={level}
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      onClick={() => onSelect(caller.callId)}
      className={`border-b border-slate-100 align-top ${selected ? 'bg-sky-50 outline outline-2 -outline-offset-2 outline-brand' : ''} ${gone ? 'text-slate-500' : ''}`}
    >
      <td className="p-2">
        <LevelBadge level={level} />
        {t.escalation && (
          <span
            className="ml-1 inline-block rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white"
            data-testid="escalated"
          >
            <span aria-hidden="true">⚑</span> Escalated
          </span>
        )}
        {t.priority > 0 && (
          <span className="ml-1 inline-block rounded bg-purple-100 px-1.5 py-0.5 text-xs font-semibold text-purple-900">
            <span aria-hidden="true">⬆</span> {PRIORITY_LABEL[t.priority]}
          </span>
        )}
      </td>
      <td className="p-2 font-medium">
        {/* Names come from what patients typed into Coviu: long ones are cut here, whole on hover and in the details. */}
        <button
          type="button"
          title={shownName}
          onClick={act('details')}
          className="block max-w-[18rem] truncate text-left font-medium underline-offset-2 hover:underline focus-visible:underline"
        >
          {shownName}
        </button>
        {marker && (
          <span className="ml-2 rounded bg-sky-100 px-1 text-xs font-semibold text-sky-900">
            {marker === 'new' ? 'New' : 'Changed'}
          </span>
        )}
        {t.note && (
          <span className="ml-1 text-xs text-slate-600" title={t.note}>
            <span aria-hidden="true">✎</span> Note
          </span>
        )}
      </td>
      <td className="p-2">
        {clinicName && (
          <span className="block max-w-[14rem] truncate text-xs text-slate-600" title={clinicName} data-clinic>
            {clinicName}
          </span>
        )}
        <span className="block max-w-[14rem] truncate" title={queueName}>
          {queueName}
        </span>
        {reassignedQueueName && (
          <span className="block max-w-[14rem] truncate text-xs text-slate-600">→ {reassignedQueueName}</span>
        )}
        {t.reassignedPractitioner && (
          <span className="block max-w-[14rem] truncate text-xs text-slate-600">→ {t.reassignedPractitioner.name}</span>
        )}
      </td>
      <td className="p-2">{STATUS_LABEL[caller.status]}</td>
      <td className="p-2 text-right tabular-nums">{gone ? '—' : <TickingDuration since={inQueueSince} />}</td>
      <td className="p-2 text-right tabular-nums">
        <TickingDuration since={caller.arrivedAt} until={gone ? caller.endedAt : null} />
      </td>
      <td className="p-2 text-sm">
        {t.claimedBy ? mine ? 'You' : t.claimedBy.name : <span className="text-slate-500">—</span>}
        {t.admission && (
          <span className="block text-xs">
            Admitted to {t.admission.practitioner.name} ({t.admission.mode === 'room' ? 'room' : 'joins in Coviu'})
            {t.admission.joinedAt ? ' · joined' : ''}
          </span>
        )}
      </td>
      <td className="p-2 text-right">
        {!gone && (
          <span className="inline-flex flex-wrap justify-end gap-1">
            {t.escalation && (
              <button type="button" className={ACKNOWLEDGE} onClick={act('acknowledge')}>
                Acknowledge
              </button>
            )}
            <button type="button" className={ACTION} onClick={act('claim')}>
              {mine ? 'Release' : 'Claim'}
            </button>
            <button type="button" className={ACTION} onClick={act('admit')}>
              Admit
            </button>
            <button type="button" className={ACTION} onClick={act('reassign')}>
              Reassign
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}

/** Rows re-render only when their own caller or level changes; their clocks tick by themselves. */
export const CallerRow = memo(RowImpl);
