import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPost {
  text: string;
  /** When the answer was sent: the post has landed by then. */
  answeredAt?: number;
}

/**
 * A real chat webhook on a free loopback port: counts what arrives. While `hold()` is on, answers
 * wait until `release()`, so a test can keep a post in flight.
 */
export async function startWebhookListener() {
  const received: ReceivedPost[] = [];
  let held: (() => void)[] | null = null;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const post: ReceivedPost = { text: (JSON.parse(body) as { text: string }).text };
      received.push(post);
      const answer = () => {
        post.answeredAt = Date.now();
        res.end('ok');
      };
      if (held) held.push(answer);
      else setTimeout(answer, 20);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    hold() {
      held = [];
    },
    release() {
      const waiting = held ?? [];
      held = null;
      for (const answer of waiting) answer();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
