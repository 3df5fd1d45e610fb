import { z } from 'zod';

/** The `Idempotency-Key` header of a request that must not happen twice (a caller action, a booking). */
export const idempotencyKey = z.string().min(8).max(100);
