import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { currentStaff } from '../auth/session';
import { env } from '../env';
import { HttpError } from '../errors';
import { hub } from '../waiting/hub';
import { ownedTeams } from './hooks';
import { metrics } from './registry';

const HOW = 'Sign in as an administrator, or send `Authorization: Bearer <METRICS_TOKEN>`.';

/** Hashed first, so the comparison takes the same time whatever the length or content sent. */
function sameToken(sent: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(sent), digest(expected));
}

/**
 * Who may read /metrics: a scraper holding METRICS_TOKEN, or a signed-in administrator. The
 * metrics name every team and show the installation's load, so nobody else.
 */
async function authorise(request: Request): Promise<void> {
  const header = request.headers.get('authorization');
  if (header !== null) {
    const expected = env().METRICS_TOKEN;
    if (!expected) throw new HttpError(401, 'metrics_token_unset', `No METRICS_TOKEN is set here. ${HOW}`);
    const sent = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    if (!sent || !sameToken(sent, expected))
      throw new HttpError(401, 'metrics_token_wrong', `That is not this Waitboard's metrics token. ${HOW}`);
    return;
  }
  const staff = await currentStaff();
  if (!staff) throw new HttpError(401, 'unauthenticated', HOW);
  if (staff.role !== 'admin' || staff.mustChangePassword)
    throw new HttpError(403, 'forbidden', 'Only administrators may read the metrics.');
}

/** The metrics in Prometheus' text format, never cached. */
export async function metricsResponse(request: Request): Promise<Response> {
  await authorise(request);
  ownedTeams(hub().teamIds());
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' },
  });
}
