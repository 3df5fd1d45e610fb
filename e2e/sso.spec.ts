import { expect, test } from '@playwright/test';
import {
  auditSince,
  createStaff,
  disableStaff,
  expectDashboard,
  expectFailureAudited,
  expectRefused,
  idp,
  lastAuditId,
  MODES,
  signInWithSso,
  uniqueId,
  useMode,
  withIdpReport,
} from './sso-kit';

// Issue 15: single sign-on admits the people an administrator added to Waitboard, matched by a
// verified email, and refuses everyone else with a message they can act on and an audit entry.
// Every journey runs against both shapes of provider: one that puts email in the ID token, and one
// (oidc-provider's default, like many) that gives it only from the userinfo endpoint.

for (const mode of MODES) {
  test.describe(`single sign-on, email ${mode === 'id-token' ? 'in the ID token' : 'from userinfo only'}`, () => {
    test.beforeAll(async () => {
      await useMode(mode);
    });
    withIdpReport();

    test('a known person signs in and lands on their dashboard', async ({ page }) => {
      const staff = await createStaff('known');
      const login = `known-${uniqueId()}`;
      await idp.account(login, { email: staff.email, email_verified: true, name: staff.name });
      const before = await lastAuditId();

      await signInWithSso(page, login);
      await expectDashboard(page, staff);
      const signIns = (await auditSince(before, 'auth.sign_in')).filter((e) => e.resourceId === staff.id);
      expect(signIns.map((e) => [e.actorEmail, e.changes])).toEqual([
        [staff.email, expect.objectContaining({ provider: 'oidc' })],
      ]);
    });

    // Its own test, so that the journey above shows whether signing in works apart from this.
    test('the sign-in’s audit entry says where it came from, as a password sign-in’s does', async ({ page }) => {
      const staff = await createStaff('audited');
      const login = `audited-${uniqueId()}`;
      await idp.account(login, { email: staff.email, email_verified: true, name: staff.name });
      const before = await lastAuditId();

      await signInWithSso(page, login);
      await expectDashboard(page, staff);
      const [entry] = (await auditSince(before, 'auth.sign_in')).filter((e) => e.resourceId === staff.id);
      expect(entry?.ip, 'the address the sign-in came from').toBeTruthy();
      expect(entry?.userAgent, 'the browser it came from').toContain('Chrome');
    });

    test('a stranger is told they are not set up, and the attempt is audited', async ({ page }) => {
      const login = `stranger-${uniqueId()}`;
      await idp.account(login, { email: `${login}@elsewhere.example`, email_verified: true, name: 'Stranger' });
      const before = await lastAuditId();

      await signInWithSso(page, login);
      await expectRefused(page, 'not set up');
      await expectFailureAudited(before, 'unknown_account');
    });

    test('an unverified email is refused even when it is a Waitboard person’s', async ({ page }) => {
      const staff = await createStaff('unverified');
      const login = `unverified-${uniqueId()}`;
      await idp.account(login, { email: staff.email, email_verified: false, name: staff.name });
      const before = await lastAuditId();

      await signInWithSso(page, login);
      await expectRefused(page, 'not verified');
      await expectFailureAudited(before, 'email_unverified');
      expect((await auditSince(before, 'auth.sign_in')).filter((e) => e.resourceId === staff.id)).toEqual([]);
    });

    test('a disabled Waitboard account is told so', async ({ page }) => {
      const staff = await createStaff('disabled');
      await disableStaff(staff);
      const login = `disabled-${uniqueId()}`;
      await idp.account(login, { email: staff.email, email_verified: true, name: staff.name });
      const before = await lastAuditId();

      await signInWithSso(page, login);
      await expectRefused(page, 'disabled');
      await expectFailureAudited(before, 'disabled');
    });

    test('after the first sign-in the account is bound to that provider account, not to the email', async ({
      browser,
    }) => {
      const staff = await createStaff('bound');
      const first = `bound-${uniqueId()}`;
      await idp.account(first, { email: staff.email, email_verified: true, name: staff.name });
      const attempt = async (login: string, then: (page: import('@playwright/test').Page) => Promise<void>) => {
        // A browser of its own each time: one provider session per person, as on separate computers.
        const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
        try {
          const page = await context.newPage();
          await signInWithSso(page, login);
          await then(page);
        } finally {
          await context.close();
        }
      };
      await attempt(first, (page) => expectDashboard(page, staff));

      // Someone else at the provider, claiming the same (verified) address: a different subject.
      const second = `impostor-${uniqueId()}`;
      await idp.account(second, { email: staff.email, email_verified: true, name: 'Someone Else' });
      const before = await lastAuditId();
      await attempt(second, (page) => expectRefused(page, 'linked to a different'));
      await expectFailureAudited(before, 'linked_elsewhere');

      // The bound subject still gets in after its address at the provider changes.
      await idp.account(first, { email: `renamed.${uniqueId()}@example.com`, email_verified: true, name: staff.name });
      await attempt(first, (page) => expectDashboard(page, staff));
    });
  });
}
