import { expect, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import {
  entryNamed,
  freeEntries,
  headerCount,
  patch,
  post,
  roster,
  row,
  setAvailability,
  unique,
} from './practitioners-helpers';
import type { RosterPractitioner } from '../lib/practitioners/types';
import { sandbox, type SandboxTeam } from './sandbox-control';

// Issue 11, "Practitioners, for real": a roster per clinic with availability, used by admit.
let team: SandboxTeam;
test.beforeAll(async () => {
  team = (await sandbox.teams())[0]!;
});

test('a manager adds a practitioner and renames them, and both are audited', async ({ page, context }) => {
  await signInAs(context, 'manager');
  await page.goto('/practitioners');
  await page.getByLabel('Clinic', { exact: true }).selectOption({ label: team.name });
  const name = unique('Dr Added');
  const add = page.getByRole('region', { name: 'Add a practitioner' });
  await add.getByLabel('Name', { exact: true }).fill(name);
  await add.getByRole('button', { name: 'Add to roster' }).click();
  await expect(add.getByRole('status')).toContainText(`Added ${name} to the roster.`);
  const entry = page.locator(`li[data-name="${name}"]`);
  await expect(entry).toContainText('No staff account');
  await expect(entry.getByTestId('availability')).toHaveText('Available');

  await entry.getByRole('button', { name: `Edit ${name}` }).click();
  const renamed = `${name} Jones`;
  const form = entry.getByRole('form', { name: `Edit ${name}` });
  await form.getByLabel('Name', { exact: true }).fill(renamed);
  await form.getByRole('button', { name: 'Save' }).press('Enter');
  await expect(page.locator(`li[data-name="${renamed}"]`)).toBeVisible();
  await expect(page.locator(`li[data-name="${name}"]`)).toHaveCount(0);

  const audit = (await (await context.request.get('/api/audit?action=practitioner.update&limit=20')).json()) as {
    entries: { changes: { after?: { name?: string } } }[];
  };
  expect(audit.entries.some((e) => e.changes.after?.name === renamed)).toBe(true);
});

test('reception sets a practitioner away and the console header count drops by one', async ({ page, context }) => {
  await signInAs(context, 'receptionist');
  const [target] = await freeEntries(context.request, team.teamId, 1);
  await setAvailability(context.request, team.teamId, target!.id, 'available');
  await page.goto('/');
  const before = await headerCount(page, team.teamId);

  await page.getByRole('link', { name: 'Practitioners' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practitioners' })).toBeVisible();
  await page.getByLabel('Clinic', { exact: true }).selectOption({ label: team.name });
  const entry = page.locator(`li[data-name="${target!.name}"]`);
  await entry.getByLabel(`Availability of ${target!.name}`).selectOption({ label: 'Away' });
  await expect(entry.getByTestId('availability')).toHaveText('Away');
  await expect(entry).toContainText('Away set by Riley Reception');

  await page.goto('/');
  await expect((await headerCount(page, team.teamId)).item).toContainText(
    `${before.available - 1} of ${before.total} practitioners available`,
  );
  await setAvailability(context.request, team.teamId, target!.id, 'available');
});

test('admit offers the roster by availability, warns about someone away, and shows who got the caller', async ({
  page,
  context,
  browser,
}) => {
  await signInAs(context, 'receptionist');
  const [away, free] = (await freeEntries(context.request, team.teamId, 2)) as [RosterPractitioner, RosterPractitioner];
  await setAvailability(context.request, team.teamId, away.id, 'away');
  await setAvailability(context.request, team.teamId, free.id, 'available');
  const name = unique('Roster Caller');
  const { callId } = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: team.waitingQueues[0]!.waitingQueueId,
    details: { name, phone: '0412 345 678' },
  });
  await page.goto('/');
  const before = await headerCount(page, team.teamId);
  await row(page, callId).click();
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog');
  const picker = dialog.getByLabel('Practitioner', { exact: true });
  // Simulated Coviu doctors with no staff account are on the roster, grouped by availability.
  await expect(picker.locator('optgroup[label="Available now"] option', { hasText: free.name })).toHaveCount(1);
  await expect(picker.locator('optgroup[label="Away"] option', { hasText: away.name })).toHaveCount(1);
  await picker.selectOption({ label: away.name });
  await expect(dialog.getByRole('status')).toContainText(`${away.name} is away. You can still choose them`);
  await picker.selectOption({ label: free.name });
  await dialog.getByLabel('Open a new room with two entry links').check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByTestId('room-links').getByRole('link')).toHaveCount(2);

  // The guest link goes by SMS the way a session page sends it: recorded (no provider), audited.
  await dialog.getByRole('button', { name: 'Text the guest link to the caller' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Recorded' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(row(page, callId)).toContainText(`Admitted to ${free.name} (room)`);
  await expect((await headerCount(page, team.teamId)).item).toContainText(
    `${before.available - 1} of ${before.total} practitioners available`,
  );

  const admitted = await entryNamed(context.request, team.teamId, free.name);
  expect(admitted.availability).toBe('in_consult');
  expect(admitted.derived?.label).toMatch(/^room with R\. C\. /);
  await setAvailability(context.request, team.teamId, away.id, 'available');

  const manager = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await signInAs(manager, 'manager');
  const audit = (await (await manager.request.get('/api/audit?action=session.link_send&limit=50')).json()) as {
    entries: { teamId: string; changes: Record<string, unknown> }[];
  };
  expect(audit.entries.find((e) => e.teamId === team.teamId)?.changes).toMatchObject({
    channel: 'sms',
    status: 'recorded',
  });
  expect(JSON.stringify(audit)).not.toContain('345 678');
  await manager.close();
});

test('a practitioner sees a Join link for the caller admitted to them', async ({ page, context, browser }) => {
  const desk = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await signInAs(desk, 'receptionist');
  const name = unique('Joining Caller');
  const { callId } = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: team.waitingQueues[0]!.waitingQueueId,
    details: { name },
  });
  const pat = (await roster(desk.request, team.teamId)).practitioners.find((p) => p.name === 'Dr Pat Practitioner')!;
  expect(pat.userName).toBe('Dr Pat Practitioner');
  // The caller reaches Waitboard with a poll: wait until the desk's console shows them.
  const deskPage = await desk.newPage();
  await deskPage.goto('/');
  await expect(row(deskPage, callId)).toBeVisible();
  const admitted = await post(desk.request, `/api/teams/${team.teamId}/calls/${callId}/actions`, {
    type: 'admit',
    practitionerId: pat.id,
    mode: 'room',
  });
  expect(admitted.status()).toBe(200);
  const hostUrl = ((await admitted.json()) as { caller: { triage: { admission: { hostUrl: string } } } }).caller.triage
    .admission.hostUrl;
  await desk.close();

  await signInAs(context, 'practitioner');
  // Names shown: another spec may have left this account's names hidden (then the link names no one).
  expect((await patch(context.request, '/api/me/preferences', { privacyMode: false })).status()).toBe(200);
  await page.goto('/');
  const strip = page.getByTestId('your-callers');
  const join = strip.getByRole('link', { name: `Join ${name}’s room` });
  await expect(join).toHaveAttribute('href', hostUrl);
  await expect(join).toHaveAttribute('target', '_blank');
});
