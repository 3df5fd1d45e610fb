import 'server-only';
import { currentStaff } from './auth/session';
import { isReady } from './bootstrap';
import { upstream } from './env';
import { hub } from './waiting/hub';

interface Health {
  status: 'ok' | 'starting';
  version: string;
  upstream?: { kind: 'sandbox' | 'coviu'; baseUrl: string };
  teams?: ReturnType<ReturnType<typeof hub>['status']>;
}

/**
 * What /api/health says. Anyone (a load balancer) learns only whether Waitboard is up and which
 * version; the teams, their viewers, the upstream and its errors are for a signed-in admin, as
 * they map the installation for an attacker.
 */
export async function healthReport(version: string): Promise<Health> {
  const ready = isReady();
  const health: Health = { status: ready ? 'ok' : 'starting', version };
  // Without a session cookie this is answered from the request alone, with no database read.
  const staff = await currentStaff().catch(() => null);
  if (staff?.role !== 'admin') return health;
  const u = upstream();
  return {
    ...health,
    upstream: { kind: u.kind, baseUrl: u.kind === 'sandbox' ? u.baseUrl : new URL(u.baseUrl).origin },
    teams: ready ? hub().status() : [],
  };
}
