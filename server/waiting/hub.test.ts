import { afterEach, describe, expect, it, vi } from 'vitest';
import { PollerHub } from './hub';

const REAL = '09ef6778-3714-4dd6-91ec-d2868365c4ef';
const UNKNOWN = '3f2b6c1e-8d4a-4c3b-9e7f-0a1b2c3d4e5f';

function setup() {
  const load = vi.fn(async () => []);
  const teamExists = vi.fn(async (id: string) => id === REAL);
  const hub = new PollerHub(
    { load, reload: async (_t, c) => c, activeIntervalMs: 60_000, idleIntervalMs: 60_000 },
    teamExists,
  );
  return { hub, load, teamExists };
}

describe('PollerHub.pollerOf', () => {
  let hub: PollerHub | null = null;
  afterEach(() => hub?.stopAll());

  it('gives no poller for a team that is not set up, and starts none', async () => {
    const s = setup();
    hub = s.hub;
    for (const id of ['junk', '<img src=x onerror=alert(1)>', UNKNOWN]) expect(await hub.pollerOf(id)).toBeNull();
    expect(hub.status()).toEqual([]);
    expect(s.load).not.toHaveBeenCalled();
    // Ids that are no Coviu team id are refused without a database read.
    expect(s.teamExists).toHaveBeenCalledTimes(1);
  });

  it('starts one poller for a real team and reuses it', async () => {
    const s = setup();
    hub = s.hub;
    expect(await hub.pollerOf(REAL)).toBe(await hub.pollerOf(REAL));
    expect(hub.status().map((t) => t.teamId)).toEqual([REAL]);
    expect(s.teamExists).toHaveBeenCalledTimes(1);
  });

  it('polls from start-up only the teams whose id is a Coviu team id', () => {
    hub = setup().hub;
    hub.startAll([REAL, '<img src=x onerror=alert(1)>']);
    expect(hub.status().map((t) => t.teamId)).toEqual([REAL]);
  });
});
