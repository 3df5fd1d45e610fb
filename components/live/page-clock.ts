'use client';
import { useSyncExternalStore } from 'react';

// One 1-second timer for the whole page, however many wait clocks are on screen. Components that
// only show a time subscribe with `onTick` and write their text directly, so a tick costs no render.
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

export function onTick(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The page's time at its last tick; on the server (no ticks there) the time of this render. */
export function tickNow(): number {
  return typeof window === 'undefined' ? Date.now() : now;
}

/** Re-renders the caller every second: for small things only (a header, a badge). */
export function useNow(): number {
  return useSyncExternalStore(onTick, tickNow, tickNow);
}
