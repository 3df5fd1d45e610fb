import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { isCoviuError } from './coviu/errors';
import { constraintOf, isUniqueViolation } from './db/errors';
import { log } from './log';

// Domain modules throw these and never import the HTTP layer, so the route wrapper can depend on
// them (auth, settings, staff) without an import cycle back through it.

/** The one error envelope every API route answers with. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldProblem[] };
}

/** Which input a refusal is about (dotted path, as the request body names it), so a form can mark that field. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** A refusal a person can act on: its status, a stable code and a message safe to show staff. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldProblem[],
  ) {
    super(message);
  }
}

export function errorResponse(status: number, code: string, message: string, fields?: FieldProblem[]) {
  return NextResponse.json<ErrorBody>({ error: { code, message, ...(fields?.length ? { fields } : {}) } }, { status });
}

export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
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
  if (error instanceof HttpError) return errorResponse(error.status, error.code, error.message, error.fields);
  if (error instanceof z.ZodError) {
    const message = error.issues
      .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ');
    return errorResponse(400, 'bad_request', message, fieldProblems(error));
  }
  if (isCoviuError(error)) {
    const response = errorResponse(COVIU_STATUS[error.code] ?? 502, error.code, error.message);
    if (error.retryAfterMs) response.headers.set('Retry-After', String(Math.ceil(error.retryAfterMs / 1000)));
    return response;
  }
  if (isUniqueViolation(error)) {
    // Two equal writes raced past the checks before them; logged in case it is a bug instead.
    log.warn('a write met a unique index', { route, constraint: constraintOf(error) });
    return errorResponse(
      409,
      'conflict',
      'Someone made the same thing at the same moment. Reload the page and look again.',
    );
  }
  log.error('unhandled error in route', { route, name: (error as Error)?.name ?? 'unknown' });
  return errorResponse(500, 'internal', 'Something went wrong on the Waitboard server. Try again.');
}
