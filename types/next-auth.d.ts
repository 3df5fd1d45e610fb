import type { Role } from '@/lib/staff/roles';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; name: string; role: Role };
    signedInAt: number;
    lastActiveAt: number;
    sessionVersion: number;
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: Role;
    sv?: number;
    signedInAt?: number;
    lastActiveAt?: number;
  }
}
