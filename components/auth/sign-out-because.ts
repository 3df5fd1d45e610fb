'use client';
import { signOut } from 'next-auth/react';

export type SignOutReason = 'signedout' | 'idle' | 'password-changed';

let leaving = false;

/**
 * While this page signs out, the end of its own session must not send it elsewhere: the event
 * stream's "ended" and the session watch would otherwise race the sign-out's own navigation (to the
 * single sign-on provider's sign-out), and on a shared computer the provider's session would live on.
 */
export const isSigningOut = () => leaving;

export async function signOutBecause(reason: SignOutReason): Promise<void> {
  leaving = true;
  const callbackUrl = `/signin?reason=${reason}`;
  try {
    await signOut({ callbackUrl });
  } catch {
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load drops patient data from memory
    window.location.assign(callbackUrl);
  }
}
