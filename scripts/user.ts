// Staff accounts from the command line, for the first administrator where there are no demo
// accounts (real Coviu):  npm run user -- add --email you@clinic.example --role admin
// With the embedded database, stop Waitboard first: only one process may open its data folder.
import { parseArgs } from 'node:util';
import { ROLES } from '@/lib/staff/roles';
import { newUser, password as passwordSchema } from '@/lib/staff/schemas';
import type { AuditContext } from '@/server/audit';
import { closeBus } from '@/server/cluster/bus';
import { database } from '@/server/db';
import { TEMPORARY_PASSWORD_HOURS } from '@/server/auth/passwords';
import { resetPassword } from '@/server/staff/passwords';
import { createUser, findUserByEmail, listUsers, updateUser } from '@/server/staff/users';
import { CliError, TOKEN_USAGE, tokenCommand } from './agent-token-command';

const USAGE = `Usage:
  npm run user -- add --email EMAIL --role ${ROLES.join('|')} [--name NAME] [--team TEAM_ID ...] [--password PASSWORD]
  npm run user -- list
  npm run user -- disable --email EMAIL
  npm run user -- enable --email EMAIL
  npm run user -- password --email EMAIL [--password PASSWORD]
${TOKEN_USAGE}
Without --password a temporary password is printed once: it works for 72 hours, and only to
choose a new password at first sign-in. An agent token is printed once too; scopes are read
(always), triage, sessions, sessions:cancel, reports, patient-details; days 1 to 90 (30).`;

const cli: AuditContext = { ip: null, userAgent: 'waitboard-cli', actor: { id: null, email: 'cli' } };

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    team: { type: 'string', multiple: true },
    password: { type: 'string' },
    scopes: { type: 'string' },
    days: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

async function userByEmail() {
  if (!values.email) fail('Give --email.');
  const row = await findUserByEmail(values.email);
  if (!row) fail(`No account with email ${values.email}.`);
  return row;
}

async function main() {
  const command = positionals[0];
  if (values.help || !command) fail('');
  await database();
  if (command === 'list') {
    for (const u of await listUsers())
      console.log(`${u.email}\t${u.role}\t${u.disabled ? 'disabled' : 'active'}\t${u.teamIds.join(',')}`);
  } else if (command === 'add') {
    const parsed = newUser.safeParse({
      email: values.email,
      role: values.role,
      name: values.name ?? values.email?.split('@')[0],
      teamIds: values.team ?? [],
      password: values.password,
    });
    if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    const { user, temporaryPassword } = await createUser(cli, parsed.data);
    console.log(`Added ${user.email} (${user.role}).`);
    if (temporaryPassword) {
      console.log(`Temporary password: ${temporaryPassword}`);
      console.log(
        `It works for ${TEMPORARY_PASSWORD_HOURS} hours, and only to choose a new password at first sign-in.`,
      );
    }
  } else if (command === 'disable' || command === 'enable') {
    const row = await userByEmail();
    await updateUser(cli, row.id, { disabled: command === 'disable' });
    console.log(`${command === 'disable' ? 'Disabled' : 'Enabled'} ${row.email}.`);
  } else if (command === 'password') {
    const row = await userByEmail();
    if (values.password) {
      const checked = passwordSchema.safeParse(values.password);
      if (!checked.success) fail(checked.error.issues[0]!.message);
      await updateUser(cli, row.id, { password: values.password });
      console.log(`Password changed for ${row.email}.`);
    } else {
      const temporary = await resetPassword(cli, row.id);
      console.log(`Temporary password for ${row.email}: ${temporary}`);
      console.log(
        `It works for ${TEMPORARY_PASSWORD_HOURS} hours, and only to choose a new password at first sign-in.`,
      );
    }
  } else if (command === 'token') {
    for (const line of await tokenCommand(cli, values)) console.log(line);
  } else {
    fail(`Unknown command ${command}.`);
  }
  // Disabling someone or changing their password told the running instances (a NOTIFY), which
  // opened a LISTEN connection here: closed too, or the command would never end.
  await closeBus();
  await (await database()).close();
}

main().catch((error: unknown) => {
  if (error instanceof CliError) fail(error.message);
  const e = error as { message?: string; status?: number };
  console.error(e.status ? e.message : error);
  process.exit(1);
});
