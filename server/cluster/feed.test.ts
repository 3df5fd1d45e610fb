import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamMessage } from '@/lib/waiting/stream';
import type { ChangeKind } from '@/lib/waiting/types';
import type { Database } from '@/server/db/client';
import { testCaller } from '@/test/helpers/callers';
import { testDatabases } from '@/test/helpers/databases';
import { diffCallers } from '@/server/waiting/diff';
import { FencedOut, publish, readCallers, takeOver } from './feed-store';
import { TeamFeed } from './team-feed';

const status = (fetchedAt: string) => ({ fetchedAt, error: null, intervalMs: 5_000 });
const change = (seq: number, kind: ChangeKind, id: string) => ({ seq, kind, caller: testCaller(id) });

describe.each(await testDatabases())('the shared feed on $name', ({ open }) => {
  let d: Database;
  let teams = 0;
  // PGlite starts in seconds, or tens of seconds on a busy machine.
  beforeAll(async () => {
    d = await open();
  }, 120_000);
  afterAll(() => d?.close());

  async function setup() {
    const TEAM = `09ef6778-3714-4dd6-91ec-d2868365c4${String(++teams).padStart(2, '0')}`;
    const epoch = await takeOver(d.db, TEAM, 'instance-a');
    const feed = (name = 'b') => {
      const f = new TeamFeed(TEAM, async () => d.db);
      const heard: string[] = [];
      f.subscribe((m: StreamMessage) =>
        heard.push(m.type === 'change' ? `${name}:${m.change.seq}:${m.change.kind}` : `${name}:${m.type}`),
      );
      return { f, heard };
    };
    return { d, TEAM, epoch, feed };
  }

  it('gives a new reader the callers and numbering its owner published, then each change in order', async () => {
    const { d, TEAM, epoch, feed } = await setup();
    await publish(d.db, TEAM, epoch, {
      changes: [change(1, 'arrived', 'a'), change(2, 'arrived', 'b'), change(3, 'answered', 'a')],
      status: status('2026-12-01T09:00:00.000Z'),
    });
    const { f, heard } = feed();
    await f.ready;
    expect(
      f
        .snapshot()
        .callers.map((c) => `${c.callId}:${c.status}`)
        .sort(),
    ).toEqual(['a:waiting', 'b:waiting']);
    expect(f.snapshot()).toMatchObject({ seq: 3, fetchedAt: '2026-12-01T09:00:00.000Z', intervalMs: 5_000 });
    expect(f.changesSince(1)!.map((c) => c.seq)).toEqual([2, 3]);

    await publish(d.db, TEAM, epoch, {
      changes: [change(4, 'removed', 'b')],
      status: status('2026-12-01T09:00:05.000Z'),
    });
    await f.catchUp();
    expect(heard).toEqual(['b:4:removed', 'b:status']);
    expect(f.snapshot().callers.map((c) => c.callId)).toEqual(['a']);
    expect(f.changesSince(3)!.map((c) => c.seq)).toEqual([4]);
  });

  it('reads callers back exactly as published, so a new owner’s first poll sees no false changes', async () => {
    const { d, TEAM, epoch } = await setup();
    const published = [testCaller('a'), { ...testCaller('b'), details: { zeta: '1', a: '2' } }];
    await publish(d.db, TEAM, epoch, {
      changes: published.map((caller, i) => ({ seq: i + 1, kind: 'arrived', caller })),
    });
    const stored = await readCallers(d.db, TEAM);
    expect(diffCallers(new Map(stored.map((c) => [c.callId, c])), published)).toEqual([]);
  });

  it('refuses a publish from an owner that has been taken over, and keeps its successor’s', async () => {
    const { d, TEAM, epoch, feed } = await setup();
    const next = await takeOver(d.db, TEAM, 'instance-b');
    expect(next).toBe(epoch + 1);
    await expect(publish(d.db, TEAM, epoch, { changes: [change(1, 'arrived', 'stale')] })).rejects.toBeInstanceOf(
      FencedOut,
    );
    await publish(d.db, TEAM, next, { changes: [change(1, 'arrived', 'fresh')] });
    const { f } = feed();
    await f.ready;
    expect(f.epoch).toBe(next);
    expect(f.snapshot().callers.map((c) => c.callId)).toEqual(['fresh']);
  });

  it('sends a snapshot when the changes it missed were pruned', async () => {
    const { d, TEAM, epoch, feed } = await setup();
    await publish(d.db, TEAM, epoch, { changes: [change(1, 'arrived', 'a')] });
    const { f, heard } = feed();
    await f.ready;
    await publish(d.db, TEAM, epoch, { changes: [change(2, 'arrived', 'b')] });
    await publish(d.db, TEAM, epoch, { changes: [change(3, 'arrived', 'c')] });
    await d.db.execute(sql`DELETE FROM feed_changes WHERE team_id = ${TEAM} AND seq = 2`);
    await f.catchUp();
    expect(heard).toEqual(['b:snapshot']);
    expect(
      f
        .snapshot()
        .callers.map((c) => c.callId)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(f.changesSince(1)).toBeNull();
  });
});
