// One measurement, in a process of its own: the resident memory of a process that opened a fresh
// embedded database ('app': as Waitboard opens it; 'naive': a plain PGlite on a new folder), ran
// the migrations and wrote and read a clinic's worth of calls. Prints one JSON line.
// Usage: tsx --conditions=react-server bench/embedded-memory-probe.ts app|naive DATA_DIR
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../server/db/client';

const [mode, dataDir] = process.argv.slice(2);
if ((mode !== 'app' && mode !== 'naive') || !dataDir) throw new Error('usage: probe app|naive DATA_DIR');

async function work(run: (query: string) => Promise<unknown>) {
  await run(`create table if not exists probe (id serial primary key, v text)`);
  await run(`insert into probe (v) select repeat('x', 200) from generate_series(1, 50000)`);
  await run(`select v, count(*) from probe group by v`);
}

const started = performance.now();
if (mode === 'app') {
  const database = await openDatabase({ dataDir });
  await work((q) => database.db.execute(sql.raw(q)));
} else {
  const client = new PGlite(dataDir);
  await client.waitReady;
  await work((q) => client.query(q));
}
console.log(
  JSON.stringify({
    mode,
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
    ms: Math.round(performance.now() - started),
  }),
);
process.exit(0);
