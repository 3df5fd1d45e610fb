'use client';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { DashboardTeam } from '@/lib/core/team';
import type { TriageAction } from '@/lib/waiting/triage-action';
import { PRIORITY_LABEL } from '@/lib/waiting/labels';
import { SHORTCUTS } from '@/lib/waiting/shortcuts';
import type { DashboardCaller, Priority } from '@/lib/waiting/types';
import { CopyButton } from '@/components/ui/copy-button';
import { PractitionerPicker } from '@/components/practitioners/practitioner-picker';
import { SendGuestLink } from '@/components/practitioners/send-guest-link';

export type DialogKind = 'admit' | 'reassign' | 'priority' | 'note' | 'help';

interface Props {
  kind: DialogKind | null;
  caller: DashboardCaller | null;
  team: DashboardTeam | null;
  pending: boolean;
  error: string | null;
  onSubmit: (action: TriageAction) => void;
  onClose: () => void;
  /** The clinic's default admission mode (settings); the dialog starts on it. */
  defaultMode?: 'route' | 'room';
}

const TITLES: Record<DialogKind, string> = {
  admit: 'Admit to a practitioner',
  reassign: 'Reassign',
  priority: 'Set priority',
  note: 'Note',
  help: 'Keyboard shortcuts',
};

export function ActionDialogs({
  kind,
  caller,
  team,
  pending,
  error,
  onSubmit,
  onClose: close,
  defaultMode = 'route',
}: Props) {
  const [chosenMode, setMode] = useState<'route' | 'room' | null>(null);
  const mode = chosenMode ?? defaultMode;
  // Closed, it renders nothing: the console re-renders on every update and this need not.
  if (kind === null) return null;
  const onClose = () => {
    setMode(null);
    close();
  };
  const admission = caller?.triage.admission;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (kind === 'admit') onSubmit({ type: 'admit', practitionerId: String(form.get('practitionerId')), mode });
    if (kind === 'reassign') {
      const queueId = String(form.get('queueId') ?? '');
      const practitionerId = String(form.get('practitionerId') ?? '');
      onSubmit({ type: 'reassign', queueId: queueId || null, practitionerId: practitionerId || null });
    }
    if (kind === 'priority') onSubmit({ type: 'priority', priority: Number(form.get('priority')) as Priority });
    if (kind === 'note') onSubmit({ type: 'note', note: String(form.get('note') ?? '') });
  }

  const body = () => {
    if (kind === 'help') {
      return (
        <dl className="grid grid-cols-2 gap-1 text-sm">
          {SHORTCUTS.map((s) => (
            <div key={s.command} className="contents">
              <dt>
                <kbd className="rounded border border-line-strong bg-surface-2 px-1.5 font-mono text-body-sm">
                  {s.label}
                </kbd>
              </dt>
              <dd>{s.description}</dd>
            </div>
          ))}
        </dl>
      );
    }
    if (!caller || !team) return null;
    if (kind === 'admit' && admission?.mode === 'room' && admission.hostUrl) {
      return (
        <div className="space-y-3" data-testid="room-links">
          <Notice tone="success">
            Room ready with {admission.practitioner.name}. Send each person their own link.
          </Notice>
          {[
            ['Practitioner (host) link', admission.hostUrl, 'host link'],
            ['Caller (guest) link', admission.guestUrl, 'guest link'],
          ].map(([label, url, copy]) => (
            <div key={label}>
              <p className="text-sm font-medium">{label}</p>
              <p className="flex items-center gap-2">
                <a
                  href={url ?? '#'}
                  target="_blank"
                  rel="noreferrer"
                  className="min-w-0 truncate text-body text-brand underline"
                >
                  {url}
                </a>
                <CopyButton text={url ?? ''} label={copy!} />
              </p>
            </div>
          ))}
          <SendGuestLink teamId={caller.teamId} callId={caller.callId} />
          <Button onClick={onClose}>Done</Button>
        </div>
      );
    }
    return (
      <form onSubmit={submit} className="space-y-3">
        {kind === 'admit' && (
          <>
            <PractitionerPicker
              teamId={team.id}
              fallback={team.practitioners}
              required
              defaultValue={caller.triage.reassignedPractitioner?.id ?? ''}
            />
            <fieldset>
              <legend className="text-sm font-medium">How they meet</legend>
              <label className="flex min-h-target items-center gap-2 text-body">
                <input type="radio" name="mode" checked={mode === 'route'} onChange={() => setMode('route')} /> The
                practitioner joins the caller in Coviu
              </label>
              <label className="flex min-h-target items-center gap-2 text-body">
                <input type="radio" name="mode" checked={mode === 'room'} onChange={() => setMode('room')} /> Open a new
                room with two entry links
              </label>
            </fieldset>
          </>
        )}
        {kind === 'reassign' && (
          <>
            <SelectField label="Queue" name="queueId" defaultValue={caller.triage.reassignedQueueId ?? ''}>
              <option value="">Where Coviu has them</option>
              {team.queues
                .filter((q) => q.id !== caller.queueId)
                .map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.name}
                  </option>
                ))}
            </SelectField>
            <PractitionerPicker
              teamId={team.id}
              fallback={team.practitioners}
              emptyLabel="Anyone"
              defaultValue={caller.triage.reassignedPractitioner?.id ?? ''}
            />
          </>
        )}
        {kind === 'priority' && (
          <fieldset>
            <legend className="text-sm font-medium">Priority</legend>
            {([0, 1, 2] as Priority[]).map((p) => (
              <label key={p} className="flex min-h-target items-center gap-2 text-body">
                <input type="radio" name="priority" value={p} defaultChecked={caller.triage.priority === p} />{' '}
                {PRIORITY_LABEL[p]}
              </label>
            ))}
          </fieldset>
        )}
        {kind === 'note' && (
          <div>
            <label htmlFor="caller-note" className="block text-sm font-medium">
              Note for the team (not sent to Coviu)
            </label>
            <textarea
              id="caller-note"
              name="note"
              maxLength={500}
              rows={3}
              defaultValue={caller.triage.note ?? ''}
              className="mt-1 w-full rounded-md border border-line-strong bg-surface p-2 text-body text-fg"
            />
          </div>
        )}
        {error && <Notice tone="error">{error}</Notice>}
        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>
            {pending ? 'Saving…' : 'Save'}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    );
  };

  return (
    <Dialog
      open={kind !== null}
      title={kind ? `${TITLES[kind]}${caller && kind !== 'help' ? `: ${caller.name ?? 'caller'}` : ''}` : ''}
      onClose={onClose}
    >
      {body()}
    </Dialog>
  );
}
