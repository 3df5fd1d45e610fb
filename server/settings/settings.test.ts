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
    expect(Object.keys(entry!.changes!).sort()).toEqual(['thresholds', 'timezone']);
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
        'The escalation webhook must be a web address (https://…).',
        'Choose a timezone from the list, e.g. Australia/Sydney.',
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
