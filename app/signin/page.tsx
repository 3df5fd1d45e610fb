import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { signInError } from '@/lib/staff/sign-in-messages';
import { oidcConfigured } from '@/server/auth/options';
import { currentStaff } from '@/server/auth/session';
import { upstream } from '@/server/env';

const REASONS: Record<string, string> = {
  idle: 'You were signed out because nobody used Waitboard on this computer for a while.',
  expired: 'Your session has ended. Sign in again to continue.',
  signedout: 'You have signed out.',
  'password-changed': 'Your password is changed. Sign in with it now.',
};

/** Only paths on this site: an absolute URL in callbackUrl would be an open redirect. */
function safePath(value: string | undefined): string {
  // Browsers read `/\` as `//`: both would lead off this site.
  return value && value.startsWith('/') && !/^\/[/\\]/.test(value) ? value : '/';
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safePath(params.callbackUrl);
  if (await currentStaff()) redirect(callbackUrl);
  const error = params.error ? signInError(params.error) : null;
  // Back from the provider's own sign-out, the reason rides in `state` (server/auth/sso/logout.ts).
  const reason = params.reason ?? params.state;
  return (
    <main className="mx-auto mt-16 max-w-sm px-4">
      <h1 className="mb-1 text-2xl font-bold text-brand">Waitboard</h1>
      <p className="mb-6 text-fg-muted">Sign in to see your clinic&apos;s waiting areas.</p>
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={error}
        notice={reason && Object.hasOwn(REASONS, reason) ? REASONS[reason]! : null}
        oidc={oidcConfigured()}
        demo={upstream().kind === 'sandbox'}
      />
    </main>
  );
}
