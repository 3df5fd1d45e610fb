import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addDays, clinicParts } from '../lib/core/clinic-time';
import { startMailListener } from '../test/helpers/mail-listener';
import { SMTP_PORT } from '../playwright.config';
import { signInAs } from './auth-helpers';
import { sandbox } from './sandbox-control';

// The e2e app sends email through SMTP to 127.0.0.1:SMTP_PORT (playwright.config.ts); this spec is
// the only one listening there. SMS stays record-only for the whole run.
test('an entry link goes out by email: it arrives with the link alone, and the page shows the id or why it failed', async ({
  page,
  context,
}) => {
  const mail = await startMailListener(undefined, SMTP_PORT);
  try {
    const [team] = await sandbox.teams();
    const name = `Email link ${Date.now()}`;
    const guest = `Quinn Mailer ${Date.now() % 100_000}`;
    const tomorrow = addDays(clinicParts(Date.now(), 'Australia/Sydney').date, 1);
    await signInAs(context, 'receptionist');
    await page.goto(`/sessions/new?team=${team!.teamId}`);
    await page.getByLabel('Session name').fill(name);
    await page.getByLabel('Date', { exact: true }).fill(tomorrow);
    await page.getByLabel('Time', { exact: true }).fill('10:00');
    await page.getByLabel('30 min').check();
    await page.getByLabel('Dr Pat Practitioner').check();
    await page.getByLabel('Name', { exact: true }).fill(guest);
    await page.getByLabel('Mobile (optional)').fill('0412 999 111');
    await page.getByLabel('Email (optional)').fill('quinn.mailer@patients.example');
    await page.getByRole('button', { name: 'Book session' }).click();
    await expect(page.getByText('Session booked.')).toBeVisible();

    const links = page.locator('section[aria-labelledby="links-sent"]');
    await expect(links).toContainText('SMS: recorded, not sent (no provider set up)');
    await expect(links).toContainText('Email: sent through the SMTP relay at 127.0.0.1');

    await page.getByRole('button', { name: `Send ${guest}'s link by email` }).click();
    const table = page.getByRole('table', { name: 'Links sent' });
    await expect(table).toContainText('Sent by email · id <');
    const arrived = mail.received.find((m) => m.to.includes('quinn.mailer@patients.example'))!;
    expect(arrived).toBeDefined();
    const sessionId = new URL(page.url()).pathname.split('/').at(-1);
    const { session } = (await (await page.request.get(`/api/teams/${team!.teamId}/sessions/${sessionId}`)).json()) as {
      session: { participants: { displayName: string | null; entryUrl: string | null }[] };
    };
    const entryUrl = session.participants.find((p) => p.displayName === guest)!.entryUrl!;
    expect(arrived.text).toMatch(/^Your video consultation with .+ is on .+\. Join at that time here: \S+$/);
    expect(arrived.text.endsWith(`here: ${entryUrl}`)).toBe(true);
    for (const trace of ['Quinn', 'Mailer', '999 111', '999111', 'quinn.mailer'])
      expect(arrived.text).not.toContain(trace);
    await expect(table).toContainText(`Sent by email · id ${arrived.headers['message-id']}`);

    // The relay refuses the mailbox: the person who pressed Send is told why, and so is the list.
    mail.refuse('rcpt', 550);
    await page.getByRole('button', { name: `Send ${guest}'s link by email` }).click();
    await expect(page.getByText('The link could not be sent: mailbox unavailable (SMTP 550).')).toBeVisible();
    await expect(table).toContainText('Failed: mailbox unavailable (SMTP 550)');
    expect(mail.received.filter((m) => m.to.includes('quinn.mailer@patients.example'))).toHaveLength(1);

    await page.waitForLoadState('networkidle');
    const axe = await new AxeBuilder({ page }).include('section[aria-labelledby="links-sent"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
  } finally {
    await mail.close();
  }
});
