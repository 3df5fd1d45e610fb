'use client';

// Reading Notification.permission is a synchronous round trip to the browser process (several ms
// in Chromium), too slow to do on every render or alert with hundreds of callers on screen. It is
// read once, then kept up to date from the Permissions API and from the person's own answer.

type Permission = NotificationPermission | 'unsupported';

let cached: Permission | null = null;
const listeners = new Set<() => void>();

function set(next: Permission) {
  if (next === cached) return;
  cached = next;
  listeners.forEach((l) => l());
}

export function notificationPermission(): Permission {
  if (cached === null) {
    cached = typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
    // Changed in the browser's site settings while the page is open.
    void navigator.permissions
      ?.query({ name: 'notifications' })
      .then((status) => {
        status.onchange = () => set(Notification.permission);
      })
      .catch(() => undefined);
  }
  return cached;
}

export function subscribeNotificationPermission(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function askNotificationPermission(): Promise<void> {
  set(await Notification.requestPermission());
}
