import 'server-only';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '../auth/secret';
import { canonicalJson } from './canonical-json';

/** Long enough to read the summary aloud and say yes; short enough that the world has not moved. */
export const CONFIRMATION_TTL_MS = 5 * 60_000;

interface Claim {
  /** token, tool, arguments: a handle confirms one exact act by one token. */
  k: string;
  t: string;
  a: string;
  /** What the person was told: if the session has moved since, they agreed to something else. */
  s: string;
  e: number;
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Arguments in a canonical order, without the handle itself and the idempotency key. */
function argsHash(args: Record<string, unknown>): string {
  const { confirmation: _c, idempotencyKey: _k, ...rest } = args;
  return digest(canonicalJson(rest));
}

const sign = (payload: string) =>
  createHmac('sha256', `agent-confirmation:${authSecret()}`).update(payload).digest('base64url');

/**
 * A signed, expiring handle for one destructive act. Stateless, so any instance can check it; the
 * act it confirms is re-checked against the rules when it is used, and cannot happen twice
 * (a cancelled session cannot be cancelled again, a removed participant is gone).
 */
export function mintConfirmation(
  tokenId: string,
  tool: string,
  args: Record<string, unknown>,
  summary: string,
  now = Date.now(),
) {
  const expiresAt = now + CONFIRMATION_TTL_MS;
  const claim: Claim = { k: tokenId, t: tool, a: argsHash(args), s: digest(summary), e: expiresAt };
  const payload = Buffer.from(JSON.stringify(claim)).toString('base64url');
  return { handle: `${payload}.${sign(payload)}`, expiresAt: new Date(expiresAt).toISOString() };
}

export type ConfirmationCheck = 'valid' | 'expired' | 'changed' | 'invalid';

/** `summary` is what the act would be described as now: a different one means the world moved. */
export function checkConfirmation(
  handle: string,
  tokenId: string,
  tool: string,
  args: Record<string, unknown>,
  summary: string,
  now = Date.now(),
): ConfirmationCheck {
  const [payload, signature] = handle.split('.');
  if (!payload || !signature) return 'invalid';
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  let claim: Claim;
  try {
    claim = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claim;
  } catch {
    return 'invalid';
  }
  if (claim.k !== tokenId || claim.t !== tool || claim.a !== argsHash(args)) return 'invalid';
  if (claim.e <= now) return 'expired';
  return claim.s === digest(summary) ? 'valid' : 'changed';
}
