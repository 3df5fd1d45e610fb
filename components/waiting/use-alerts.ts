'use client';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { type AlertEvent, alertEvents, alertNotice, alertText } from '@/lib/waiting/alerts';
import type { ThresholdSettings } from '@/lib/waiting/thresholds';
import type { DashboardCaller } from '@/lib/waiting/types';
import { notificationPermission } from './notification-permission';

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
 * Claims alerts for this tab, each once across every tab of the browser: the Web Locks API makes
 * the check-and-mark in localStorage atomic between tabs. One read and one write for all of a
 * render's new alerts, however many callers crossed a limit at once.
 */
async function claim(keys: string[]): Promise<Set<string>> {
  const mark = () => {
    const alerted = JSON.parse(localStorage.getItem(ALERTED_KEY) ?? '{}') as Record<string, number>;
    const now = Date.now();
    for (const [k, at] of Object.entries(alerted)) if (now - at > KEEP_MS) delete alerted[k];
    const won = new Set(keys.filter((k) => !alerted[k]));
    for (const k of won) alerted[k] = now;
    if (won.size) localStorage.setItem(ALERTED_KEY, JSON.stringify(alerted));
    return won;
  };
  if (navigator.locks) return navigator.locks.request('waitboard-alerts', async () => mark());
  return mark();
}

const mutedListeners = new Set<() => void>();
const subscribeMuted = (l: () => void) => {
  mutedListeners.add(l);
  return () => mutedListeners.delete(l);
};
// Read from storage once, not on every render: the choice changes only through setMuted.
let mutedChoice: string | null | undefined;
const storedMuted = () => (mutedChoice === undefined ? (mutedChoice = localStorage.getItem(MUTED_KEY)) : mutedChoice);

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
  const stored = useSyncExternalStore(subscribeMuted, storedMuted, () => null);
  const muted = stored === null ? !soundByDefault : stored === 'true';
  // Read when an alert rings, without re-running the alert effect when the switch is flipped.
  const mutedNow = useRef(muted);
  useEffect(() => {
    mutedNow.current = muted;
  }, [muted]);
  const [kept, setKept] = useState<Kept[]>([]);
  const openedAt = useRef(0);
  const tried = useRef(new Set<string>());

  useEffect(() => {
    if (!openedAt.current) openedAt.current = Date.now();
    const events = alertEvents(callers, now, thresholds, { openedAt: openedAt.current, notJoinedAfterMs });
    const fresh = events.filter((e) => !tried.current.has(e.key));
    if (fresh.length) {
      for (const e of fresh) tried.current.add(e.key);
      void claim(fresh.map((e) => e.key)).then((won) => {
        const raised = fresh.filter((e) => won.has(e.key));
        if (raised.length) void raise(raised);
      });
    }

    // Several alerts at once (a burst of callers crossing a limit) ring once.
    async function raise(events: AlertEvent[]) {
      let sound: RaisedAlert['sound'] = 'muted';
      if (!mutedNow.current) {
        sound = await new Audio('/sounds/alert.mp3').play().then(
          () => 'played' as const,
          () => 'blocked' as const,
        );
      }
      const at = Date.now();
      const kept = events.map((event) => {
        const queue = queueName(event.caller.triage.reassignedQueueId ?? event.caller.queueId);
        // No patient name on the desktop: notifications show on screens others can see.
        if (notificationPermission() === 'granted')
          new Notification('Waitboard', { body: alertNotice(event, queue), tag: event.key });
        return { key: event.key, event, queue, at, sound };
      });
      setKept((r) => [...kept.reverse(), ...r].slice(0, 20));
    }
  }, [callers, now, thresholds, queueName, notJoinedAfterMs]);

  const raised = useMemo<RaisedAlert[]>(
    () => kept.map(({ event, queue, ...rest }) => ({ ...rest, text: alertText(event, privacy, queue) })),
    [kept, privacy],
  );

  const setMuted = useCallback((value: boolean) => {
    localStorage.setItem(MUTED_KEY, String(value));
    mutedChoice = String(value);
    mutedListeners.forEach((l) => l());
  }, []);
  return { raised, muted, setMuted };
}
