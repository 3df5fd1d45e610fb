'use client';
import { useSyncExternalStore } from 'react';
import { useServerNow } from '@/components/live/server-clock';
import { clinicClock } from '@/lib/display/clock';

const noSubscription = () => () => undefined;

/**
 * The clinic's time with its zone, so a TV set to another zone (or none) still shows the clinic's
 * day. Written only once hydrated: the server's render would carry the server module's frozen
 * clock, and React keeps a suppressed mismatch on screen until the minute changes again.
 */
export function ClinicClock({ timezone, className }: { timezone: string; className?: string }) {
  const now = useServerNow();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <p className={className} data-testid="display-clock">
      <span className="sr-only">Clinic time </span>
      {hydrated ? clinicClock(now, timezone) : ''}
    </p>
  );
}
