import 'server-only';
import type { StreamMessage } from '@/lib/waiting/stream';

export type Listener = (message: StreamMessage) => void;

/** The open streams of one team on this instance; a stream whose listener throws is dropped. */
export class Subscribers {
  private listeners = new Set<Listener>();

  get size(): number {
    return this.listeners.size;
  }

  /** Adds a listener; returns its removal. */
  add(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  broadcast(message: StreamMessage): void {
    for (const listener of this.listeners) {
      try {
        listener(message);
      } catch {
        this.listeners.delete(listener);
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
