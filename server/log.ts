import 'server-only';

type Level = 'debug' | 'info' | 'warn' | 'error';
type Fields = Record<string, string | number | boolean | null | undefined>;
export type LogSink = (line: string) => void;

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

// Only flat scalar fields are accepted, so a request body or a call's `details` object cannot be
// handed to the logger by accident; callers log ids, paths, statuses and durations.
let sink: LogSink = (line) => process.stdout.write(`${line}\n`);
let threshold: number = ORDER[(process.env.LOG_LEVEL as Level) ?? 'info'] ?? ORDER.info;

function emit(level: Level, msg: string, fields?: Fields) {
  if (ORDER[level] < threshold) return;
  sink(JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields }));
}

export const log = {
  debug: (msg: string, fields?: Fields) => emit('debug', msg, fields),
  info: (msg: string, fields?: Fields) => emit('info', msg, fields),
  warn: (msg: string, fields?: Fields) => emit('warn', msg, fields),
  error: (msg: string, fields?: Fields) => emit('error', msg, fields),
};

/** Tests capture every line to prove that secrets and patient data never reach a log. */
export function captureLogs(level: Level = 'debug'): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const previous = { sink, threshold };
  sink = (line) => lines.push(line);
  threshold = ORDER[level];
  return {
    lines,
    restore: () => {
      sink = previous.sink;
      threshold = previous.threshold;
    },
  };
}
