'use client';
import { signOutBecause } from './sign-out-because';
import { Button } from '@/components/ui/button';

/** next-auth tells the other tabs of this browser, which sign out with it. */
export function SignOutButton() {
  return (
    <Button variant="secondary" onClick={() => void signOutBecause('signedout')}>
      Sign out
    </Button>
  );
}
