import 'server-only';
import { recordAudit } from '../audit';
import type { ClientInfo } from './client-info';
import { findUserByEmail } from '../staff/users';
import { burnVerification, verifyPassword } from './passwords';
import { clearAccount, isLocked, recordFailure } from './throttle';

interface SignedIn {
  id: string;
  email: string;
  name: string;
  role: 'receptionist' | 'practitioner' | 'manager' | 'admin';
  sessionVersion: number;
  /** Signed in with a temporary password: may only choose a new one. */
  mustChangePassword: boolean;
}

/**
 * The right temporary password, past its 72 hours: said plainly, as only its holder gets this far.
 * The message is the code next-auth hands the sign-in form.
 */
export class TemporaryPasswordExpired extends Error {
  constructor() {
    super('TemporaryPasswordExpired');
  }
}

/**
 * Checks a password sign-in. Unknown accounts, wrong passwords, disabled accounts and lock-outs all
 * answer null after similar work, so nothing tells an attacker which accounts exist.
 */
export async function authenticate(
  emailInput: string,
  password: string,
  client: ClientInfo,
  now = Date.now(),
): Promise<SignedIn | null> {
  const email = emailInput.trim().toLowerCase();
  const keys = { account: email, ip: client.ip };
  const audit = { ...client, actor: { id: null, email } };
  if (await isLocked(keys)) {
    await burnVerification(password);
    await recordAudit(audit, {
      action: 'auth.sign_in_refused',
      resourceType: 'session',
      changes: { reason: 'locked' },
    });
    return null;
  }
  const user = await findUserByEmail(email);
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await burnVerification(password), false);
  if (!user || !valid || user.disabledAt) {
    await recordFailure(keys);
    await recordAudit(audit, {
      action: 'auth.sign_in_failed',
      resourceType: 'session',
      resourceId: user?.id ?? null,
      changes: { reason: !user ? 'unknown_account' : user.disabledAt ? 'disabled' : 'wrong_password' },
    });
    return null;
  }
  const temporary = user.passwordTemporaryUntil;
  if (temporary && temporary.getTime() <= now) {
    await recordAudit(audit, {
      action: 'auth.sign_in_failed',
      resourceType: 'session',
      resourceId: user.id,
      changes: { reason: 'temporary_password_expired' },
    });
    throw new TemporaryPasswordExpired();
  }
  await clearAccount(email);
  await recordAudit(
    { ...audit, actor: { id: user.id, email } },
    { action: 'auth.sign_in', resourceType: 'session', resourceId: user.id },
  );
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sessionVersion: user.sessionVersion,
    mustChangePassword: temporary !== null,
  };
}
