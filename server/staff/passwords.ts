import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { type AuditContext, audited, recordAudit } from '../audit';
import { burnVerification, hashPassword, temporaryPassword, temporaryUntil, verifyPassword } from '../auth/passwords';
import { accessChanged } from '../auth/stream-recheck';
import { clearAccount, isLocked, recordFailure } from '../auth/throttle';
import { db } from '../db';
import { users } from '../db/schema';
import { HttpError } from '../errors';
import { revokeTokensOf } from '../agents/tokens';

/**
 * A new generated password for someone who lost theirs (the command line's `password` without
 * --password): it works for 72 hours and only to choose a new one. Their sessions end.
 */
export async function resetPassword(ctx: AuditContext, userId: string): Promise<string> {
  const generated = temporaryPassword();
  const passwordHash = await hashPassword(generated);
  await audited(ctx, { action: 'user.password_reset', resourceType: 'user', resourceId: userId }, async (tx) => {
    const updated = await tx
      .update(users)
      .set({
        passwordHash,
        passwordTemporaryUntil: temporaryUntil(),
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (!updated.length) throw new HttpError(404, 'user_not_found', 'No such user.');
    await revokeTokensOf(tx, userId, ctx.actor.id);
  });
  await accessChanged(userId);
  return generated;
}

/**
 * A person chooses their own password (they must, after signing in with a temporary one). Every
 * session of theirs ends, this one included: they sign in again with the password only they know.
 * Wrong current passwords count against the same lock-out as sign-in: an unattended signed-in
 * screen must not become a way to guess someone's password.
 */
export async function changeOwnPassword(
  ctx: AuditContext,
  userId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [row] = await (await db()).select().from(users).where(eq(users.id, userId));
  if (!row) throw new HttpError(404, 'user_not_found', 'No such user.');
  const keys = { account: row.email.trim().toLowerCase(), ip: ctx.ip };
  if (await isLocked(keys)) {
    await burnVerification(input.currentPassword);
    throw new HttpError(
      429,
      'too_many_attempts',
      'Too many wrong passwords. Wait 15 minutes, then try again, or ask an administrator to reset it.',
    );
  }
  if (!row.passwordHash || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await recordFailure(keys);
    await recordAudit(ctx, {
      action: 'user.password_change_failed',
      resourceType: 'user',
      resourceId: userId,
      changes: { reason: 'wrong_password' },
    });
    throw new HttpError(400, 'wrong_password', 'Your current password is not right. Type the one you signed in with.');
  }
  await clearAccount(keys.account);
  if (input.newPassword === input.currentPassword) {
    throw new HttpError(400, 'same_password', 'Choose a password different from the one you were given.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await audited(ctx, { action: 'user.password_change', resourceType: 'user', resourceId: userId }, (tx) =>
    tx
      .update(users)
      .set({
        passwordHash,
        passwordTemporaryUntil: null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId)),
  );
  await accessChanged(userId);
}
