import { expect, test } from '@playwright/test';
import { OIDC_CLIENT_SECRET } from '../playwright.config';
import {
  createStaff,
  expectRefused,
  idp,
  MODES,
  only,
  serverErrorsDuring,
  signInWithSso,
  SSO_BUTTON,
  uniqueId,
  useMode,
  withIdpReport,
} from './sso-kit';

// Issue 15: when the provider cannot be reached, or Waitboard's registration there is wrong, the
// person gets a message on the sign-in page they can act on (or pass on), never a 500 or a raw page.

for (const mode of MODES) {
  test.describe(`single sign-on faults, email ${mode === 'id-token' ? 'in the ID token' : 'from userinfo only'}`, () => {
    test.beforeAll(async () => {
      await useMode(mode);
    });
    withIdpReport();

    test('the provider being down is explained on the sign-in page', async ({ page }) => {
      await page.goto('/signin');
      await idp.down();
      try {
        const errors = await serverErrorsDuring(page, async () => {
          await page.getByRole('button', { name: SSO_BUTTON }).click();
          await expectRefused(page, 'could not be reached');
        });
        expect(errors).toEqual([]);
      } finally {
        await idp.up();
      }
    });

    test('a wrong client secret is explained after the provider’s sign-in', async ({ page }) => {
      const staff = await createStaff('secret');
      const login = `secret-${uniqueId()}`;
      await idp.account(login, { email: staff.email, email_verified: true, name: staff.name });
      await idp.config({ clientSecret: 'wrong' });
      try {
        const mark = await idp.mark();
        const errors = await serverErrorsDuring(page, async () => {
          await signInWithSso(page, login);
          await expectRefused(page, 'did not finish');
        });
        expect(errors).toEqual([]);
        // It was the token exchange the provider refused: the fault this test means to make.
        expect(only(await idp.eventsAfter(mark), 'token').map((t) => t.error)).toEqual(['invalid_client']);
      } finally {
        await idp.config({ clientSecret: OIDC_CLIENT_SECRET });
      }
    });
  });
}
