'use client';
import { useServerNow } from '@/components/live/server-clock';
import { clinicClock } from '@/lib/display/clock';

/** The clinic's time with its zone, so a TV set to another zone (or none) still shows the clinic's day. */
export function ClinicClock({ timezone, className }: { timezone: string; className?: string }) {
  const now = useServerNow();
  return (
    <p className={className} data-testid="display-clock" suppressHydrationWarning>
      <span className="sr-only">Clinic time </span>
      {clinicClock(now, timezone)}
    </p>
  );
}
