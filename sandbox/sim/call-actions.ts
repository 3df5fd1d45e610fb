import type { SandboxContext } from '../context';
import type { SimCall } from '../store';

export class ActionError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

export type CallAction = 'answer' | 'hold' | 'resume' | 'transfer' | 'end' | 'leave';
export const CALL_ACTIONS: readonly CallAction[] = ['answer', 'hold', 'resume', 'transfer', 'end', 'leave'];

export function isTerminal(call: SimCall): boolean {
  return Boolean(call.leftQueueAt ?? call.transferredAt ?? call.finishedAt);
}

export function isWaiting(call: SimCall): boolean {
  return !isTerminal(call) && call.answeredAt === null;
}

const MAX_KEPT_CALLS = 50_000;

export interface NewCall {
  teamId: string;
  waitingQueueId: string;
  details: string;
  joinedAt: number;
  managed: boolean;
  callType?: 'video' | 'phone';
  previousCallId?: string | null;
  peerId?: string;
}

/**
 * Every change to a waiting call, for the simulation and the control API alike, with the lifecycle
 * timestamps of API-NOTES §3.4 and the matching webhooks.
 */
export class CallActions {
  constructor(private readonly ctx: SandboxContext) {}

  create(input: NewCall): SimCall {
    const { ids } = this.ctx;
    const call: SimCall = {
      callId: ids.uuid(),
      teamId: input.teamId,
      waitingQueueId: input.waitingQueueId,
      peerId: input.peerId ?? ids.uuid().replace(/-/g, '').slice(0, 20),
      socketId: ids.uuid(),
      callType: input.callType ?? 'video',
      details: input.details,
      joinedAt: input.joinedAt,
      lastActivityAt: input.joinedAt,
      answeredAt: null,
      startedAt: null,
      onHoldAt: null,
      leftQueueAt: null,
      transferredAt: null,
      finishedAt: null,
      emptiedAt: null,
      cleanedAt: null,
      transferredTo: null,
      transferredToTeam: null,
      previousCallId: input.previousCallId ?? null,
      managed: input.managed,
    };
    this.ctx.store.calls.set(call.callId, call);
    this.prune();
    this.emit('waitingarea:join', call, input.joinedAt);
    return call;
  }

  /** When the control API is arranging history (a backdated action), the time it does so. */
  private arrangedAt: number | null = null;

  /** An action the control API backdates to `at`: as `apply`, but listed as long as if it happened now. */
  arrange(call: SimCall, action: CallAction, at: number, target?: { teamId?: string; waitingQueueId?: string }) {
    this.arrangedAt = this.ctx.clock.now();
    try {
      return this.apply(call, action, at, target);
    } finally {
      this.arrangedAt = null;
    }
  }

  apply(call: SimCall, action: CallAction, at: number, target?: { teamId?: string; waitingQueueId?: string }): SimCall {
    if (isTerminal(call)) throw new ActionError(409, 'This call has already ended.');
    const result = this.change(call, action, at, target);
    call.lastActivityAt = at;
    return result;
  }

  private change(
    call: SimCall,
    action: CallAction,
    at: number,
    target?: { teamId?: string; waitingQueueId?: string },
  ): SimCall {
    switch (action) {
      case 'answer':
        if (call.answeredAt !== null && call.onHoldAt === null)
          throw new ActionError(409, 'This call is already being seen.');
        call.answeredAt ??= at;
        call.startedAt ??= at;
        call.onHoldAt = null;
        this.emit('waitingarea:answer', call, at);
        return call;
      case 'hold':
        if (call.onHoldAt !== null) throw new ActionError(409, 'This call is already on hold.');
        call.onHoldAt = at;
        this.emit('participant:on-hold', call, at);
        this.emit('call:updated', call, at);
        return call;
      case 'resume':
        if (call.onHoldAt === null) throw new ActionError(409, 'This call is not on hold.');
        call.onHoldAt = null;
        this.emit('call:updated', call, at);
        return call;
      case 'end':
        call.finishedAt = at;
        call.onHoldAt = null;
        this.emit('waitingarea:end-call', call, at);
        this.emit('call:end', call, at);
        this.scheduleCleanup(call, at);
        return call;
      case 'leave':
        if (call.answeredAt === null) {
          call.leftQueueAt = at;
          this.emit('waitingarea:leave', call, at);
        } else {
          call.finishedAt = at;
          this.emit('call:end', call, at);
        }
        call.onHoldAt = null;
        this.scheduleCleanup(call, at);
        return call;
      case 'transfer':
        return this.transfer(call, at, target ?? {});
    }
  }

  private transfer(call: SimCall, at: number, target: { teamId?: string; waitingQueueId?: string }): SimCall {
    const teamId = target.teamId ?? call.teamId;
    const team = this.ctx.store.teams.find((t) => t.id === teamId);
    if (!team) throw new ActionError(404, 'No such team.');
    const queue = team.queues.find((q) => q.id === target.waitingQueueId);
    if (!queue) throw new ActionError(400, 'Give the waitingQueueId of a queue in the destination team.');
    if (teamId === call.teamId && queue.id === call.waitingQueueId) {
      throw new ActionError(400, 'The call is already in that queue.');
    }
    call.transferredAt = at;
    call.transferredTo = queue.id;
    call.transferredToTeam = teamId;
    call.onHoldAt = null;
    this.ctx.webhooks.emit(
      'call:transfer',
      {
        teamId: call.teamId,
        callId: call.callId,
        waitingQueueId: call.waitingQueueId,
        destinationTeamId: teamId,
        destinationWaitingQueueId: queue.id,
      },
      at,
    );
    this.scheduleCleanup(call, at);
    return this.create({
      teamId,
      waitingQueueId: queue.id,
      details: call.details,
      joinedAt: at,
      managed: call.managed,
      callType: call.callType,
      previousCallId: call.callId,
      peerId: call.peerId,
    });
  }

  private emit(type: string, call: SimCall, at: number): void {
    if (type.startsWith('participant:')) {
      this.ctx.webhooks.emit(
        type,
        { teamId: call.teamId, participantId: call.socketId, waitingQueueId: call.waitingQueueId },
        at,
      );
      return;
    }
    this.ctx.webhooks.emit(type, { teamId: call.teamId, callId: call.callId, waitingQueueId: call.waitingQueueId }, at);
  }

  /**
   * Coviu empties and cleans a call some time after it ends; the waiting list stops showing it then.
   * An end backdated through the control API (`arrange`) is cleaned that long after it was arranged,
   * not after its `at`: otherwise it would vanish before any poller saw how it ended.
   */
  private scheduleCleanup(call: SimCall, at: number): void {
    const from = Math.max(at, this.arrangedAt ?? at);
    this.ctx.scheduler.schedule(from + this.ctx.options.cleanupAfterMs, (t) => {
      call.emptiedAt = t;
      call.cleanedAt = t;
    });
  }

  private prune(): void {
    const { calls } = this.ctx.store;
    if (calls.size <= MAX_KEPT_CALLS) return;
    for (const [id, c] of calls) {
      if (c.cleanedAt !== null) calls.delete(id);
      if (calls.size <= MAX_KEPT_CALLS * 0.9) break;
    }
  }
}
