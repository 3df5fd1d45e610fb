'use client';
import { useEffect } from 'react';
import { savePreferences } from './save-preferences';

/** While the console stays visible, a stamp this often bounds what a crash or power cut can lose. */
const LOOK_EVERY_MS = 2 * 60_000;
/** A page opened and closed again at once was not looked at; it also keeps the load itself quiet. */
const FIRST_LOOK_AFTER_MS = 5_000;
/** Hiding the tab and leaving the page come together: one stamp covers both. */
const SAME_LOOK_MS = 5_000;

/**
 * Tells the server (which stamps its own time) that these teams' lists are on screen: a few seconds
 * after opening, every couple of minutes while visible, and when the tab is hidden or the page left. The next
 * visit marks New only what arrived after the last stamp.
 */
export function useLookRecorder(teamIds: readonly string[]) {
  const key = teamIds.join('\n');
  useEffect(() => {
    const looking = key ? key.split('\n') : [];
    if (!looking.length) return;
    let lastSent = 0;
    const send = (leaving: boolean) => {
      if (leaving && Date.now() - lastSent < SAME_LOOK_MS) return;
      lastSent = Date.now();
      savePreferences({ looking }, leaving);
    };
    const visible = () => document.visibilityState === 'visible';
    const first = setTimeout(() => visible() && send(false), FIRST_LOOK_AFTER_MS);
    const timer = setInterval(() => visible() && send(false), LOOK_EVERY_MS);
    const onVisibility = () => !visible() && send(true);
    const onPageHide = () => send(true);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [key]);
}
