import 'server-only';
import pino from 'pino';
import { env } from './env';

type Level = 'debug' | 'info' | 'warn' | 'error';
type Fields = Record<string, string | number | boolean | null | undefined>;
export type LogSink = (line: string) => void;

// Only flat scalar fields are accepted, so a request body or a call's `details` object cannot be
// handed to the logger by accident; callers log ids, paths, statuses and durations. Should one
// slip through a cast anyway, these keys are censored at the top level and one level down. `name`
// is not among them: callers log an error's class name under it.
const SENSITIVE = [
  'details',
  'patient',
  'displayName',
  'phone',
  'mobile',
  'medicare',
  'dob',
  'email',
  // An entry link's recipient (a phone number or an address); the notifiers never pass it.
  'recipient',
  'password',
  'secret',
  'clientSecret',
  'token',
  'accessToken',
  'refreshToken',
  'authorization',
  'cookie',
];

// Synchronous writes to stdout and no transport: a transport runs in a worker thread, where lines
// still queued are lost if the process dies. (Next keeps pino out of its bundles by default.)
const stdout = pino.destination({ dest: 1, sync: true });
let sink: LogSink = (line) => stdout.write(line);

const logger = pino(
  {
    level: env().LOG_LEVEL,
    base: null,
    timestamp: () => `,"t":"${new Date().toISOString()}"`,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: SENSITIVE.flatMap((key) => [key, `*.${key}`]), censor: '[redacted]' },
  },
  { write: (line: string) => sink(line) },
);

export const log = {
  debug: (msg: string, fields?: Fields) => logger.debug(fields ?? {}, msg),
  info: (msg: string, fields?: Fields) => logger.info(fields ?? {}, msg),
  warn: (msg: string, fields?: Fields) => logger.warn(fields ?? {}, msg),
  error: (msg: string, fields?: Fields) => logger.error(fields ?? {}, msg),
};

/** Tests capture every line to prove that secrets and patient data never reach a log. */
export function captureLogs(level: Level = 'debug'): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const previous = { sink, level: logger.level };
  sink = (line) => lines.push(line.endsWith('\n') ? line.slice(0, -1) : line);
  logger.level = level;
  return {
    lines,
    restore: () => {
      sink = previous.sink;
      logger.level = previous.level;
    },
  };
}
