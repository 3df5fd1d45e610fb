import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamSettingsInput } from '@/lib/settings/schema';
import { queryAudit } from '../audit';
import { openDatabase, type Database } from '../db/client';
import { setDatabaseForTests } from '../db';
import { teamSettings } from '../db/schema';
import { createTeam } from '../staff/teams';
import { createUser } from '../staff/users';
import { teamPollSettings } from '../waiting/poll-settings';
import { type StreamMessage, TeamPoller } from '../waiting/team-poller';
import { forgetCachedSettings, getTeamSettings, saveTeamSettings } from './store';

const ctx = { ip: '203.0.113.5', userAgent: 'vitest', actor: { id: null, email: 'manager' } };

describe('clinic settings', () => {
  let database: Database;
  let userId: string;
  beforeAll(async () => {
    database = await openDatabase({});
    setDatabaseForTests(database);
    forgetCachedSettings();
    await createTeam(ctx, { id: 'clinic', name: 'Clinic', timezone: 'Australia/Sydney' });
    userId = (
      await createUser(ctx, {
        email: 'm@example.com',
        name: 'M',
        role: 'manager',
        teamIds: ['clinic'],
        password: 'a long enough password',
      })
    ).user.id;
  }, 60_000);
  afterAll(() => database.close());

  it('stores only what differs from the defaults, audits the change, and moves the clinic’s timezone', async () => {
    const before = await getTeamSettings('clinic');
    const next = {
      ...before,
      timezone: 'Australia/Perth',
      thresholds: {
        ...before.thresholds,
        defaults: { ...before.thresholds.defaults, 0: { warnMinutes: 2, criticalMinutes: 4 } },
      },
    };
    const saved = await saveTeamSettings(ctx, userId, 'clinic', next);
    expect(saved.thresholds.defaults[0]).toEqual({ warnMinutes: 2, criticalMinutes: 4 });
    expect(saved.timezone).toBe('Australia/Perth');
    const [row] = await database.db.select().from(teamSettings).where(eq(teamSettings.teamId, 'clinic'));
    expect(Object.keys(row!.values)).toEqual(['thresholds']);
    const [entry] = await queryAudit({ action: 'settings.team' });
    expect(entry!.changes).toEqual({
      'thresholds.defaults.0.warnMinutes': { from: 5, to: 2 },
      'thresholds.defaults.0.criticalMinutes': { from: 10, to: 4 },
      timezone: { from: 'Australia/Sydney', to: 'Australia/Perth' },
    });
  });

  it('saves one section and leaves the others as they are, auditing only what moved', async () => {
    const before = await getTeamSettings('clinic');
    const audited = (await queryAudit({ action: 'settings.team' })).length;
    const saved = await saveTeamSettings(ctx, userId, 'clinic', {
      escalationWebhookUrl: 'https://hooks.slack.com/services/T0/B0/secret',
      escalationRepeatMinutes: 7,
    });
    expect(saved).toEqual({
      ...before,
      escalationWebhookUrl: 'https://hooks.slack.com/services/T0/B0/secret',
      escalationRepeatMinutes: 7,
    });
    const [entry] = await queryAudit({ action: 'settings.team' });
    // The webhook address holds a secret: the log names the service only.
    expect(entry!.changes).toEqual({
      escalationWebhookUrl: { from: before.escalationWebhookUrl, to: 'https://hooks.slack.com/…' },
      escalationRepeatMinutes: { from: before.escalationRepeatMinutes, to: 7 },
    });
    // Saving the same values again changes nothing and logs nothing.
    await saveTeamSettings(ctx, userId, 'clinic', { escalationRepeatMinutes: 7 });
    expect(await queryAudit({ action: 'settings.team' })).toHaveLength(audited + 1);
  });

  it('keeps both of two sections saved at the same moment', async () => {
    await Promise.all([
      saveTeamSettings(ctx, userId, 'clinic', { admitJoinLimitMinutes: 9 }),
      saveTeamSettings(ctx, userId, 'clinic', { billable: { basis: 'call', unitMinutes: 15, rounding: 'nearest' } }),
    ]);
    forgetCachedSettings();
    const stored = await getTeamSettings('clinic');
    expect(stored.admitJoinLimitMinutes).toBe(9);
    expect(stored.billable).toEqual({ basis: 'call', unitMinutes: 15, rounding: 'nearest' });
  });

  it('checks a section against the rest as stored, naming the field at fault', async () => {
    const before = await getTeamSettings('clinic');
    const refused = saveTeamSettings(ctx, userId, 'clinic', { pollActiveSeconds: before.pollIdleSeconds + 1 });
    await expect(refused).rejects.toMatchObject({
      status: 400,
      fields: [{ path: 'pollIdleSeconds', message: expect.stringContaining('at least as long as the first') }],
    });
    expect(await getTeamSettings('clinic')).toEqual(before);
  });

  it('refuses settings that make no sense, with messages a manager can act on', () => {
    const bad = teamSettingsInput.safeParse({
      thresholds: {
        defaults: {
          0: { warnMinutes: 10, criticalMinutes: 5 },
          1: { warnMinutes: 1, criticalMinutes: 2 },
          2: { warnMinutes: 1, criticalMinutes: 2 },
        },
        queues: {},
      },
      answerTargetMinutes: 5,
      pollActiveSeconds: 30,
      pollIdleSeconds: 10,
      admissionMode: 'route',
      admitJoinLimitMinutes: 3,
      alertSound: true,
      escalationWebhookUrl: 'not a url',
      escalationRepeatMinutes: 10,
      timezone: 'Mars/Olympus',
      billable: { basis: 'overlap', unitMinutes: 1, rounding: 'up' },
    });
    const messages = bad.error!.issues.map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'The over-limit time must be longer than the warning time.',
        'The team chat alert address must be a web address (https://…).',
        'Choose a time zone from the list, e.g. Australia/Sydney.',
      ]),
    );
  });

  it('reaches every open screen of the clinic as soon as it is saved', async () => {
    const poller = new TeamPoller('clinic', {
      load: async () => [],
      reload: async (_t, c) => c,
      activeIntervalMs: 60_000,
      idleIntervalMs: 60_000,
      settings: teamPollSettings,
    });
    const seen: StreamMessage[] = [];
    poller.subscribe((m) => seen.push(m));
    await poller.settingsChanged();
    const current = await getTeamSettings('clinic');
    await saveTeamSettings(ctx, userId, 'clinic', {
      ...current,
      thresholds: {
        ...current.thresholds,
        defaults: { ...current.thresholds.defaults, 0: { warnMinutes: 1, criticalMinutes: 3 } },
      },
    });
    await poller.settingsChanged();
    const updates = seen.filter((m) => m.type === 'settings');
    expect(updates).toHaveLength(2);
    expect(updates[1]!.type === 'settings' && updates[1]!.settings.thresholds.defaults[0]).toEqual({
      warnMinutes: 1,
      criticalMinutes: 3,
    });
    expect(poller.snapshot().settings?.thresholds.defaults[0]).toEqual({ warnMinutes: 1, criticalMinutes: 3 });
    poller.stop();
  });
});
