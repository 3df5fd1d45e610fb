import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@/test/helpers/databases';
import { queryAudit } from '../../audit';
import type { Database } from '../../db/client';
import { setDatabaseForTests } from '../../db/index';
import { captureLogs } from '../../log';
import { admitSsoSignIn } from './sign-in';

const ISS = 'https://idp.example';

describe.each(await testDatabases())('a refused single sign-on on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    setDatabaseForTests(database);
  }, 60_000);
  afterAll(() => database.close());

  it('sends the person to the page’s message, audits the attempt and logs the reason without their address', async () => {
    const capture = captureLogs();
    try {
      const answer = await admitSsoSignIn({ iss: ISS, sub: 'who', email: 'stranger@elsewhere.example' });
      expect(answer).toBe('/signin?error=SsoUnknown');
    } finally {
      capture.restore();
    }
    const [entry] = await queryAudit({ action: 'auth.sign_in_failed' });
    expect(entry).toMatchObject({
      actorEmail: 'stranger@elsewhere.example',
      changes: { provider: 'oidc', reason: 'unknown_account' },
    });
    const logged = capture.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toEqual([
      expect.objectContaining({ msg: 'single sign-on refused', reason: 'unknown_account', issuer: ISS }),
    ]);
    expect(capture.lines.join('\n')).not.toContain('stranger@elsewhere.example');
  });
});
