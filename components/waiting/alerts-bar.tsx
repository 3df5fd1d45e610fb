'use client';
import { Bell, BellOff, BellRing, X } from 'lucide-react';
import { memo, useState, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import {
  askNotificationPermission,
  notificationPermission,
  subscribeNotificationPermission,
} from './notification-permission';
import type { RaisedAlert } from './use-alerts';

/**
 * The sound switch sits in the toolbar; the latest alerts float over the bottom left corner until
 * dismissed, so a new one never pushes the list down.
 */
export const AlertsBar = memo(function AlertsBar({
  raised,
  muted,
  setMuted,
}: {
  raised: RaisedAlert[];
  muted: boolean;
  setMuted: (m: boolean) => void;
}) {
  // Read after hydration: the server cannot know the browser's notification permission.
  const permission = useSyncExternalStore(subscribeNotificationPermission, notificationPermission, () => 'unsupported');
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const shown = raised.filter((a) => !dismissed.has(a.key)).slice(0, 3);
  return (
    <section aria-label="Alerts" className="flex shrink-0 items-center gap-2">
      <Button variant="secondary" size="sm" aria-pressed={muted} onClick={() => setMuted(!muted)}>
        {muted ? <BellOff aria-hidden="true" size={15} /> : <Bell aria-hidden="true" size={15} />}
        {muted ? 'Sound off' : 'Sound on'}
      </Button>
      {permission === 'default' && (
        <Button variant="secondary" size="sm" onClick={() => void askNotificationPermission()}>
          Desktop alerts
        </Button>
      )}
      <ol
        aria-live="polite"
        aria-label="Recent alerts"
        data-testid="alert-log"
        className="fixed bottom-3 left-3 z-30 flex w-[min(26rem,calc(100vw-1.5rem))] flex-col-reverse gap-2 max-sm:bottom-20"
      >
        {shown.map((a) => (
          <li
            key={a.key}
            data-alert-key={a.key}
            data-sound={a.sound}
            className="flex items-start gap-2 rounded-lg border border-line bg-surface px-3 py-2 text-body text-fg shadow-overlay"
          >
            <BellRing aria-hidden="true" size={16} className="mt-0.5 shrink-0 text-wait-warn" />
            <p className="min-w-0 flex-1">
              {a.text} <span className="text-body-sm text-fg-muted">{new Date(a.at).toLocaleTimeString('en-AU')}</span>
            </p>
            <button
              type="button"
              aria-label="Dismiss alert"
              onClick={() => setDismissed((d) => new Set(d).add(a.key))}
              className="-my-1 inline-flex size-target-sm shrink-0 items-center justify-center rounded-md text-fg-muted hover:bg-surface-3"
            >
              <X aria-hidden="true" size={16} />
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
});
