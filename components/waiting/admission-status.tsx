'use client';
import { CircleCheck, DoorOpen, Flag, FlagOff, UserCheck } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { onTick } from '@/components/live/page-clock';
import { serverNow } from '@/components/live/server-clock';
import { shortStaffName } from '@/lib/waiting/staff-name';
import type { Admission, Triage } from '@/lib/waiting/types';

type EscalationState = { state: 'posted' | 'acknowledged' | 'closed' | 'none'; text: string };

/** Whether this admission's "not joined" was escalated to the clinic's chat, and who answered it. */
function escalationOf(admission: Admission, triage: Triage): EscalationState {
  const e = triage.lastEscalation;
  if (!e || e.kind !== 'not-joined' || Date.parse(e.since) < Date.parse(admission.admittedAt))
    return { state: 'none', text: 'not escalated' };
  if (!e.acknowledgedAt) return { state: 'posted', text: 'escalation posted' };
  if (e.acknowledgedBy)
    return { state: 'acknowledged', text: `acknowledged by ${shortStaffName(e.acknowledgedBy.name)}` };
  return { state: 'closed', text: 'escalation closed' };
}

/** "6 min" since the admission, kept current by the page's one clock writing the text. */
function SinceAdmitted({ since }: { since: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const start = Date.parse(since);
    const write = () => {
      const minutes = Math.floor((serverNow() - start) / 60_000);
      if (ref.current) ref.current.textContent = minutes < 1 ? 'under 1 min' : `${minutes} min`;
    };
    write();
    return onTick(write);
  }, [since]);
  return <span ref={ref} suppressHydrationWarning />;
}

/**
 * The admission on the caller's row: to whom, and, until the practitioner joins in Coviu, for how
 * long nobody has, with the escalation's state in words (icon and words, never colour alone).
 */
export function AdmissionStatus({ triage, active }: { triage: Triage; active: boolean }) {
  const admission = triage.admission;
  if (!admission) return null;
  const to = `Admitted to ${admission.practitioner.name}`;
  if (admission.mode === 'room' || admission.joinedAt || !active) {
    const how = admission.mode === 'room' ? 'room' : admission.joinedAt ? 'joined' : 'not joined';
    const text = admission.mode === 'room' ? `${to} (room)` : `${to} · ${how}`;
    return (
      <span className="flex min-w-0 items-center gap-1" data-testid="admission-status" data-state={how}>
        {admission.mode === 'room' && <DoorOpen aria-hidden="true" className="size-3.5 shrink-0" />}
        {admission.joinedAt && <CircleCheck aria-hidden="true" className="size-3.5 shrink-0" />}
        <span className="truncate" title={text}>
          {text}
        </span>
      </span>
    );
  }
  const escalation = escalationOf(admission, triage);
  const Icon = escalation.state === 'posted' ? Flag : escalation.state === 'acknowledged' ? UserCheck : FlagOff;
  const tone = escalation.state === 'posted' ? 'text-wait-critical' : 'text-wait-warn';
  return (
    <span
      className={`flex min-w-0 items-center gap-1 font-medium ${tone}`}
      data-testid="admission-status"
      data-state="not-joined"
      data-escalation={escalation.state}
    >
      <Icon aria-hidden="true" className="size-3.5 shrink-0" />
      <span className="truncate" title={`${to}, not joined in Coviu yet; ${escalation.text}`}>
        {to} · not joined <SinceAdmitted since={admission.admittedAt} /> · {escalation.text}
      </span>
    </span>
  );
}
