// How good is the expected wait? Plays sandbox clinic days (14 days of history, then evaluation
// days), samples every waiting caller each simulated minute, and compares our estimate with the
// naive one (people ahead × median consult ÷ practitioners) against the wait that followed. Only
// callers who were then answered count: a caller who gave up or was transferred has no "time to be
// seen". The naive estimate has no range, so it gets a ± band of the same average width as ours:
// coverage then compares where the two put their ranges, not how wide they are.
import { playDays } from './expected-wait-sim';
import { score } from './expected-wait-score';

const SEED = Number(process.env.BENCH_SEED ?? 42);
/** Midnight in Sydney, so days are clinic days; pinned so runs compare. */
const START = Date.UTC(2026, 9, 31, 13, 0);
const PLAYED_HISTORY_DAYS = 14;
const EVAL_DAYS = Number(process.env.BENCH_EVAL_DAYS ?? 3);
/** Days of history the basis reads: 2 hours shows the model withholding and widening. */
const HISTORY_SIZES = [2 / 24, 1, 3, 14];
/** The sandbox's clinics as they are, and busier (queues form): arrivals × this. */
const LOADS = [1, 1.6];

const label = (days: number, roster: boolean) =>
  `${days < 1 ? `${Math.round(days * 24)} hours` : `${days} day${days === 1 ? '' : 's'}`}${roster ? '' : ', no roster'}`;
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const started = performance.now();
for (const load of LOADS) {
  const played = playDays(SEED, START, PLAYED_HISTORY_DAYS, EVAL_DAYS, load);
  console.log(
    `\nArrivals × ${load}: ${played.teams.length} clinics, seed ${SEED}, ${PLAYED_HISTORY_DAYS} days played before ${EVAL_DAYS} evaluation days; ` +
      `${played.calls.size} calls, ${played.samples.length} waiting caller-minutes sampled`,
  );
  console.log(
    'history            | scored | withheld | MAE ours | MAE naive | naive÷ours | inside ours | inside naive ± same width | avg width',
  );
  for (const [days, roster] of [...HISTORY_SIZES.map((d) => [d, true] as const), [14, false] as const]) {
    const s = score(played, days, roster);
    console.log(
      [
        label(days, roster).padEnd(18),
        String(s.scored).padStart(6),
        pct(s.withheld / s.scored).padStart(8),
        `${s.maeOurs.toFixed(2)} min`.padStart(8),
        `${s.maeNaive.toFixed(2)} min`.padStart(9),
        `${(s.maeNaive / s.maeOurs).toFixed(2)}×`.padStart(10),
        pct(s.insideOurs).padStart(11),
        pct(s.insideNaive).padStart(25),
        `${s.width.toFixed(1)} min`.padStart(9),
      ].join(' | '),
    );
  }
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
