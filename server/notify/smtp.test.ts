import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailListener } from '@/test/helpers/mail-listener';
import type { OutgoingMessage } from '../sessions/notifier';
import { smtpNotifier } from './smtp';

const LINK = 'https://coviu.example/session/abc?token=x1y2-z3&single=1';
const message: OutgoingMessage = {
  channel: 'email',
  to: 'pat.guest@patients.example',
  subject: 'Your video consultation with North Clinic',
  body: `Your video consultation with North Clinic is on Tue 2 Dec, 10:00. Join at that time here: ${LINK}`,
};
const settings = (port: number) => ({
  host: '127.0.0.1',
  port,
  secure: false,
  from: 'North Clinic <links@clinic.example>',
});
const fast = { timeoutMs: 2_000, retryDelayMs: 10 };

describe('email over SMTP, against a real local SMTP server', () => {
  let mail: Awaited<ReturnType<typeof startMailListener>>;
  beforeAll(async () => {
    mail = await startMailListener({ user: 'relay-user', pass: 'relay-pass' });
  });
  afterAll(() => mail.close());

  const notifier = () => smtpNotifier({ ...settings(mail.port), user: 'relay-user', pass: 'relay-pass' }, fast);

  it('delivers the message with the entry link and records the Message-ID it went out with', async () => {
    const before = mail.received.length;
    const delivery = await notifier().send(message);
    expect(delivery).toMatchObject({ status: 'sent', attempts: 1 });
    const [arrived] = mail.received.slice(before);
    expect(arrived!.to).toEqual([message.to]);
    expect(arrived!.from).toBe('links@clinic.example');
    expect(arrived!.headers.subject).toBe(message.subject);
    expect(arrived!.text).toBe(message.body);
    expect(arrived!.text).toContain(LINK);
    expect(delivery.detail).toBe(arrived!.headers['message-id']);
  });

  it('tries once more after a transient refusal (SMTP 451) and then delivers', async () => {
    const [before, tries] = [mail.received.length, mail.tries.mail];
    mail.refuse('mail', 451);
    const delivery = await notifier().send(message);
    expect(delivery).toMatchObject({ status: 'sent', attempts: 2 });
    expect(mail.tries.mail - tries).toBe(2);
    expect(mail.received.length - before).toBe(1);
  });

  it('records a permanent refusal (SMTP 550) in words, without the address, and does not retry', async () => {
    const [before, tries] = [mail.received.length, mail.tries.rcpt];
    mail.refuse('rcpt', 550);
    const delivery = await notifier().send(message);
    expect(delivery).toEqual({ status: 'failed', detail: 'mailbox unavailable (SMTP 550)', attempts: 1 });
    expect(mail.tries.rcpt - tries).toBe(1);
    expect(mail.received.length).toBe(before);
  });

  it('says the login was refused when the relay rejects the credentials', async () => {
    const wrong = smtpNotifier({ ...settings(mail.port), user: 'relay-user', pass: 'wrong' }, fast);
    const delivery = await wrong.send(message);
    expect(delivery.status).toBe('failed');
    expect(delivery.detail).toMatch(/refused the login/);
    expect(delivery.attempts).toBe(1);
  });
});

describe('email over SMTP when the server misbehaves', () => {
  let hanging: Server;
  let connections = 0;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    // Accepts the connection and never says hello.
    hanging = createServer((socket) => {
      connections += 1;
      sockets.push(socket);
    });
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    sockets.forEach((s) => s.destroy());
    await new Promise((resolve) => hanging.close(resolve));
  });

  it('gives up on a server that never answers after the timeout, once', async () => {
    const address = hanging.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const delivery = await smtpNotifier(settings(port), { timeoutMs: 300, retryDelayMs: 10 }).send(message);
    expect(delivery).toEqual({ status: 'failed', detail: 'the mail server did not answer within 0.3 s', attempts: 1 });
    expect(connections).toBe(1);
  });

  it('retries a refused connection once, then reports it', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = closed.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise((resolve) => closed.close(resolve));
    const delivery = await smtpNotifier(settings(port), fast).send(message);
    expect(delivery).toEqual({ status: 'failed', detail: 'could not reach the mail server; tried twice', attempts: 2 });
  });
});
