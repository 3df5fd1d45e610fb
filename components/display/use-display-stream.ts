'use client';
import { useEffect, useState } from 'react';
import { noteServerTime } from '@/components/live/server-clock';
import { applyChange } from '@/lib/waiting/apply-change';
import { listenToWaitingStream } from '@/components/live/listen-to-waiting-stream';
import type { WaitingSnapshot } from '@/lib/waiting/types';

type DisplayLink = 'connecting' | 'live' | 'reconnecting' | 'revoked';

/**
 * The display's feed: EventSource reconnects by itself (resuming with Last-Event-ID) after a drop;
 * this keeps the last data on screen meanwhile and says what state the link is in.
 */
export function useDisplayStream(teamId: string) {
  const [snapshot, setSnapshot] = useState<WaitingSnapshot | null>(null);
  const [link, setLink] = useState<DisplayLink>('connecting');
  useEffect(() => {
    let source: EventSource | null = null;
    const connect = () => {
      source?.close();
      const es = new EventSource(`/api/display/${teamId}/stream`);
      source = es;
      es.addEventListener('open', () => setLink('live'));
      listenToWaitingStream(es, {
        snapshot: (next) => {
          noteServerTime(next.serverTime);
          setSnapshot(next);
          setLink('live');
        },
        change: (change) => setSnapshot((s) => applyChange(s ?? undefined, change) ?? null),
        settings: (settings) => setSnapshot((s) => s && { ...s, settings }),
        // The clinic's history for the queues' expected waits, re-read every few minutes.
        estimate: (waitBasis) => setSnapshot((s) => s && { ...s, waitBasis }),
        status: (status) => {
          noteServerTime(status.serverTime);
          setSnapshot(
            (s) => s && { ...s, fetchedAt: status.fetchedAt, intervalMs: status.intervalMs, error: status.error },
          );
          setLink('live');
        },
        end: () => {
          es.close();
          setLink('revoked');
        },
      });
      es.onerror = () => setLink((l) => (l === 'revoked' ? l : 'reconnecting'));
    };
    // A TV's network comes and goes: drop the stream when the browser knows it is offline (a
    // half-open connection can look alive for minutes) and reconnect the moment it is back.
    const offline = () => {
      source?.close();
      setLink((l) => (l === 'revoked' ? l : 'reconnecting'));
    };
    const online = () => connect();
    connect();
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      source?.close();
    };
  }, [teamId]);
  return { snapshot, link };
}
