import 'server-only';
import { z } from 'zod';
import { idempotencyKey } from '@/lib/core/idempotency-key';
import type { AuditContext } from '../audit';
import { roleAllowed, ruleFor } from '../auth/route-policy';
import { canSeeTeam, currentStaff, type Staff } from '../auth/session';
import { HttpError, toErrorResponse } from '../errors';
import { clientInfo } from '../auth/client-info';
import { once, requestHash } from './idempotency';
import { checkedParams, MAX_BODY_BYTES, readLimitedText, storableBody } from './request-limits';

export interface RouteContext<P> {
  request: Request;
  params: P;
  /** Null only on public routes. */
  staff: Staff | null;
  audit: AuditContext;
}

/** What a handler of a signed-in route gets: the person is known. */
export interface StaffRouteContext<P> extends RouteContext<P> {
  staff: Staff;
}

export interface StaffRouteOptions<P> {
  /**
   * Runs the handler once per Idempotency-Key and person (a double click books or claims once).
   * Its refusals are answered inside the key, so a retry replays the same refusal; an applied
   * action's answer is rebuilt by `replay` from its audit entry and current state.
   */
  idempotent?: { replay: (ctx: StaffRouteContext<P>, auditId: number | null) => Promise<Response> };
}

type NextHandler<P> = (request: Request, context?: { params?: Promise<P> }) => Promise<Response>;

/**
 * Every API handler is wrapped here: its access rule (server/auth/route-policy.ts) is enforced
 * before it runs — 401 without a valid session, 403 for the wrong role or another team — and
 * whatever it throws becomes the error envelope.
 */
export function route<P extends Record<string, string> = Record<string, string>>(
  name: string,
  handler: (ctx: RouteContext<P>) => Promise<Response>,
): NextHandler<P> {
  return async (request, context) => {
    try {
      const staff = await authorise(request);
      const params = await checkedParams(context?.params);
      const audit: AuditContext = {
        ...clientInfo(request.headers),
        actor: { id: staff?.id ?? null, email: staff?.email ?? null },
      };
      return noStore(await handler({ request, params, staff, audit }));
    } catch (error) {
      return noStore(toErrorResponse(error, name));
    }
  };
}

/** API answers hold patient or staff data: never kept by a browser or proxy cache, like pages. */
function noStore(response: Response): Response {
  if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'no-store');
  return response;
}

/** A route for signed-in staff only, whatever its rule says: `staff` is never null in the handler. */
export function staffRoute<P extends Record<string, string> = Record<string, string>>(
  name: string,
  handler: (ctx: StaffRouteContext<P>) => Promise<Response>,
  options: StaffRouteOptions<P> = {},
): NextHandler<P> {
  return route<P>(name, async (ctx) => {
    const staff = ctx.staff;
    if (!staff) throw signedOut();
    const staffCtx = { ...ctx, staff };
    const run = () => handler(staffCtx);
    const raw = ctx.request.headers.get('idempotency-key');
    if (!options.idempotent || raw === null) return run();
    const { replay } = options.idempotent;
    const { method, url } = ctx.request;
    const hash = requestHash(method, new URL(url).pathname, await readLimitedText(ctx.request.clone(), MAX_BODY_BYTES));
    return once(
      { key: idempotencyKey.parse(raw), userId: staff.id, hash },
      () => run().catch((error: unknown) => toErrorResponse(error, name)),
      (auditId) => replay(staffCtx, auditId),
    );
  });
}

function signedOut() {
  return new HttpError(401, 'unauthenticated', 'Your session has ended. Sign in again to continue.');
}

/** What someone signed in with a temporary password may use: who they are, and choosing a password. */
const OPEN_BEFORE_PASSWORD_CHANGE = new Set(['/api/me', '/api/me/password']);

/** The signed-in person the route's rule lets in, or null on a public route. */
async function authorise(request: Request): Promise<Staff | null> {
  const match = ruleFor(new URL(request.url).pathname);
  if (!match) throw new HttpError(403, 'no_access_rule', 'This route has no access rule, so it is closed.');
  if (match.rule.access === 'public') return null;
  const staff = await currentStaff();
  if (!staff) throw signedOut();
  if (!roleAllowed(match.rule.access, staff.role))
    throw new HttpError(403, 'forbidden', 'Your role does not allow this.');
  if (staff.mustChangePassword && !OPEN_BEFORE_PASSWORD_CHANGE.has(match.rule.path)) {
    throw new HttpError(
      403,
      'password_change_required',
      'Choose your own password first: the one you were given was temporary.',
    );
  }
  if (match.rule.team && !canSeeTeam(staff, match.params.teamId)) {
    throw new HttpError(403, 'forbidden_team', 'You are not a member of this team.');
  }
  return staff;
}

/**
 * Parses a JSON body with a zod schema; a body that is not JSON is a 400 that says so, one past
 * `maxBytes` a 413 before it is read whole.
 */
export async function readBody<T>(request: Request, schema: z.ZodType<T>, maxBytes = MAX_BODY_BYTES): Promise<T> {
  const text = await readLimitedText(request, maxBytes);
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    throw new HttpError(400, 'bad_json', 'The request body must be JSON.');
  }
  return storableBody(schema.parse(body));
}
