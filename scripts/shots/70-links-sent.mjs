// A session page's "Links sent" with links really sent: its own app instance is configured to send
// email through a local SMTP listener and SMS through a local Twilio-shaped HTTP listener, so the
// pictures show "Sent by SMS · id …", "Sent by email · id …" and a refusal in words.
import { createServer } from 'node:http';
import { SMTPServer } from 'smtp-server';
import { freePort, startStack } from '../stack.mjs';

const WIDTHS = [
  [390, 844],
  [1366, 768],
];

/** @param {import('../screenshots.mjs').ShotKit} kit */
export default async function linksSentShots({ browser, signIn, shoot }) {
  let refuseNext = false;
  const smtp = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!refuseNext) return callback();
      refuseNext = false;
      callback(Object.assign(new Error('Requested action not taken'), { responseCode: 550 }));
    },
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
  let sent = 0;
  const sms = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ sid: `SM5f0c2a9e41d84b7${String(++sent).padStart(15, '0')}`, status: 'queued' }));
    });
  });
  const [smtpPort, smsPort] = [await freePort(), await freePort()];
  await new Promise((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
  await new Promise((resolve) => sms.listen(smsPort, '127.0.0.1', resolve));
  const stack = await startStack({
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      MAIL_FROM: 'North Clinic <links@clinic.example>',
      SMS_URL: `http://127.0.0.1:${smsPort}/2010-04-01/Accounts/AC0000/Messages.json`,
      SMS_ACCOUNT: 'AC0000',
      SMS_TOKEN: 'screenshot-token',
      SMS_FROM: 'NorthClinic',
    },
  });
  try {
    const [team] = await stack.control('GET', '/_sandbox/teams');
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await signIn(context, stack.appUrl, 'reception@example.com');
    const page = await context.newPage();
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toLocaleDateString('en-CA', { timeZone: 'Australia/Sydney' });
    await page.goto(`${stack.appUrl}/sessions/new?team=${team.teamId}`);
    await page.getByLabel('Session name').fill('Follow-up: test results');
    await page.getByLabel('Date', { exact: true }).fill(tomorrow);
    await page.getByLabel('Time', { exact: true }).fill('10:00');
    await page.getByLabel('30 min').check();
    await page.getByLabel('Dr Pat Practitioner').check();
    await page.getByLabel('Name', { exact: true }).fill('Mei Chen');
    await page.getByLabel('Mobile (optional)').fill('0412 345 678');
    await page.getByLabel('Email (optional)').fill('mei.chen@example.com');
    await page.getByRole('button', { name: 'Book session' }).click();
    await page.getByText('Session booked.').waitFor();

    const table = page.getByRole('table', { name: 'Links sent' });
    const send = async (channel, expected) => {
      await page.getByRole('button', { name: `Send Mei Chen's link by ${channel}` }).click();
      await table.getByText(expected).first().waitFor();
    };
    await send('SMS', 'Sent by SMS');
    await send('email', 'Sent by email');
    refuseNext = true;
    await send('email', 'Failed: mailbox unavailable');

    for (const [width, height] of WIDTHS) {
      await page.setViewportSize({ width, height });
      await page.getByRole('heading', { name: 'Links sent' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
      await shoot(page, `links-sent-${width}`);
    }
    // Dark, picked in the header's theme menu as a person would (this instance is the script's own).
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    await page.locator('[data-theme="dark"]').first().waitFor();
    await page.getByRole('heading', { name: 'Links sent' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await shoot(page, 'links-sent-1366-dark');
    await context.close();
  } finally {
    stack.stop();
    smtp.close();
    sms.closeAllConnections();
    sms.close();
  }
}
