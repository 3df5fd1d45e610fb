import 'server-only';
import { z } from 'zod';
import { AVAILABILITY_STATES } from '@/lib/practitioners/types';
import { loadRoster } from '../../practitioners/roster';
import { listTeams } from '../../staff/teams';
import { defineTool } from '../mcp/tool';

const clinic = z.object({
  teamId: z.string(),
  name: z.string(),
  timezone: z.string(),
  queues: z.array(z.object({ queueId: z.string(), name: z.string() })),
  practitioners: z.array(
    z.object({
      practitionerId: z.string(),
      name: z.string(),
      availability: z.enum(AVAILABILITY_STATES),
      doing: z.string().nullable().describe('What Waitboard knows they are doing now, e.g. "session until 10:30"'),
    }),
  ),
});

export const listClinics = defineTool({
  name: 'list_clinics',
  title: 'List clinics',
  description:
    'The clinics this token may act in, each with its waiting queues and its practitioners and whether each is available now. Start here: other tools take these ids.',
  scope: 'read',
  input: z.object({}),
  output: z.object({ clinics: z.array(clinic) }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async run(ctx) {
    const teams = await listTeams({ ids: ctx.staff.teamIds });
    const clinics = await Promise.all(
      teams.map(async (t) => {
        const roster = await loadRoster(t.id);
        return {
          teamId: t.id,
          name: t.name,
          timezone: t.timezone,
          queues: t.queues.map((q) => ({ queueId: q.id, name: q.name })),
          practitioners: roster.practitioners
            .filter((p) => p.active)
            .map((p) => ({
              practitionerId: p.id,
              name: p.name,
              availability: p.availability,
              doing: p.derived?.label ?? null,
            })),
        };
      }),
    );
    return { clinics };
  },
});
