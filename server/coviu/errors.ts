import 'server-only';

export type CoviuErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'session_finished'
  | 'session_started'
  | 'session_cancelled'
  | 'validation'
  | 'rate_limited'
  | 'upstream_unavailable'
  | 'timeout'
  | 'invalid_response'
  | 'range_not_satisfiable'
  | 'aborted';

const STAFF_MESSAGES: Record<CoviuErrorCode, string> = {
  unauthorized: 'Waitboard could not sign in to Coviu. Check the Coviu client id and secret in the server settings.',
  forbidden: 'Coviu refused access to this item for the configured API client.',
  not_found: 'Coviu no longer shows this item. It may have been cancelled or removed.',
  session_finished: 'This session has finished, so Coviu no longer allows that change.',
  session_started: 'This session has already started, so Coviu no longer allows that change.',
  session_cancelled: 'This session was cancelled, so Coviu no longer allows changes to it.',
  validation: 'Coviu rejected the request as invalid.',
  rate_limited: 'Coviu is asking Waitboard to slow down. Try again shortly.',
  upstream_unavailable: 'Coviu is not answering right now. Waitboard will keep trying.',
  timeout: 'Coviu took too long to answer. Waitboard will keep trying.',
  invalid_response: 'Coviu sent a reply Waitboard could not understand.',
  range_not_satisfiable: 'The requested part of the recording does not exist.',
  aborted: 'The request was cancelled.',
};

interface CoviuErrorInit {
  status?: number | null;
  operation: string;
  retryAfterMs?: number | null;
  /**
   * Coviu's own message text, if any. Kept apart from `message` and out of logs and JSON because
   * an upstream message may echo what we sent (a participant's name, for example).
   */
  upstreamMessage?: string | null;
  cause?: unknown;
}

const RETRYABLE: ReadonlySet<CoviuErrorCode> = new Set([
  'rate_limited',
  'upstream_unavailable',
  'timeout',
  'invalid_response',
]);

// Next bundles instrumentation and each route separately, so the client (a process-wide singleton)
// may throw a CoviuError from another copy of this module: recognise it by a global brand, not by
// `instanceof` alone.
const BRAND = Symbol.for('waitboard.CoviuError');

/** The one error type the Coviu client throws. `message` is always safe to show staff. */
export class CoviuError extends Error {
  readonly [BRAND] = true;
  readonly code: CoviuErrorCode;
  readonly status: number | null;
  readonly operation: string;
  readonly retryable: boolean;
  readonly retryAfterMs: number | null;
  readonly upstreamMessage: string | null;

  constructor(code: CoviuErrorCode, init: CoviuErrorInit) {
    super(STAFF_MESSAGES[code], init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'CoviuError';
    this.code = code;
    this.status = init.status ?? null;
    this.operation = init.operation;
    this.retryable = RETRYABLE.has(code);
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.upstreamMessage = init.upstreamMessage ?? null;
  }

  toJSON() {
    return { name: this.name, code: this.code, status: this.status, operation: this.operation, message: this.message };
  }
}

export function isCoviuError(error: unknown): error is CoviuError {
  return (
    error instanceof CoviuError ||
    (typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true)
  );
}

/**
 * Coviu answers most refusals with a bare 400 (API-NOTES §5), so which rule was broken can only be
 * read from its message. Unrecognised text stays a plain validation error.
 */
export function classifyBadRequest(upstreamMessage: string | null): CoviuErrorCode {
  const text = (upstreamMessage ?? '').toLowerCase();
  // Order matters: "has already started and can no longer be cancelled" is about starting.
  if (/finished|has ended|already ended|is over/.test(text)) return 'session_finished';
  if (/already started|has started|in progress/.test(text)) return 'session_started';
  if (/(was|has been|is) cancel+ed/.test(text)) return 'session_cancelled';
  return 'validation';
}
