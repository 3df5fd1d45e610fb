import { describe, expect, it } from 'vitest';

// Handles are signed with the app's secret; a fixed one keeps the test off the data folder.
process.env.NEXTAUTH_SECRET = 'confirmation-test-secret-0123456789';

const { checkConfirmation, CONFIRMATION_TTL_MS, mintConfirmation } = await import('./confirmations');

const args = { teamId: 't1', sessionId: 's1' };
const at = Date.UTC(2026, 11, 1, 9, 0);

describe('confirmation handles', () => {
  it('confirm one act by one token, whatever order the arguments come in', () => {
    const { handle } = mintConfirmation('token-a', 'cancel_session', args, at);
    expect(checkConfirmation(handle, 'token-a', 'cancel_session', { sessionId: 's1', teamId: 't1' }, at + 1000)).toBe(
      'valid',
    );
    // The handle itself and an idempotency key are not part of what is confirmed.
    expect(
      checkConfirmation(
        handle,
        'token-a',
        'cancel_session',
        { ...args, confirmation: handle, idempotencyKey: 'k-123456' },
        at,
      ),
    ).toBe('valid');
  });

  it('refuse another token, tool or session, and any change to the handle', () => {
    const { handle } = mintConfirmation('token-a', 'cancel_session', args, at);
    expect(checkConfirmation(handle, 'token-b', 'cancel_session', args, at)).toBe('invalid');
    expect(checkConfirmation(handle, 'token-a', 'remove_participant', args, at)).toBe('invalid');
    expect(checkConfirmation(handle, 'token-a', 'cancel_session', { ...args, sessionId: 's2' }, at)).toBe('invalid');
    const [payload, signature] = handle.split('.');
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
        e: at + 10 * CONFIRMATION_TTL_MS,
      }),
    ).toString('base64url');
    expect(checkConfirmation(`${forged}.${signature}`, 'token-a', 'cancel_session', args, at)).toBe('invalid');
    expect(checkConfirmation('not-a-handle', 'token-a', 'cancel_session', args, at)).toBe('invalid');
  });

  it('expire after five minutes', () => {
    const { handle, expiresAt } = mintConfirmation('token-a', 'cancel_session', args, at);
    expect(Date.parse(expiresAt) - at).toBe(CONFIRMATION_TTL_MS);
    expect(checkConfirmation(handle, 'token-a', 'cancel_session', args, at + CONFIRMATION_TTL_MS - 1)).toBe('valid');
    expect(checkConfirmation(handle, 'token-a', 'cancel_session', args, at + CONFIRMATION_TTL_MS)).toBe('expired');
  });
});
