import { describe, expect, it } from 'vitest';
import { permissionsFor } from '@/lib/sessions/rules';
import type { SessionView } from '@/lib/sessions/view';
import type { ToolContext } from '../mcp/tool';
import { agentSession, toAgentSession } from './session-view';

const view: SessionView = {
  id: 's1',
  teamId: 't1',
  name: 'Follow-up',
  startTime: '2026-12-01T23:00:00.000Z',
  endTime: '2026-12-01T23:45:00.000Z',
  actualStartTime: null,
  actualEndTime: null,
  canceledAt: null,
  state: 'finished',
  permissions: permissionsFor('finished'),
  options: { singleUseLinks: false, hideMenu: false },
  source: 'booked',
  participants: [
    {
      id: 'p1',
      displayName: 'Dr Pat Practitioner',
      role: 'HOST',
      entryUrl: 'https://x/h',
      removed: false,
      sms: null,
      email: null,
    },
    {
      id: 'p2',
      displayName: 'Sarah Jenkins',
      role: 'GUEST',
      entryUrl: 'https://x/g',
      removed: false,
      sms: '•••• ••• 678',
      email: null,
    },
  ],
};

const ctx = (scopes: string[]) => ({ has: (s: string) => scopes.includes(s) }) as unknown as ToolContext;

describe('a session as an assistant sees it', () => {
  it('names guests by initials without patient-details, and never passes on a contact, even masked', () => {
    const seen = toAgentSession(view, ctx(['read']));
    expect(agentSession.parse(seen)).toEqual(seen);
    expect(seen.participants.map((p) => p.name)).toEqual(['Dr Pat Practitioner', 'S. J.']);
    expect(seen.participants[1]).toMatchObject({ hasMobile: true, hasEmail: false });
    expect(JSON.stringify(seen)).not.toMatch(/678|Sarah|Jenkins/);
  });

  it('keeps a guest’s name out of the session’s own name without patient-details', () => {
    const named = { ...view, name: 'Sarah jenkins follow-up (Sarahs mum)' };
    expect(toAgentSession(named, ctx(['read'])).name).toBe('S. J. follow-up (Sarahs mum)');
    expect(toAgentSession(named, ctx(['read', 'patient-details'])).name).toBe(named.name);
  });

  it('names guests in full with patient-details', () => {
    expect(toAgentSession(view, ctx(['read', 'patient-details'])).participants[1]!.name).toBe('Sarah Jenkins');
  });

  it('carries the screen’s reasons for what is not allowed now', () => {
    expect(toAgentSession(view, ctx(['read'])).permissions.addParticipant).toBe(
      'This session has finished, so nobody can be added to it.',
    );
  });
});
