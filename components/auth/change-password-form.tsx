'use client';
import { signOutBecause } from './sign-out-because';
import { type FormEvent, useState } from 'react';
import { ApiError, fetchJson } from '@/components/api-client/fetch-json';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';

/** Current password, a new one twice; on success every session ends and the person signs in anew. */
export function ChangePasswordForm() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get('newPassword') ?? '');
    if (newPassword !== String(form.get('repeat') ?? '')) {
      setError('The two new passwords are not the same. Type it again in both boxes.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await fetchJson('/api/me/password', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ currentPassword: String(form.get('currentPassword') ?? ''), newPassword }),
      });
      await signOutBecause('password-changed');
    } catch (failure) {
      setBusy(false);
      setError(failure instanceof ApiError ? failure.message : 'Waitboard could not be reached. Try again.');
    }
  }

  return (
    <div className="space-y-4">
      {error && <Notice tone="error">{error}</Notice>}
      <form onSubmit={submit} className="space-y-3 rounded-lg border border-line bg-surface p-4 shadow-sm">
        <TextField
          label="Current password"
          hint="The one you signed in with."
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
        />
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          minLength={12}
          hint="At least 12 characters. A few words you will remember work well."
          required
        />
        <TextField label="New password again" name="repeat" type="password" autoComplete="new-password" required />
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save and sign in again'}
        </Button>
      </form>
    </div>
  );
}
