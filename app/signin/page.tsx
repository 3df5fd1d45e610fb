import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { oidcConfigured } from '@/server/auth/options';
import { currentStaff } from '@/server/auth/session';
import { upstream } from '@/server/env';

const REASONS: Record<string, string> = {
  idle: 'You were signed out because nobody used Waitboard on this computer for a while.',
  expired: 'Your session has ended. Sign in again to continue.',
  signedout: 'You have signed out.',
};

const ERRORS: Record<string, string> = {
  CredentialsSignin:
    'That email and password did not work, or there were too many attempts. Wait 15 minutes and try again, or ask your administrator.',
  AccessDenied: 'Your clinic account is not set up in Waitboard. Ask your Waitboard administrator to add you.',
};

/** Only paths on this site: an absolute URL in callbackUrl would be an open redirect. */
function safePath(value: string | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safePath(params.callbackUrl);
  if (await currentStaff()) redirect(callbackUrl);
  const error = params.error ? (ERRORS[params.error] ?? 'Sign-in did not work. Try again.') : null;
  return (
    <main className="mx-auto mt-16 max-w-sm px-4">
      <h1 className="mb-1 text-2xl font-bold text-brand">Waitboard</h1>
      <p className="mb-6 text-slate-700">Sign in to see your clinic&apos;s waiting areas.</p>
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={error}
        notice={params.reason ? (REASONS[params.reason] ?? null) : null}
        oidc={oidcConfigured()}
        demo={upstream().kind === 'sandbox'}
      />
    </main>
  );
}
