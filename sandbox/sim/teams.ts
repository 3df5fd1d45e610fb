import type { Random } from '../random';
import type { SimCollection, SimTeam } from '../store';

interface QueueSpec {
  name: string;
  arrivalsPerHour: number;
  practitioners: number;
}

const CLINICS: { name: string; timezone: string; queues: QueueSpec[] }[] = [
  {
    name: 'Harbourside Family Clinic',
    timezone: 'Australia/Sydney',
    queues: [
      { name: 'General practice', arrivalsPerHour: 14, practitioners: 3 },
      { name: 'Urgent care', arrivalsPerHour: 6, practitioners: 2 },
      { name: 'Mental health', arrivalsPerHour: 3, practitioners: 1 },
    ],
  },
  {
    name: 'Riverbend Physiotherapy',
    timezone: 'Australia/Brisbane',
    queues: [
      { name: 'Physiotherapy', arrivalsPerHour: 6, practitioners: 2 },
      { name: 'Post-op follow-up', arrivalsPerHour: 3, practitioners: 1 },
    ],
  },
  {
    name: 'Coastal Kids Paediatrics',
    timezone: 'Australia/Perth',
    queues: [
      { name: 'Paediatrics', arrivalsPerHour: 8, practitioners: 2 },
      { name: 'Immunisation', arrivalsPerHour: 4, practitioners: 1 },
    ],
  },
];

const PRACTITIONER_NAMES = [
  'Dr Amira Haddad',
  'Dr Ben Okafor',
  'Dr Chloe Nguyen',
  'Dr Daniel Walsh',
  'Dr Esther Kim',
  'Dr Farid Rahman',
  'Dr Grace Liu',
  'Dr Hamish Doyle',
  'Dr Isla Moreno',
  'Dr Jack Patel',
  'Dr Kiri Tane',
  'Dr Lena Fischer',
  'Dr Marcus Reid',
  'Dr Nadia Petrov',
];

/** The simulated clinics; ids come from the seed so they are stable across restarts. */
export function buildTeams(rng: Random, createdAt: number): { teams: SimTeam[]; collections: SimCollection[] } {
  const teams: SimTeam[] = [];
  const collections: SimCollection[] = [];
  let nameIndex = 0;
  for (const clinic of CLINICS) {
    const teamId = rng.uuid();
    const queues = clinic.queues.map((q) => ({
      id: rng.uuid(),
      name: q.name,
      arrivalsPerHour: q.arrivalsPerHour,
      practitioners: Array.from({ length: q.practitioners }, () => ({
        id: rng.uuid(),
        name: PRACTITIONER_NAMES[nameIndex++ % PRACTITIONER_NAMES.length]!,
        callId: null,
      })),
    }));
    const recordings: SimCollection = {
      id: rng.uuid(),
      collectionId: rng.uuid(),
      teamId,
      reference: 'consult-recordings',
      name: 'Consultation recordings',
      readSetting: 'team',
      deleteSetting: 'restricted',
      createdAt,
    };
    const forms: SimCollection = {
      id: rng.uuid(),
      collectionId: rng.uuid(),
      teamId,
      reference: 'consent-forms',
      name: 'Consent forms',
      readSetting: 'team',
      deleteSetting: 'exclusive',
      createdAt,
    };
    collections.push(recordings, forms);
    teams.push({
      id: teamId,
      name: clinic.name,
      timezone: clinic.timezone,
      queues,
      recordingsCollectionId: recordings.collectionId,
      formsCollectionId: forms.collectionId,
    });
  }
  return { teams, collections };
}
