import 'server-only';
import { text } from '@/lib/core/text';

/**
 * An id in a tool's arguments, held to what the screens' paths accept (server/http/request-limits.ts):
 * a NUL or a 3,000-character "id" is refused in words, never a database error.
 */
export const agentId = (what = 'id') =>
  text()
    .min(1, `Give the ${what}.`)
    .max(200, `That ${what} is too long: ids are at most 200 characters.`)
    .refine(
      (v) => !/\p{Cc}/u.test(v),
      `That ${what} holds control characters; copy it again from the tool that gave it.`,
    );
