'use client';
import { useSession } from 'next-auth/react';
import { useEffect } from 'react';
import { isSigningOut } from './sign-out-because';

/** When this browser signs out in another tab (or the session ends), leave the patient list at once. */
export function SessionWatch() {
  const { status } = useSession();
  useEffect(() => {
    // A full page load, not a client-side push: it drops every patient name held in memory.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    if (status === 'unauthenticated' && !isSigningOut()) window.location.assign('/signin?reason=signedout');
  }, [status]);
  return null;
}
