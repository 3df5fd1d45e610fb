import { expect, request as playwrightRequest, test } from '@playwright/test';
import { DEMO, type DemoRole, signInRequest } from './auth-helpers';
import { entryNamed, patch, post, unique } from './practitioners-helpers';
import { sandbox, type SandboxTeam } from './sandbox-control';

// Bad input to the roster's routes gets a clear 4xx a person can act on.
let team: SandboxTeam;
test.beforeAll(async () => {
  team = (await sandbox.teams())[0]!;
});

async function as(role: DemoRole) {
  const context = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
  expect(await signInRequest(context, DEMO[role])).toBe(200);
  return context;
}

async function refusal(response: { status(): number; json(): Promise<unknown> }) {
  return {
    status: response.status(),
    ...((await response.json()) as { error: { code: string; message: string } }).error,
  };
}

test('managers only manage the roster; names and links are checked', async () => {
  const manager = await as('manager');
  const practitioner = await as('practitioner');
  const roster = `/api/teams/${team.teamId}/roster`;
  expect(await refusal(await post(practitioner, roster, { name: 'Dr Sneaky' }))).toMatchObject({
    status: 403,
    code: 'forbidden',
  });
  expect(await refusal(await post(manager, roster, {}))).toMatchObject({ status: 400 });
  expect(await refusal(await post(manager, roster, { name: '   ' }))).toMatchObject({
    status: 400,
    message: expect.stringContaining('Enter the practitioner’s name.'),
  });
  const name = unique('Dr Twice');
  expect((await post(manager, roster, { name })).status()).toBe(201);
  expect(await refusal(await post(manager, roster, { name: name.toUpperCase() }))).toMatchObject({
    status: 409,
    code: 'name_taken',
  });
  expect(await refusal(await post(manager, roster, { name: unique('Dr Link'), userId: 'not-a-uuid' }))).toMatchObject({
    status: 400,
    message: expect.stringContaining('Choose a staff account from the list.'),
  });
  const entry = await entryNamed(manager, team.teamId, name);
  expect(await refusal(await patch(manager, `${roster}/${entry.id}`, {}))).toMatchObject({
    status: 400,
    message: expect.stringContaining('Say what to change'),
  });
  expect(await refusal(await patch(manager, `${roster}/${crypto.randomUUID()}`, { active: false }))).toMatchObject({
    status: 404,
    code: 'practitioner_not_found',
  });
  await manager.dispose();
  await practitioner.dispose();
});

test('availability: known states only, and a practitioner sets only their own', async () => {
  const practitioner = await as('practitioner');
  const other = await entryNamed(practitioner, team.teamId, 'Dr Chloe Nguyen');
  const own = await entryNamed(practitioner, team.teamId, 'Dr Pat Practitioner');
  const url = (id: string) => `/api/teams/${team.teamId}/practitioners/${id}/availability`;
  expect(await refusal(await post(practitioner, url(own.id), { availability: 'busy' }))).toMatchObject({
    status: 400,
    message: expect.stringContaining('Availability is available, in_consult, away or off.'),
  });
  expect(await refusal(await post(practitioner, url(other.id), { availability: 'away' }))).toMatchObject({
    status: 403,
    code: 'not_yours',
  });
  expect((await post(practitioner, url(own.id), { availability: 'available' })).status()).toBe(200);
  await practitioner.dispose();
});

test('admit refuses someone not on the roster; a guest link needs a room', async () => {
  const desk = await as('receptionist');
  const { callId } = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: team.waitingQueues[0]!.waitingQueueId,
    details: { name: unique('Plain Caller') },
  });
  const actions = `/api/teams/${team.teamId}/calls/${callId}/actions`;
  const admit = { type: 'admit', practitionerId: crypto.randomUUID(), mode: 'route' };
  // The caller reaches Waitboard with the next poll; until then the answer is 404.
  await expect.poll(async () => (await post(desk, actions, admit)).status()).toBe(400);
  expect(await refusal(await post(desk, actions, admit))).toMatchObject({
    code: 'not_a_practitioner',
    message: 'Choose a practitioner from this clinic’s roster.',
  });
  expect(await refusal(await post(desk, `/api/teams/${team.teamId}/calls/${callId}/guest-link`, {}))).toMatchObject({
    status: 409,
    code: 'no_room',
  });
  await desk.dispose();
});
