import { expect, type Page, test } from '@playwright/test';
import { IDP_ISSUER } from '../playwright.config';
import {
  createStaff,
  expectDashboard,
  expectProviderLogin,
  idp,
  MODES,
  only,
  providerLogin,
  signInWithSso,
  SSO_BUTTON,
  type Staff,
  uniqueId,
  useMode,
  withIdpReport,
} from './sso-kit';

// Issue 15: signing out of Waitboard on a shared reception computer must not leave the next person
// one click from the last one's account. The provider's session ends too (RP-initiated logout), and
// the next single sign-on asks for credentials whatever the provider remembers (prompt=login, max_age=0).

async function signedInPerson(page: Page, label: string): Promise<{ staff: Staff; login: string }> {
  const staff = await createStaff(label);
  const login = `${label}-${uniqueId()}`;
  await idp.account(login, { email: staff.email, email_verified: true, name: staff.name });
  await signInWithSso(page, login);
  await expectDashboard(page, staff);
  return { staff, login };
}

/** The SSO button now leads to the provider's form, asked for with prompt=login and max_age=0. */
async function expectCredentialsAskedAgain(page: Page, login: string, staff: Staff): Promise<void> {
  const mark = await idp.mark();
  await page.getByRole('button', { name: SSO_BUTTON }).click();
  await expectProviderLogin(page);
  const asked = only(await idp.eventsAfter(mark), 'authorization');
  expect(asked.map((a) => [a.prompt?.split(' ').includes('login'), a.maxAge])).toEqual([[true, '0']]);
  await providerLogin(page, login);
  await expectDashboard(page, staff);
}

for (const mode of MODES) {
  test.describe(`single sign-on sign-out, email ${mode === 'id-token' ? 'in the ID token' : 'from userinfo only'}`, () => {
    test.beforeAll(async () => {
      await useMode(mode);
    });
    withIdpReport();

    test('signing out ends the provider’s session too, and the next sign-in asks for credentials', async ({ page }) => {
      const { staff, login } = await signedInPerson(page, 'signout');
      const mark = await idp.mark();

      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      // The provider's own end-session page (oidc-provider's default), confirmed as a person would.
      await expect(page).toHaveURL((url) => url.origin === IDP_ISSUER && url.pathname === '/session/end');
      await page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await expect(page).toHaveURL((url) => url.pathname === '/signin');
      await expect(page.getByRole('status').filter({ hasText: 'You have signed out' })).toBeVisible();
      expect((await page.request.get('/api/me')).status()).toBe(401);
      const ended = only(await idp.eventsAfter(mark), 'end_session_confirm');
      expect(ended.map((e) => e.endedSession)).toEqual([true]);

      await expectCredentialsAskedAgain(page, login, staff);
    });

    test('an idle sign-out likewise leaves the next sign-in asking for credentials', async ({ page }) => {
      // The browser's clock is Playwright's: 15 minutes (IDLE_TIMEOUT_MINUTES' default) pass at once.
      await page.clock.install();
      // The guard starts counting once the dashboard has hydrated. Its SessionProvider reads the
      // session after its children's effects have run, so that read means the guard is counting.
      const counting = page.waitForRequest(
        (r) => r.url().endsWith('/api/auth/session') && new URL(r.frame().url()).pathname === '/',
      );
      const { staff, login } = await signedInPerson(page, 'idle');
      await counting;

      await page.clock.fastForward('15:30');
      // Whether the app also ends the provider's session here is its choice (nobody is at the
      // computer to confirm a provider page); if it does, the provider asks and this confirms.
      const provider = (url: URL) => url.origin === IDP_ISSUER && url.pathname === '/session/end';
      await expect(page).toHaveURL((url) => provider(url) || url.pathname === '/signin');
      if (provider(new URL(page.url()))) await page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await expect(page).toHaveURL((url) => url.pathname === '/signin');
      await expect(page.getByRole('status').filter({ hasText: 'nobody used Waitboard' })).toBeVisible();
      expect((await page.request.get('/api/me')).status()).toBe(401);

      await expectCredentialsAskedAgain(page, login, staff);
    });
  });
}
