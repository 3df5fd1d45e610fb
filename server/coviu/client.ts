import 'server-only';
import type { BackoffPolicy } from './backoff';
import { collectionsApi } from './collections-api';
import { participantsApi, sessionsApi } from './sessions-api';
import { TokenManager } from './token-manager';
import { Transport } from './transport';
import { waitingApi } from './waiting-api';

export interface CoviuClientOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs?: number;
  backoff?: Partial<BackoffPolicy>;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export type CoviuClient = ReturnType<typeof createCoviuClient>;

export function createCoviuClient(options: CoviuClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const tokens = new TokenManager({ ...options, baseUrl });
  const transport = new Transport({ ...options, baseUrl, tokens });
  return {
    tokens,
    sessions: sessionsApi(transport),
    participants: participantsApi(transport),
    waiting: waitingApi(transport),
    collections: collectionsApi(transport),
  };
}
