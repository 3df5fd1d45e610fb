import type { Role } from '@/lib/staff/roles';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; name: string; role: Role };
    signedInAt: number;
    lastActiveAt: number;
    sessionVersion: number;
    /** Signed in with a temporary password: only choosing a new one is open. */
    mustChangePassword: boolean;
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
    mustChangePassword?: boolean;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: Role;
    sv?: number;
    signedInAt?: number;
    lastActiveAt?: number;
    mustChange?: boolean;
    /** 'oidc' when the session came from single sign-on (its sign-out then goes to the provider too). */
    via?: string;
    /** The provider's ID token, for its sign-out's id_token_hint. */
    idToken?: string | null;
  }
}
