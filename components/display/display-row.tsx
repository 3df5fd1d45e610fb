import { CircleCheck, OctagonExclamationPoint, TriangleExclamationPoint } from 'lucide-react';
import { TickingDuration } from '@/components/waiting/ticking-duration';
import { LEVEL_LABEL, PRIORITY_LABEL } from '@/lib/waiting/labels';
import type { WaitLevel } from '@/lib/waiting/thresholds';
import type { Priority } from '@/lib/waiting/types';

const LOOK: Record<WaitLevel, { Icon: typeof CircleCheck; className: string }> = {
  ok: { Icon: CircleCheck, className: 'bg-wait-ok-fill text-wait-ok-on-fill' },
  warn: { Icon: TriangleExclamationPoint, className: 'bg-wait-warn-fill text-wait-warn-on-fill' },
  critical: { Icon: OctagonExclamationPoint, className: 'bg-wait-critical-fill text-wait-critical-on-fill' },
};

/** A caller as the wall shows them: only what the display may know, already labelled. */
export interface WallRow {
  callId: string;
  label: string;
  queueId: string | null;
  queue: string;
  priority: Priority;
  since: string;
  level: WaitLevel;
}

/**
 * One caller on the wall, every size in ems of the list's type (set by the fit): the whole row
 * filled with its level's colour, and the level's icon and word beside the wait, so colour is
 * never the only sign. The level word is 0.8em: at the smallest type the fit allows it is as large
 * as the wait must be to read across a room.
 */
export function DisplayRow({ callId, label, queueId, queue, priority, since, level }: WallRow) {
  const { Icon, className } = LOOK[level];
  return (
    <li
      data-call-id={callId}
      data-level={level}
      data-queue={queueId ?? undefined}
      className={`flex min-w-0 items-center gap-[0.4em] rounded-[0.18em] px-[0.4em] py-[0.2em] leading-[1.1] ${className}`}
    >
      <span className="min-w-0 font-bold [overflow-wrap:anywhere]" data-testid="display-name">
        {label}
      </span>
      <span className="line-clamp-2 min-w-0 flex-1 text-[0.55em] leading-[1.05] font-medium break-words">{queue}</span>
      {priority > 0 && (
        <span className="rounded-[0.2em] border-[0.08em] border-current px-[0.3em] text-[0.55em] font-bold uppercase">
          {PRIORITY_LABEL[priority]}
        </span>
      )}
      <span className="text-right font-bold tabular-nums" data-testid="display-wait">
        <TickingDuration since={since} />
      </span>
      <span
        className="flex w-[5.6em] shrink-0 items-center gap-[0.25em] text-[0.8em] font-semibold whitespace-nowrap"
        data-testid="display-level"
      >
        <Icon aria-hidden="true" className="size-[1em] shrink-0" strokeWidth={2.5} />
        {LEVEL_LABEL[level]}
      </span>
    </li>
  );
}
