import { describe, expect, it } from 'vitest';
import { newTeam } from './schemas';

const team = (id: string) => newTeam.safeParse({ id, name: 'Clinic', timezone: 'Australia/Sydney' });

describe('newTeam', () => {
  it('takes a Coviu team id (a uuid), trimmed and in lower case', () => {
    const parsed = team(' 09EF6778-3714-4DD6-91EC-D2868365C4EF ');
    expect(parsed.success && parsed.data.id).toBe('09ef6778-3714-4dd6-91ec-d2868365c4ef');
  });

  it('refuses anything else, which would only become a poller that fails for ever', () => {
    for (const id of ['<img src=x onerror=alert(1)>', 'junk', 'team-a', '09ef6778-3714-4dd6-91ec-d2868365c4e', ''])
      expect(team(id).error?.issues[0]?.path).toEqual(['id']);
  });
});
