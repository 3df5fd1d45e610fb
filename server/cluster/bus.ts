import 'server-only';
import { EventEmitter } from 'node:events';
import { database } from '../db';
import { log } from '../log';
import { listenToPostgres } from './postgres-bus';
import { type ClusterSignal, type SignalKind, type SignalOf } from './signals';

export type { ClusterSignal } from './signals';

/**
 * The cluster's one channel. On PostgreSQL every instance LISTENs and a signal is a NOTIFY, so it
 * reaches every instance, the sender included; on the embedded database there is one process and
 * the same signals go round in memory. Either way a handler runs for every signal, own ones too,
 * so code reacts to a signal the same way wherever it was raised.
 */
export interface Bus {
  send(signal: ClusterSignal): Promise<void>;
  /** Handlers run after LISTEN's connection came back: notifications sent meanwhile are lost. */
  readonly events: EventEmitter;
  close(): Promise<void>;
}

export const RESYNC = 'resync';

function memoryBus(): Bus {
  const events = new EventEmitter();
  events.setMaxListeners(0);
  return {
    events,
    // Delivered on a later turn, as a NOTIFY would be: a sender never re-enters its own handler.
    send: async (signal) => void setImmediate(() => events.emit(signal.kind, signal)),
    close: async () => undefined,
  };
}

const holder = globalThis as unknown as { waitboardBus?: Promise<Bus> };

export function bus(): Promise<Bus> {
  holder.waitboardBus ??= (async () => {
    const d = await database();
    return d.kind === 'postgres' ? listenToPostgres(d) : memoryBus();
  })().catch((error: unknown) => {
    holder.waitboardBus = undefined;
    throw error;
  });
  return holder.waitboardBus;
}

/** Tells every instance. A signal that cannot be sent is logged, never thrown: the change it follows has happened. */
export async function signal(s: ClusterSignal): Promise<void> {
  try {
    await (await bus()).send(s);
  } catch (error) {
    log.warn('cluster signal not sent', { kind: s.kind, name: (error as Error)?.name });
  }
}

/** Runs `handler` for every signal of this kind, from any instance; returns the unsubscribe. */
export function onSignal<K extends SignalKind>(kind: K, handler: (s: SignalOf<K>) => void): () => void {
  let off = () => undefined as void;
  let cancelled = false;
  void bus().then(
    (b) => {
      if (cancelled) return;
      const h = handler as (s: ClusterSignal) => void;
      b.events.on(kind, h);
      off = () => void b.events.off(kind, h);
    },
    () => undefined,
  );
  return () => {
    cancelled = true;
    off();
  };
}

/** Runs `handler` whenever signals may have been missed (LISTEN reconnected): re-read what you cache. */
export function onResync(handler: () => void): () => void {
  let off = () => undefined as void;
  void bus().then(
    (b) => {
      b.events.on(RESYNC, handler);
      off = () => void b.events.off(RESYNC, handler);
    },
    () => undefined,
  );
  return () => off();
}

/** Stops listening (a command-line run that is done, a test): the next use listens afresh. */
export async function closeBus(): Promise<void> {
  const open = holder.waitboardBus;
  holder.waitboardBus = undefined;
  const current = await open?.catch(() => null);
  await current?.close();
}
