import type { SandboxContext } from '../context';
import type { SimSession } from '../store';
import { isFinished, planTimeline } from './attendance';

/**
 * Reveals what happened in sessions as the clock passes it: participant join/leave webhooks, and
 * once a session is over with host and guest both present, a recording in the team's collection.
 */
export class SessionWatcher {
  constructor(private readonly ctx: SandboxContext) {}

  sync(now: number): void {
    for (const session of this.ctx.store.sessions.values()) {
      if (session.settled || session.canceledAt !== null || now < session.startTime) continue;
      this.reveal(session, now);
    }
  }

  private reveal(session: SimSession, now: number): void {
    const timeline = planTimeline(session, this.ctx.options.seed);
    const emit = (key: string, type: string, participantId: string, at: number) => {
      if (at > now || session.emitted.has(key)) return;
      session.emitted.add(key);
      this.ctx.webhooks.emit(type, { teamId: session.teamId, participantId, sessionId: session.sessionId }, at);
    };
    for (const a of timeline.attendance) {
      emit(`join:${a.participantId}`, 'participant:join', a.participantId, a.entry);
      emit(`leave:${a.participantId}`, 'participant:leave', a.participantId, a.exit);
    }
    if (!isFinished(session, timeline, now)) return;
    session.settled = true;
    const host = timeline.attendance.find((a) => a.role === 'HOST');
    const guest = timeline.attendance.find((a) => a.role !== 'HOST');
    if (!host || !guest || timeline.actualEnd === null) return;
    this.record(
      session,
      timeline.actualEnd,
      Math.round((timeline.actualEnd - Math.min(host.entry, guest.entry)) / 1000),
    );
  }

  private record(session: SimSession, at: number, seconds: number): void {
    const team = this.ctx.teamOf(session.teamId);
    if (!team) return;
    const { ids } = this.ctx;
    const submissionId = ids.uuid();
    this.ctx.store.submissions.set(submissionId, {
      submissionId,
      collectionId: team.recordingsCollectionId,
      teamId: team.id,
      sessionId: session.sessionId,
      submittingUserId: ids.uuid(),
      location: `recordings/${session.sessionId}`,
      createdAt: at,
      lockedAt: at,
      files: [
        {
          id: ids.uuid(),
          fixture: 'video',
          createdAt: at,
          metadata: { content_type: 'video/webm', duration_seconds: seconds },
        },
      ],
    });
    this.ctx.webhooks.emit(
      'datacollectionitem:saved',
      { teamId: team.id, collectionId: team.recordingsCollectionId, submissionId, dataType: 'video-recording' },
      at,
    );
  }
}
