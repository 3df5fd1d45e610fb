'use client';
import { useState, useSyncExternalStore } from 'react';

const noop = () => () => undefined;
const currentPermission = () => (typeof Notification === 'undefined' ? 'unsupported' : Notification.permission);
import { Button } from '@/components/ui/button';
import type { RaisedAlert } from './use-alerts';

export function AlertsBar({
  raised,
  muted,
  setMuted,
}: {
  raised: RaisedAlert[];
  muted: boolean;
  setMuted: (m: boolean) => void;
}) {
  // Read after hydration: the server cannot know the browser's notification permission.
  const initial = useSyncExternalStore(noop, currentPermission, () => 'unsupported');
  const [asked, setPermission] = useState<string | null>(null);
  const permission = asked ?? initial;
  return (
    <section aria-label="Alerts" className="flex flex-wrap items-start gap-3 text-sm">
      <Button variant="secondary" aria-pressed={muted} onClick={() => setMuted(!muted)}>
        <span aria-hidden="true">{muted ? '✕' : '♪'}</span> {muted ? 'Sound off' : 'Sound on'}
      </Button>
      {permission === 'default' && (
        <Button variant="secondary" onClick={() => void Notification.requestPermission().then(setPermission)}>
          Desktop alerts
        </Button>
      )}
      <ol aria-live="polite" aria-label="Recent alerts" data-testid="alert-log" className="flex-1 space-y-0.5">
        {raised.slice(0, 3).map((a) => (
          <li key={a.key} data-alert-key={a.key} data-sound={a.sound} className="text-slate-800">
            <span aria-hidden="true">♪</span> {a.text}{' '}
            <span className="text-slate-500">{new Date(a.at).toLocaleTimeString('en-AU')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
