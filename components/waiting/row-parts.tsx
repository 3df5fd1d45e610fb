'use client';
import { ChevronsUp, Flag, StickyNote } from 'lucide-react';
import { Focusable } from 'react-aria-components';
import { TooltipTip, TruncatedText } from '@/components/ui/truncated-text';
import { PRIORITY_LABEL } from '@/lib/waiting/labels';
import type { DashboardCaller } from '@/lib/waiting/types';
import { AdmissionStatus } from './admission-status';
import { ClaimStatus } from './claim-status';

const CHIP = 'inline-flex h-6 shrink-0 items-center gap-1 rounded-md px-1.5 text-label whitespace-nowrap';

/** The caller's name (opens their details) followed by what marks them out, all on one line. */
export function CallerCell({
  caller,
  shownName,
  marker,
  onDetails,
}: {
  caller: DashboardCaller;
  shownName: string;
  marker: 'new' | 'changed' | null;
  onDetails: () => void;
}) {
  const t = caller.triage;
  const button = (
    <button
      type="button"
      title={shownName}
      onClick={(e) => {
        e.stopPropagation();
        onDetails();
      }}
      className="min-w-0 truncate rounded-sm text-left font-semibold underline-offset-2 hover:underline focus-visible:underline"
    >
      {shownName}
    </button>
  );
  return (
    <span className="flex min-w-0 items-center gap-1.5">
      {/* Names come from what patients typed into Coviu: long ones are cut here, whole in a tooltip and in the details. */}
      {shownName.length > 24 ? (
        <TooltipTip text={shownName}>
          <Focusable>{button}</Focusable>
        </TooltipTip>
      ) : (
        button
      )}
      {marker && (
        <span className={`${CHIP} bg-state-waiting-bg text-state-waiting`}>{marker === 'new' ? 'New' : 'Changed'}</span>
      )}
      {t.priority > 0 && (
        <span className={`${CHIP} bg-wait-warn-bg text-wait-warn`}>
          <ChevronsUp aria-hidden="true" size={14} /> {PRIORITY_LABEL[t.priority]}
        </span>
      )}
      {t.escalation && (
        <span className={`${CHIP} bg-state-escalated text-state-escalated-fg`} data-testid="escalated">
          <Flag aria-hidden="true" size={13} /> Escalated
        </span>
      )}
      {t.note && (
        <span className={`${CHIP} text-fg-muted`} title={t.note}>
          <StickyNote aria-hidden="true" size={14} /> Note
        </span>
      )}
    </span>
  );
}

export function handledByText(caller: DashboardCaller, me: string): string | null {
  const t = caller.triage;
  const parts: string[] = [];
  if (t.claimedBy) parts.push(t.claimedBy.id === me ? 'You' : t.claimedBy.name);
  if (t.admission) {
    const how = t.admission.mode === 'room' ? 'room' : 'joins in Coviu';
    parts.push(`Admitted to ${t.admission.practitioner.name} (${how})${t.admission.joinedAt ? ' · joined' : ''}`);
  }
  return parts.length ? parts.join(' · ') : null;
}

/**
 * Who has the caller, on one line: the claim with its owner and time left (or its lapse), then any
 * admission with its not-joined state; the whole text on hover and in the details.
 */
export function HandledByCell({ caller, me, active }: { caller: DashboardCaller; me: string; active: boolean }) {
  const t = caller.triage;
  if (!t.claimedBy && !t.admission && !(active && t.lapsedClaim))
    return <span className="text-fg-subtle @max-3xl:hidden">—</span>;
  const line = (
    <span className="flex min-w-0 items-center gap-2 whitespace-nowrap">
      {(t.claimedBy || t.lapsedClaim) && <ClaimStatus teamId={caller.teamId} triage={t} me={me} active={active} />}
      <AdmissionStatus triage={t} active={active} />
    </span>
  );
  // An admission's words rarely fit: the whole of them on keyboard focus too, not only on hover.
  const whole = handledByText(caller, me);
  if (!whole || whole.length <= 22) return line;
  return (
    <TooltipTip text={whole}>
      <Focusable>
        <span role="note" tabIndex={0} className="block min-w-0 rounded-sm">
          {line}
        </span>
      </Focusable>
    </TooltipTip>
  );
}

export function queueText(queueName: string, reassignedQueueName: string | null, caller: DashboardCaller): string {
  const to = [reassignedQueueName, caller.triage.reassignedPractitioner?.name].filter(Boolean);
  return to.length ? `${queueName} → ${to.join(', ')}` : queueName;
}

export { TruncatedText };
