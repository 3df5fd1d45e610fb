'use client';
import { signOut } from 'next-auth/react';
import { Button } from '@/components/ui/button';

/** next-auth tells the other tabs of this browser, which sign out with it. */
export function SignOutButton() {
  return (
    <Button variant="secondary" onClick={() => void signOut({ callbackUrl: '/signin?reason=signedout' })}>
      Sign out
    </Button>
  );
}
