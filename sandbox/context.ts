import { SandboxClock } from './clock';
import { seedTimetable } from './sim/timetable';
import { Faults } from './faults';
import type { SandboxOptions } from './options';
import { hashSeed, Random } from './random';
import { Scheduler } from './scheduler';
import { CallActions } from './sim/call-actions';
import { ClinicSimulation } from './sim/clinic';
import { PatientFactory } from './sim/patients';
import { SessionWatcher } from './sim/session-watcher';
import { buildTeams } from './sim/teams';
import { Stats } from './stats';
import { emptyStore, type Store } from './store';
import { TokenIssuer } from './tokens';
import { WebhookSender } from './webhooks';

const WARM_UP_MS = 45 * 60_000;

/** Everything one sandbox instance holds; `reset` rebuilds it from the seed. */
export class SandboxContext {
  options: SandboxOptions;
  readonly clock: SandboxClock;
  readonly scheduler = new Scheduler();
  readonly stats = new Stats();
  readonly webhooks: WebhookSender;
  readonly tokens: TokenIssuer;
  store: Store = emptyStore();
  /** Separate streams, so control-API traffic does not change what the simulation does. */
  ids!: Random;
  sim!: Random;
  faults!: Faults;
  patients!: PatientFactory;
  readonly calls = new CallActions(this);
  readonly clinic = new ClinicSimulation(this);
  readonly sessions = new SessionWatcher(this);
  baseUrl = 'http://127.0.0.1';
  /** Bodies carry the API client as a uuid (API-NOTES §3.1); the credential id itself may be any text. */
  readonly clientUuid: string;

  constructor(options: SandboxOptions) {
    this.options = options;
    this.clock = new SandboxClock(options.timeScale, options.startAt ?? Date.now());
    this.webhooks = new WebhookSender(options.webhookUrl, options.webhookAuth);
    const clientUserId = new Random(options.seed ^ 0x5eed).uuid();
    this.clientUuid = new Random(hashSeed('api-client', options.clientId)).uuid();
    this.tokens = new TokenIssuer(
      this.clock,
      () => this.options.tokenTtlSeconds,
      clientUserId,
      () => this.store.teams[0]?.id ?? '',
    );
    this.reset(options.seed);
  }

  reset(seed: number = this.options.seed): void {
    this.options = { ...this.options, seed };
    this.scheduler.clear();
    this.ids = new Random(seed);
    this.sim = new Random(seed ^ 0x9e3779b9);
    this.faults = new Faults(new Random(seed ^ 0x85ebca6b));
    this.patients = new PatientFactory(seed);
    const { teams, collections } = buildTeams(new Random(seed ^ 0x27d4eb2f), this.clock.now() - 30 * 86_400_000);
    this.store = { ...emptyStore(), teams, collections };
    this.seedRecordings();
    this.stats.reset();
    this.clinic.stop();
    if (this.options.simulate) this.warmUp();
  }

  /** Starts the clinic some time ago, so a fresh sandbox already has callers waiting and being seen. */
  private warmUp(): void {
    this.clinic.start(this.clock.now() - WARM_UP_MS);
    this.scheduler.runDue(this.clock.now());
    seedTimetable(this, this.clock.now());
  }

  /** A few earlier recordings per team, so collections are not empty on a fresh start. */
  private seedRecordings(): void {
    const rng = new Random(this.options.seed ^ 0x165667b1);
    for (const team of this.store.teams) {
      for (let i = 1; i <= 2; i++) {
        const at = this.clock.now() - i * 86_400_000;
        const submissionId = rng.uuid();
        this.store.submissions.set(submissionId, {
          submissionId,
          collectionId: team.recordingsCollectionId,
          teamId: team.id,
          sessionId: null,
          submittingUserId: rng.uuid(),
          location: `recordings/earlier-${i}`,
          createdAt: at,
          lockedAt: at,
          files: [
            {
              id: rng.uuid(),
              fixture: 'video',
              createdAt: at,
              metadata: { content_type: 'video/webm', duration_seconds: 8 },
            },
          ],
        });
      }
    }
  }

  setSimulation(enabled: boolean): void {
    this.options = { ...this.options, simulate: enabled };
    if (enabled) this.clinic.start(this.clock.now());
    else this.clinic.stop();
  }

  /** Brings the world up to the clock: due events, then sessions' joins, leaves and recordings. */
  sync(): void {
    const now = this.clock.now();
    this.scheduler.runDue(now);
    this.sessions.sync(now);
  }

  teamOf(teamId: string) {
    return this.store.teams.find((t) => t.id === teamId);
  }

  /** The API client's own team: sessions are created in it (one client, one team, as at Coviu). */
  get clientTeamId(): string {
    return this.store.teams[0]!.id;
  }

  entryUrl(participantId: string): string {
    return `${this.options.publicUrl ?? this.baseUrl}/session/${participantId}`;
  }
}
