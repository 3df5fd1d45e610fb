'use client';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { type AlertEvent, alertEvents, alertNotice, alertText } from '@/lib/waiting/alerts';
import type { ThresholdSettings } from '@/lib/waiting/thresholds';
import type { DashboardCaller } from '@/lib/waiting/types';

const ALERTED_KEY = 'waitboard:alerted';
const MUTED_KEY = 'waitboard:muted';
const KEEP_MS = 24 * 3_600_000;

export interface RaisedAlert {
  key: string;
  /** Names the caller: whole, or initials while names are hidden (worded afresh when that changes). */
  text: string;
  at: number;
  sound: 'played' | 'muted' | 'blocked';
}

/** What is kept of a raised alert: the event and its queue as they were, worded when shown. */
interface Kept extends Omit<RaisedAlert, 'text'> {
  event: AlertEvent;
  queue: string;
}

/**
 * Claims an alert for this tab, once across every tab of the browser: the Web Locks API makes the
 * check-and-mark in localStorage atomic between tabs.
 */
async function claim(key: string): Promise<boolean> {
  const mark = () => {
    const alerted = JSON.parse(localStorage.getItem(ALERTED_KEY) ?? '{}') as Record<string, number>;
    if (alerted[key]) return false;
    const now = Date.now();
    for (const [k, at] of Object.entries(alerted)) if (now - at > KEEP_MS) delete alerted[k];
    alerted[key] = now;
    localStorage.setItem(ALERTED_KEY, JSON.stringify(alerted));
    return true;
  };
  if (navigator.locks) return navigator.locks.request('waitboard-alerts', async () => mark());
  return mark();
}

const mutedListeners = new Set<() => void>();
const subscribeMuted = (l: () => void) => {
  mutedListeners.add(l);
  return () => mutedListeners.delete(l);
};

export function useAlerts(
  callers: DashboardCaller[],
  now: number,
  thresholds: ThresholdSettings,
  queueName: (id: string | null) => string,
  notJoinedAfterMs: number,
  soundByDefault = true,
  privacy = false,
) {
  // A person's own choice wins; until they make one, the clinic's setting decides.
  const stored = useSyncExternalStore(
    subscribeMuted,
    () => localStorage.getItem(MUTED_KEY),
    () => null,
  );
  const muted = stored === null ? !soundByDefault : stored === 'true';
  const [kept, setKept] = useState<Kept[]>([]);
  const openedAt = useRef(0);
  const tried = useRef(new Set<string>());

  useEffect(() => {
    if (!openedAt.current) openedAt.current = Date.now();
    const events = alertEvents(callers, now, thresholds, { openedAt: openedAt.current, notJoinedAfterMs });
    for (const event of events) {
      if (tried.current.has(event.key)) continue;
      tried.current.add(event.key);
      void claim(event.key).then((won) => {
        if (won) void raise(event);
      });
    }

    async function raise(event: AlertEvent) {
      const queue = queueName(event.caller.triage.reassignedQueueId ?? event.caller.queueId);
      let sound: RaisedAlert['sound'] = 'muted';
      if (localStorage.getItem(MUTED_KEY) !== 'true') {
        sound = await new Audio('/sounds/alert.mp3').play().then(
          () => 'played' as const,
          () => 'blocked' as const,
        );
      }
      // No patient name on the desktop: notifications show on screens others can see.
      if (typeof Notification !== 'undefined' && Notification.permission === 'granted')
        new Notification('Waitboard', { body: alertNotice(event, queue), tag: event.key });
      setKept((r) => [{ key: event.key, event, queue, at: Date.now(), sound }, ...r].slice(0, 20));
    }
  }, [callers, now, thresholds, queueName, notJoinedAfterMs]);

  const raised = useMemo<RaisedAlert[]>(
    () => kept.map(({ event, queue, ...rest }) => ({ ...rest, text: alertText(event, privacy, queue) })),
    [kept, privacy],
  );

  const setMuted = (value: boolean) => {
    localStorage.setItem(MUTED_KEY, String(value));
    mutedListeners.forEach((l) => l());
  };
  return { raised, muted, setMuted };
}
