import { describe, expect, it } from 'vitest';

// Handles are signed with the app's secret; a fixed one keeps the test off the data folder.
process.env.NEXTAUTH_SECRET = 'confirmation-test-secret-0123456789';

const { checkConfirmation, CONFIRMATION_TTL_MS, mintConfirmation } = await import('./confirmations');

const args = { teamId: 't1', sessionId: 's1' };
const at = Date.UTC(2026, 11, 1, 9, 0);
const SUMMARY = "Cancel the 45-minute session 'Follow-up' on Wed 2 Dec at 10:00 am.";

describe('confirmation handles', () => {
  it('confirm one act by one token, whatever order the arguments come in', () => {
    const { handle } = mintConfirmation('token-a', 'cancel_session', args, SUMMARY, at);
    expect(
      checkConfirmation(handle, 'token-a', 'cancel_session', { sessionId: 's1', teamId: 't1' }, SUMMARY, at + 1000),
    ).toBe('valid');
    // The handle itself and an idempotency key are not part of what is confirmed.
    expect(
      checkConfirmation(
        handle,
        'token-a',
        'cancel_session',
        { ...args, confirmation: handle, idempotencyKey: 'k-123456' },
        SUMMARY,
        at,
      ),
    ).toBe('valid');
  });

  it('refuse another token, tool or session, and any change to the handle', () => {
    const { handle } = mintConfirmation('token-a', 'cancel_session', args, SUMMARY, at);
    expect(checkConfirmation(handle, 'token-b', 'cancel_session', args, SUMMARY, at)).toBe('invalid');
    expect(checkConfirmation(handle, 'token-a', 'remove_participant', args, SUMMARY, at)).toBe('invalid');
    expect(checkConfirmation(handle, 'token-a', 'cancel_session', { ...args, sessionId: 's2' }, SUMMARY, at)).toBe(
      'invalid',
    );
    const [payload, signature] = handle.split('.');
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
        e: at + 10 * CONFIRMATION_TTL_MS,
      }),
    ).toString('base64url');
    expect(checkConfirmation(`${forged}.${signature}`, 'token-a', 'cancel_session', args, SUMMARY, at)).toBe('invalid');
    expect(checkConfirmation('not-a-handle', 'token-a', 'cancel_session', args, SUMMARY, at)).toBe('invalid');
  });

  it('lapse when what the person agreed to has changed since', () => {
    const { handle } = mintConfirmation('token-a', 'cancel_session', args, SUMMARY, at);
    const moved = SUMMARY.replace('10:00', '11:30');
    expect(checkConfirmation(handle, 'token-a', 'cancel_session', args, moved, at)).toBe('changed');
  });

  it('expire after five minutes', () => {
    const { handle, expiresAt } = mintConfirmation('token-a', 'cancel_session', args, SUMMARY, at);
    expect(Date.parse(expiresAt) - at).toBe(CONFIRMATION_TTL_MS);
    expect(checkConfirmation(handle, 'token-a', 'cancel_session', args, SUMMARY, at + CONFIRMATION_TTL_MS - 1)).toBe(
      'valid',
    );
    expect(checkConfirmation(handle, 'token-a', 'cancel_session', args, SUMMARY, at + CONFIRMATION_TTL_MS)).toBe(
      'expired',
    );
  });
});
