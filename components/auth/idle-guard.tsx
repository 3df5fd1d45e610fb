'use client';
import { useSession } from 'next-auth/react';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { signOutBecause } from './sign-out-because';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
const REPORT_EVERY_MS = 60_000;
const WARN_BEFORE_MS = 60_000;

/**
 * Signs a shared reception computer out after `idleMinutes` without anyone using it, warning a
 * minute before. Activity in any tab counts for all of them (BroadcastChannel), and the server
 * hears of it through the session, so it enforces the same limit. Polling never counts as activity.
 */
export function IdleGuard({ idleMinutes }: { idleMinutes: number }) {
  const { update } = useSession();
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  // Set when the effect starts (not during render, which must stay pure).
  const lastActivity = useRef(0);
  const lastReported = useRef(0);
  const channel = useRef<BroadcastChannel | null>(null);
  const stayButton = useRef<HTMLButtonElement>(null);
  const idleMs = idleMinutes * 60_000;

  useEffect(() => {
    lastActivity.current = Date.now();
    lastReported.current = Date.now();
    channel.current = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('waitboard-activity');
    const markActive = (broadcast: boolean) => {
      lastActivity.current = Date.now();
      setSecondsLeft(null);
      if (broadcast) channel.current?.postMessage(lastActivity.current);
      if (broadcast && Date.now() - lastReported.current > REPORT_EVERY_MS) {
        lastReported.current = Date.now();
        void update();
      }
    };
    const onActivity = () => markActive(true);
    channel.current?.addEventListener('message', () => markActive(false));
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true });
    const timer = setInterval(() => {
      const left = idleMs - (Date.now() - lastActivity.current);
      if (left <= 0) {
        clearInterval(timer);
        void signOutBecause('idle');
      } else if (left <= WARN_BEFORE_MS) {
        setSecondsLeft(Math.ceil(left / 1000));
      }
    }, 1000);
    return () => {
      clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity);
      channel.current?.close();
    };
  }, [idleMs, update]);

  const warning = secondsLeft !== null;
  useEffect(() => {
    if (warning) stayButton.current?.focus();
  }, [warning]);

  if (!warning) return null;
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-scrim p-4">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-text"
        className="max-w-sm rounded-lg bg-surface p-5 text-fg shadow-xl"
      >
        <h2 id="idle-title" className="mb-2 text-lg font-semibold">
          Still there?
        </h2>
        <p id="idle-text" className="mb-4 text-fg-muted">
          For patients&apos; privacy, Waitboard signs this computer out in <strong>{secondsLeft} seconds</strong>.
        </p>
        <div className="flex gap-2">
          <Button ref={stayButton} onClick={() => void update()}>
            Stay signed in
          </Button>
          <Button variant="secondary" onClick={() => void signOutBecause('signedout')}>
            Sign out now
          </Button>
        </div>
      </div>
    </div>
  );
}
