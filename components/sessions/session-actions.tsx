'use client';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { clinicInstant, clinicParts } from '@/lib/core/clinic-time';
import { checkRescheduleTimes, TIME_RULES } from '@/lib/sessions/booking';
import type { SessionView } from '@/lib/sessions/view';
import { DurationField } from './duration-field';
import type { ZonedTeam } from '@/lib/core/team';
import { useSessionMutation } from './use-session';

const FINISHED_NOTE =
  'This session has finished, so it can no longer be rescheduled, cancelled or joined. What happened is below.';

function RescheduleDialog({ team, session, onClose }: { team: ZonedTeam; session: SessionView; onClose: () => void }) {
  const start = Date.parse(session.startTime);
  const end = Date.parse(session.endTime);
  const [date, setDate] = useState(clinicParts(start, team.timezone).date);
  const [time, setTime] = useState(clinicParts(start, team.timezone).time);
  const [minutes, setMinutes] = useState(Math.round((end - start) / 60_000));
  const [problem, setProblem] = useState<string | null>(null);
  const started = session.state === 'in-progress';
  const save = useSessionMutation<{ date: string; time: string; durationMinutes: number }>(
    team.id,
    session.id,
    'PATCH',
    (body) => ({ body }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = clinicInstant(date, time, team.timezone)?.getTime();
    const found =
      next === undefined
        ? TIME_RULES.noSuchTime
        : checkRescheduleTimes({ start, end }, { start: next, end: next + minutes * 60_000 }, started, Date.now());
    setProblem(found);
    if (!found) save.mutate({ date, time, durationMinutes: minutes }, { onSuccess: onClose });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      {(problem || save.error) && <Notice tone="error">{problem ?? (save.error as Error).message}</Notice>}
      {started && <p className="text-sm text-slate-700">{TIME_RULES.startedStart}</p>}
      <div className="grid grid-cols-2 gap-2">
        <TextField
          label="New date"
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          disabled={started}
        />
        <TextField
          label="New time"
          type="time"
          value={time}
          onChange={(e) => setTime(e.target.value)}
          disabled={started}
          hint={`Clinic time (${team.timezone})`}
        />
      </div>
      <DurationField minutes={minutes} onChange={setMinutes} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Keep as it is
        </Button>
        <Button type="submit" disabled={save.isPending}>
          Save new time
        </Button>
      </div>
    </form>
  );
}

/**
 * Only the actions that can still happen: a finished or cancelled session offers none, and says
 * so in one line; a session under way can still be moved (its end) but no longer cancelled.
 */
export function SessionActions({ team, session }: { team: ZonedTeam; session: SessionView }) {
  const [open, setOpen] = useState<'reschedule' | 'cancel' | null>(null);
  const cancel = useSessionMutation<void>(team.id, session.id, 'DELETE', () => ({}));
  const { reschedule: rescheduleReason, cancel: cancelReason } = session.permissions;
  // Cancelling removes the button that had focus: the keyboard lands on what happened instead.
  const closed = useRef<HTMLParagraphElement>(null);
  const [cancelledHere, setCancelledHere] = useState(false);
  useEffect(() => {
    if (cancelledHere && session.state === 'cancelled') closed.current?.focus();
  }, [cancelledHere, session.state]);
  if (session.state === 'finished' || session.state === 'cancelled')
    return (
      <p ref={closed} tabIndex={-1} className="text-body text-fg-muted outline-none" data-testid="closed-reason">
        {session.state === 'finished' ? FINISHED_NOTE : cancelReason}
      </p>
    );
  return (
    <div className="flex flex-wrap items-center gap-3">
      {!rescheduleReason && (
        <Button variant="secondary" onClick={() => setOpen('reschedule')}>
          Reschedule
        </Button>
      )}
      {!cancelReason && (
        <Button variant="danger" onClick={() => setOpen('cancel')}>
          Cancel session
        </Button>
      )}
      {cancelReason && (
        <p className="text-body text-fg-muted" data-testid="closed-reason">
          {cancelReason}
        </p>
      )}
      <Dialog open={open === 'reschedule'} title="Reschedule the session" onClose={() => setOpen(null)}>
        <RescheduleDialog team={team} session={session} onClose={() => setOpen(null)} />
      </Dialog>
      <ConfirmDialog
        open={open === 'cancel'}
        title="Cancel this session?"
        confirmLabel="Yes, cancel it"
        cancelLabel="Keep the session"
        onConfirm={async () => {
          await cancel.mutateAsync(undefined);
          setCancelledHere(true);
          setOpen(null);
        }}
        onCancel={() => setOpen(null)}
      >
        Nobody will be able to join, and Coviu cannot undo a cancellation. The entry links already sent stop working.
      </ConfirmDialog>
    </div>
  );
}
