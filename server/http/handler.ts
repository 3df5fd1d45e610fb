import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { isCoviuError } from '../coviu/errors';
import type { AuditContext } from '../audit';
import { roleAllowed, ruleFor } from '../auth/route-policy';
import { canSeeTeam, currentStaff, type Staff } from '../auth/session';
import { log } from '../log';
import { clientInfo } from './client-info';

/** The one error envelope every API route answers with. */
export interface ErrorBody {
  error: { code: string; message: string };
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function errorResponse(status: number, code: string, message: string) {
  return NextResponse.json<ErrorBody>({ error: { code, message } }, { status });
}

const COVIU_STATUS: Record<string, number> = {
  unauthorized: 502,
  forbidden: 403,
  not_found: 404,
  session_finished: 409,
  session_started: 409,
  session_cancelled: 409,
  validation: 400,
  rate_limited: 503,
  upstream_unavailable: 503,
  timeout: 504,
  invalid_response: 502,
  range_not_satisfiable: 416,
  aborted: 499,
};

/** Maps anything thrown in a handler to the envelope; unexpected errors are logged by name only. */
export function toErrorResponse(error: unknown, route: string) {
  if (error instanceof HttpError) return errorResponse(error.status, error.code, error.message);
  if (error instanceof z.ZodError) {
    const message = error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
    return errorResponse(400, 'bad_request', message);
  }
  if (isCoviuError(error)) {
    const response = errorResponse(COVIU_STATUS[error.code] ?? 502, error.code, error.message);
    if (error.retryAfterMs) response.headers.set('Retry-After', String(Math.ceil(error.retryAfterMs / 1000)));
    return response;
  }
  log.error('unhandled error in route', { route, name: (error as Error)?.name ?? 'unknown' });
  return errorResponse(500, 'internal', 'Something went wrong on the Waitboard server. Try again.');
}

export interface RouteContext<P> {
  request: Request;
  params: P;
  /** Null only on public routes. */
  staff: Staff | null;
  audit: AuditContext;
}

/**
 * Every API handler is wrapped here: its access rule (server/auth/route-policy.ts) is enforced
 * before it runs — 401 without a valid session, 403 for the wrong role or another team — and
 * whatever it throws becomes the error envelope.
 */
export function route<P extends Record<string, string> = Record<string, string>>(
  name: string,
  handler: (ctx: RouteContext<P>) => Promise<Response>,
) {
  return async (request: Request, context?: { params?: Promise<P> }): Promise<Response> => {
    try {
      const params = ((await context?.params) ?? {}) as P;
      const match = ruleFor(new URL(request.url).pathname);
      if (!match) throw new HttpError(403, 'no_access_rule', 'This route has no access rule, so it is closed.');
      let staff: Staff | null = null;
      if (match.rule.access !== 'public') {
        staff = await currentStaff();
        if (!staff) throw new HttpError(401, 'unauthenticated', 'Your session has ended. Sign in again to continue.');
        if (!roleAllowed(match.rule.access, staff.role)) throw new HttpError(403, 'forbidden', 'Your role does not allow this.');
        if (match.rule.team && !canSeeTeam(staff, match.params.teamId)) {
          throw new HttpError(403, 'forbidden_team', 'You are not a member of this team.');
        }
      }
      const audit: AuditContext = { ...clientInfo(request.headers), actor: { id: staff?.id ?? null, email: staff?.email ?? null } };
      return await handler({ request, params, staff, audit });
    } catch (error) {
      return toErrorResponse(error, name);
    }
  };
}

/** Parses a JSON body with a zod schema; a body that is not JSON is a 400 that says so. */
export async function readBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  const text = await request.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    throw new HttpError(400, 'bad_json', 'The request body must be JSON.');
  }
  return schema.parse(body);
}
