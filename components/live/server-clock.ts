'use client';
import { tickNow, useNow } from './page-clock';

// How far the browser's clock is from the server's, learnt from each snapshot. Wait clocks use the
// server's time so a receptionist's badly set PC cannot hide a long wait.
let offsetMs = 0;

export function noteServerTime(serverTimeIso: string): void {
  const measured = Date.parse(serverTimeIso) - Date.now();
  if (Number.isFinite(measured)) offsetMs = measured;
}

export function serverNow(): number {
  return tickNow() + offsetMs;
}

export function useServerNow(): number {
  return useNow() + offsetMs;
}
