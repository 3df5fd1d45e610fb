import 'server-only';
import type { EventEmitter } from 'node:events';
import { type Bus, bus } from './bus';

// Per process, not per module: Next bundles a module more than once, and every copy must find the
// handlers the first one attached, or each signal would run them once per bundle.
const holder = globalThis as unknown as { waitboardBusListeners?: Map<string, Bus> };

/**
 * Attaches `attach`'s handlers to the process's bus once (again after a closed bus was replaced).
 * Resolves to whether the process is listening now: when it is not, nothing may be cached that
 * another instance could change, as this one would never hear of the change.
 */
export async function listening(name: string, attach: (events: EventEmitter) => void): Promise<boolean> {
  let current: Bus;
  try {
    current = await bus();
  } catch {
    return false;
  }
  const attached = (holder.waitboardBusListeners ??= new Map());
  if (attached.get(name) !== current) {
    attached.set(name, current);
    attach(current.events);
  }
  return true;
}
