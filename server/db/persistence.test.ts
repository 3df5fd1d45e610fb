import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { teams } from './schema';

const dir = mkdtempSync(join(tmpdir(), 'waitboard-pglite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the embedded database', () => {
  it('keeps its data across a restart, and migrating again changes nothing', async () => {
    const first = await openDatabase({ dataDir: dir });
    await first.db.insert(teams).values({ id: 'persist-1', name: 'Persisting Clinic', timezone: 'Australia/Hobart' });
    await first.close();

    const second = await openDatabase({ dataDir: dir });
    const [row] = await second.db.select().from(teams).where(eq(teams.id, 'persist-1'));
    await second.close();
    expect(row).toMatchObject({ name: 'Persisting Clinic', timezone: 'Australia/Hobart' });
  }, 60_000);
});
