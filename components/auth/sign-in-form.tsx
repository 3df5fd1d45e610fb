'use client';
import { signIn } from 'next-auth/react';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { signInError } from '@/lib/staff/sign-in-messages';

interface Props {
  callbackUrl: string;
  initialError: string | null;
  notice: string | null;
  oidc: { id: string; name: string } | null;
  demo: boolean;
}

export function SignInForm({ callbackUrl, initialError, notice, oidc, demo }: Props) {
  const [error, setError] = useState(initialError);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setBusy(false);
    setError(signInError(result?.error));
  }

  return (
    <div className="space-y-4">
      {notice && <Notice tone="info">{notice}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      {/* A clinic that set up single sign-on signs in with it: first, and the one to press. */}
      {oidc && (
        <>
          <Button className="w-full" onClick={() => void signIn(oidc.id, { callbackUrl })}>
            Sign in with {oidc.name}
          </Button>
          <p className="text-center text-sm text-fg-muted">or with a Waitboard password</p>
        </>
      )}
      <form onSubmit={submit} className="space-y-3 rounded-lg border border-line bg-surface p-4 shadow-sm">
        <TextField label="Email" name="email" type="email" autoComplete="username" required autoFocus={!oidc} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <Button type="submit" variant={oidc ? 'secondary' : 'primary'} disabled={busy} className="w-full">
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      {demo && (
        <div className="rounded border border-dashed border-line-strong p-3 text-sm text-fg-muted">
          <p className="font-medium">Sandbox demo accounts</p>
          <p>
            reception@, practitioner@, manager@ or admin@example.com, password <code>waitboard-demo</code>.
          </p>
        </div>
      )}
    </div>
  );
}
