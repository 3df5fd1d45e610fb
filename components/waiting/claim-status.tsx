'use client';
import { Clock, TimerOff } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { onTick } from '@/components/live/page-clock';
import { serverNow } from '@/components/live/server-clock';
import { shortStaffName } from '@/lib/waiting/staff-name';
import { useClinicZone } from './clinic-zone';
import type { Triage } from '@/lib/waiting/types';

const minutesLeft = (until: number, now: number) => `${Math.max(1, Math.ceil((until - now) / 60_000))} min left`;
const clockTime = (iso: string, timeZone: string | undefined) =>
  new Date(iso).toLocaleTimeString('en-AU', { hour: 'numeric', minute: '2-digit', timeZone });

/**
 * Who is handling the caller and for how long: "You · 7 min left", "Sam R. · until 10:42 am" (the clinic's time), or
 * "Claim lapsed (was Sam R.)". The minutes come from the page's one clock, written straight into
 * the text (no render per tick); the row renders once more when the claim runs out. A lapse seen
 * here stays shown until the claim changes, whatever later clock corrections say.
 */
export function ClaimStatus({
  teamId,
  triage,
  me,
  active,
}: {
  teamId: string;
  triage: Triage;
  me: string;
  active: boolean;
}) {
  const { claimedBy, claimedUntil, lapsedClaim } = triage;
  const zone = useClinicZone(teamId);
  const left = useRef<HTMLSpanElement>(null);
  const [ranOut, setRanOut] = useState<string | null>(null);
  const lapsedHere = claimedBy && claimedUntil && ranOut === claimedUntil;

  useEffect(() => {
    if (!claimedBy || !claimedUntil || !active) return;
    const until = Date.parse(claimedUntil);
    const write = () => {
      const now = serverNow();
      if (now >= until) setRanOut(claimedUntil);
      else if (left.current) left.current.textContent = minutesLeft(until, now);
    };
    write();
    return onTick(write);
  }, [claimedBy, claimedUntil, active]);

  const lapsedOwner = lapsedHere ? claimedBy : !claimedBy && active ? lapsedClaim?.by : null;
  if (lapsedOwner)
    return (
      <span
        className="inline-flex min-w-0 items-center gap-1 font-medium text-wait-warn"
        data-testid="claim-status"
        data-state="lapsed"
        role="status"
      >
        <TimerOff aria-hidden="true" className="size-3.5 shrink-0" />
        <span className="truncate" title={`Claim lapsed (was ${lapsedOwner.name})`}>
          Claim lapsed (was {shortStaffName(lapsedOwner.name)})
        </span>
      </span>
    );
  if (!claimedBy || !claimedUntil) return <span className="text-fg-subtle">—</span>;
  const mine = claimedBy.id === me;
  return (
    <span
      className="inline-flex min-w-0 shrink-0 items-center gap-1"
      data-testid="claim-status"
      data-state={mine ? 'mine' : 'other'}
    >
      <Clock aria-hidden="true" className="size-3.5 shrink-0 text-state-claimed" />
      <span
        className="truncate"
        title={`${claimedBy.name}, claimed until ${clockTime(claimedUntil, zone)}${zone ? ` (${zone})` : ''}`}
      >
        {mine ? 'You' : shortStaffName(claimedBy.name)} ·{' '}
        {mine ? (
          <span ref={left} suppressHydrationWarning>
            {minutesLeft(Date.parse(claimedUntil), serverNow())}
          </span>
        ) : (
          <span suppressHydrationWarning>until {clockTime(claimedUntil, zone)}</span>
        )}
      </span>
    </span>
  );
}
