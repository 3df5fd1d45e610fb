import 'server-only';
import { EventEmitter } from 'node:events';
import type { Pool, PoolConfig } from 'pg';
import createSubscriber from 'pg-listen';
import type { Database } from '../db/client';
import { log } from '../log';
import type { Bus } from './bus';
import { CHANNEL, parseSignal } from './signals';

/** How often the LISTEN connection is proved alive: a cut network shows only when a query fails. */
const CHECK_MS = 2_000;

/**
 * LISTEN on one connection of its own (pg-listen reconnects it for ever); NOTIFY through the pool.
 * After a reconnect, RESYNC tells every reader to read the tables again, as NOTIFY has no replay.
 */
export async function listenToPostgres(d: Database): Promise<Bus> {
  const pool = (d.db as unknown as { $client: Pool & { options: PoolConfig } }).$client;
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const subscriber = createSubscriber(
    // A query on a cut connection would otherwise wait for TCP to give up, minutes later.
    { ...pool.options, query_timeout: CHECK_MS, keepAlive: true },
    { paranoidChecking: CHECK_MS, retryInterval: (n) => Math.min(5_000, 250 * 2 ** n), retryTimeout: 0 },
  );
  subscriber.notifications.on(CHANNEL, (payload: unknown) => {
    const s = parseSignal(payload);
    if (s) events.emit(s.kind, s);
  });
  subscriber.events.on('error', (error) => log.warn('cluster listener failed', { name: error?.name }));
  subscriber.events.on('reconnect', (attempt) => log.warn('cluster listener reconnecting', { attempt }));
  let first = true;
  subscriber.events.on('connected', () => {
    if (!first) {
      log.info('cluster listener reconnected', {});
      events.emit('resync');
    }
    first = false;
  });
  await subscriber.connect();
  await subscriber.listenTo(CHANNEL);
  return {
    events,
    send: async (signal) => {
      await pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(signal)]);
    },
    close: () => subscriber.close(),
  };
}
