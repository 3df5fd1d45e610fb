import { TZDate } from '@date-fns/tz';
import type { SandboxContext } from '../context';
import { Random } from '../random';
import { insertSession } from './bookings';
import { PatientFactory } from './patients';

const MINUTE = 60_000;
const DAY = 86_400_000;
const FIRST_SLOT_HOUR = 8;
const LAST_SLOT_HOUR = 17;
const KINDS = ['Consultation', 'Follow-up', 'Review', 'New patient'];

/**
 * The API client's clinic's booked consultations for yesterday, today and tomorrow: half-hour
 * slots, about half of them taken, booked the day before. They play out by the attendance plan
 * (late hosts, no-show guests, overruns), so a fresh sandbox has sessions in every state and
 * yesterday's finished ones have summaries and recordings.
 */
export function seedTimetable(ctx: SandboxContext, now: number): number {
  const team = ctx.store.teams.find((t) => t.id === ctx.clientTeamId);
  if (!team) return 0;
  const rng = new Random(ctx.options.seed ^ 0x7a3b9c1d);
  const patients = new PatientFactory(ctx.options.seed ^ 0x2c1b3a4f);
  const hosts = team.queues.flatMap((q) => q.practitioners.map((p) => p.name));
  const today = new TZDate(now, team.timezone);
  let booked = 0;
  for (let day = -1; day <= 1; day++) {
    for (let hour = FIRST_SLOT_HOUR; hour <= LAST_SLOT_HOUR; hour++) {
      for (const minute of [0, 30]) {
        if (!rng.chance(0.5)) continue;
        const start = new TZDate(
          today.getFullYear(),
          today.getMonth(),
          today.getDate() + day,
          hour,
          minute,
          team.timezone,
        ).getTime();
        const length = rng.chance(0.7) ? 20 : 30;
        const patient = patients.next();
        const host = hosts[rng.int(0, hosts.length - 1)] ?? 'Dr Host';
        insertSession(
          ctx,
          {
            name: `${KINDS[rng.int(0, KINDS.length - 1)]} with ${host}`,
            picture: null,
            startTime: start,
            endTime: start + length * MINUTE,
            featureFlags: [],
          },
          [
            { displayName: host, role: 'HOST', picture: null, state: null, phone: null, userHint: null },
            {
              displayName: patient.name ?? 'Patient',
              role: 'GUEST',
              picture: null,
              state: null,
              phone: patient.phone ?? null,
              userHint: null,
            },
          ],
          Math.min(now, start - DAY),
        );
        booked++;
      }
    }
  }
  return booked;
}
