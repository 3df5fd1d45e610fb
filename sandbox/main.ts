import { optionsFromEnv } from './options';
import { startSandbox } from './server';

const port = Number(process.env.SANDBOX_PORT ?? 4010);
const options = optionsFromEnv(process.env);
const sandbox = await startSandbox({ ...options, port });
const teams = sandbox.ctx.store.teams.map((t) => `${t.name} (${t.queues.length} queues)`).join(', ');
console.log(
  `Coviu sandbox listening on ${sandbox.url} (seed ${options.seed}, time x${options.timeScale}, simulation ${options.simulate ? 'on' : 'off'})`,
);
console.log(`Teams: ${teams}. Control API: ${sandbox.url}/_sandbox`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
