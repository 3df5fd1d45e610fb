/** PATCH /api/me/preferences; `keepalive` lets it finish while the page unloads. Failures are not worth a toast. */
export function savePreferences(body: Record<string, unknown>, keepalive = false): void {
  void fetch('/api/me/preferences', {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    keepalive,
  }).catch(() => undefined);
}
