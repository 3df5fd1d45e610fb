'use client';
import { TextField } from '@/components/ui/field';

/** Start now, or at a date and time in the clinic's zone; problems with either are shown on the field. */
export function BookingWhen({
  kind,
  onKind,
  date,
  onDate,
  time,
  onTime,
  timezone,
  errors,
}: {
  kind: 'now' | 'scheduled';
  onKind: (kind: 'now' | 'scheduled') => void;
  date: string;
  onDate: (date: string) => void;
  time: string;
  onTime: (time: string) => void;
  timezone: string;
  errors: { date?: string; time?: string };
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">When</legend>
      <label className="mr-4 text-sm">
        <input type="radio" name="when" checked={kind === 'now'} onChange={() => onKind('now')} className="mr-1" />
        Start now
      </label>
      <label className="text-sm">
        <input
          type="radio"
          name="when"
          checked={kind === 'scheduled'}
          onChange={() => onKind('scheduled')}
          className="mr-1"
        />
        At a time
      </label>
      {kind === 'scheduled' && (
        <div className="grid max-w-md grid-cols-2 gap-2">
          <TextField
            label="Date"
            type="date"
            value={date}
            onChange={(e) => onDate(e.target.value)}
            required
            error={errors.date}
          />
          <TextField
            label="Time"
            type="time"
            value={time}
            onChange={(e) => onTime(e.target.value)}
            required
            hint={`Clinic time (${timezone})`}
            error={errors.time}
          />
        </div>
      )}
    </fieldset>
  );
}
