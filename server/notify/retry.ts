import 'server-only';
import type { Delivery } from '../sessions/notifier';

/** One try: what happened, and for a failure worth one more try, how long to wait first. */
export interface Attempt {
  delivery: Delivery;
  retryAfterMs?: number;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Tries once more after a transient failure, and only once: the person who pressed "Send" is
 * waiting for the answer, and a provider still failing after that is better reported to them
 * (they can press again, or copy the link) than retried in the background behind their back.
 */
export async function withOneRetry(attempt: () => Promise<Attempt>, wait = sleep): Promise<Delivery> {
  const first = await attempt();
  if (first.delivery.status !== 'failed' || first.retryAfterMs === undefined) return { ...first.delivery, attempts: 1 };
  await wait(first.retryAfterMs);
  const second = await attempt();
  const delivery = { ...second.delivery, attempts: 2 };
  if (delivery.status === 'failed') delivery.detail = `${delivery.detail ?? 'failed'}; tried twice`;
  return delivery;
}

/**
 * A provider's own words, made safe to store and show: providers echo the recipient back ("The
 * 'To' number +614… is not valid"), so the recipient, anything shaped like an address or a phone
 * number, and control characters go, and the text is kept short.
 */
export function scrub(text: string, recipient: string): string {
  const cleaned = (recipient ? text.split(recipient).join('[recipient]') : text)
    .replace(/[^\s<>"'(),;:[\]]+@[^\s<>"'(),;:[\]]+/g, '[address]')
    .replace(/[+(]?\d[\d\s().-]{5,}\d/g, '[number]')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > 160 ? `${cleaned.slice(0, 159)}…` : cleaned;
}
