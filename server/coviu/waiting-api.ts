import 'server-only';
import { z } from 'zod';
import type { WaitingCall } from '@/lib/waiting/call';
import { toWaitingCall } from './reshape';
import type { Transport } from './transport';
import { call } from './wire/waiting';

/** The waiting area is read-only in Coviu's API (API-NOTES §2.3): there is nothing to write. */
export function waitingApi(t: Transport) {
  return {
    async calls(teamId: string, signal?: AbortSignal): Promise<WaitingCall[]> {
      const wire = await t.json(
        { operation: 'getWaitingCalls', method: 'GET', path: '/v1/waiting/{teamId}', params: { teamId }, signal },
        z.array(call),
      );
      return wire.map(toWaitingCall);
    },

    async queueCalls(teamId: string, waitingQueueId: string, signal?: AbortSignal): Promise<WaitingCall[]> {
      const wire = await t.json(
        {
          operation: 'getWaitingCallsForQueue',
          method: 'GET',
          path: '/v1/waiting/{teamId}/queue/{waitingQueueId}',
          params: { teamId, waitingQueueId },
          signal,
        },
        z.array(call),
      );
      return wire.map(toWaitingCall);
    },

    async call(teamId: string, callId: string, signal?: AbortSignal): Promise<WaitingCall> {
      const wire = await t.json(
        {
          operation: 'getCall',
          method: 'GET',
          path: '/v1/waiting/{teamId}/calls/{callId}',
          params: { teamId, callId },
          signal,
        },
        call,
      );
      return toWaitingCall(wire);
    },
  };
}
