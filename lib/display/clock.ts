const formats = new Map<string, Intl.DateTimeFormat>();

/** "9:41 am AEST": the clinic's wall-clock time with its zone, whatever the TV's own zone is. */
export function clinicClock(at: number, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-AU', { timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
    formats.set(timeZone, f);
  }
  return f.format(new Date(at));
}
