import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** Header names lower-cased, folded lines joined. */
  headers: Record<string, string>;
  /** The body, with its transfer encoding undone. */
  text: string;
}

type Stage = 'mail' | 'rcpt';

function decode(raw: string): Pick<ReceivedMail, 'headers' | 'text'> {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = Object.fromEntries(
    head.split('\r\n').map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  const body = raw.slice(split + 4);
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body, 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body
              .replace(/=\r\n/g, '')
              .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8')
        : body;
  return { headers, text: text.replace(/\r\n$/, '') };
}

/**
 * A real SMTP server on a free loopback port that keeps what it receives. `refuse` makes the next
 * MAIL FROM or RCPT TO fail with an SMTP reply code; `tries` counts the commands. Port 0 picks a
 * free one; the e2e run passes the port its app was configured with.
 */
export async function startMailListener(auth?: { user: string; pass: string }, listenPort = 0) {
  const received: ReceivedMail[] = [];
  const refusals: Record<Stage, number[]> = { mail: [], rcpt: [] };
  const tries = { mail: 0, rcpt: 0 };
  const answer = (stage: Stage, callback: (err?: Error | null) => void) => {
    tries[stage] += 1;
    const code = refusals[stage].shift();
    if (!code) return callback();
    callback(
      Object.assign(new Error(code < 500 ? 'Try again later' : 'Requested action not taken'), { responseCode: code }),
    );
  };
  const server = new SMTPServer({
    // Plain SMTP on loopback: no STARTTLS, so the client does not meet the built-in test certificate.
    disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(login, _session, callback) {
      if (login.username === auth?.user && login.password === auth?.pass)
        return callback(null, { user: login.username });
      callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onMailFrom: (_address, _session, callback) => answer('mail', callback),
    onRcptTo: (_address, _session, callback) => answer('rcpt', callback),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          ...decode(Buffer.concat(chunks).toString('latin1')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    received,
    tries,
    refuse: (stage: Stage, ...codes: number[]) => refusals[stage].push(...codes),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
