import 'server-only';
import { and, eq, inArray, isNull, lte, notInArray, sql } from 'drizzle-orm';
import { formatDuration } from '@/lib/core/duration';
import type { TeamSettings } from '@/lib/settings/schema';
import { thresholdFor, waitingSince, waitLevel } from '@/lib/waiting/thresholds';
import type { DashboardCaller } from '@/lib/waiting/types';
import { db } from '../db';
import { escalations } from '../db/schema';
import { env } from '../env';
import { log } from '../log';
import { cachedTeamSettings, getTeamSettings } from '../settings/store';

interface Candidate {
  key: string;
  kind: 'over-limit' | 'not-joined';
  caller: DashboardCaller;
}

/** Whether the clinic posts escalations (its settings were read at least once by its poller). */
export function escalationConfigured(teamId: string): boolean {
  return Boolean(cachedTeamSettings(teamId)?.escalationWebhookUrl);
}

function candidates(callers: DashboardCaller[], now: number, settings: TeamSettings): Candidate[] {
  const limitMs = settings.admitJoinLimitMinutes * 60_000;
  const found: Candidate[] = [];
  for (const caller of callers) {
    if (waitLevel(caller, now, settings.thresholds) === 'critical') {
      found.push({ key: `over-limit:${caller.callId}`, kind: 'over-limit', caller });
    }
    const a = caller.triage.admission;
    if (
      a?.mode === 'route' &&
      !a.joinedAt &&
      caller.status === 'waiting' &&
      now - Date.parse(a.admittedAt) >= limitMs
    ) {
      found.push({ key: `not-joined:${caller.rootCallId}:${a.admittedAt}`, kind: 'not-joined', caller });
    }
  }
  return found;
}

/** Slack-compatible, and free of patient details: the message leaves Waitboard. */
function message(c: Candidate, teamName: string, queueName: string, now: number, settings: TeamSettings): string {
  const link = env().NEXTAUTH_URL ?? '';
  if (c.kind === 'not-joined') {
    return `:warning: A caller in ${queueName} (${teamName}) was admitted to ${c.caller.triage.admission!.practitioner.name} but nobody has joined them yet. Acknowledge in Waitboard${link ? `: ${link}` : '.'}`;
  }
  const since = waitingSince(c.caller) ?? c.caller.joinedAt;
  const limit = thresholdFor(settings.thresholds, c.caller.queueId, c.caller.triage.priority).criticalMinutes;
  return `:rotating_light: A caller in ${queueName} (${teamName}) has waited ${formatDuration(now - Date.parse(since))}, past the ${limit}-minute limit. Acknowledge in Waitboard${link ? `: ${link}` : '.'}`;
}

async function send(url: string, text: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
      signal: AbortSignal.timeout(5_000),
    });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

// Each team's escalation run in progress (on globalThis: polls run in more than one of Next's bundles).
const running = ((globalThis as { waitboardEscalating?: Map<string, Promise<void>> }).waitboardEscalating ??= new Map<
  string,
  Promise<void>
>());

/**
 * Resolves once the team's escalation run in progress (if any) has finished, its posts delivered.
 * An acknowledgement waits for it, so nothing that was already going out arrives after "Acknowledged".
 */
export function escalationsSettled(teamId: string): Promise<void> {
  return running.get(teamId) ?? Promise.resolve();
}

/**
 * After each poll: posts an escalation for every caller past the top threshold (or admitted and
 * not joined), repeats it at the clinic's repeat interval until someone acknowledges it in the
 * dashboard, and closes those whose caller is no longer in trouble.
 */
export async function escalate(
  teamId: string,
  teamName: string,
  queueNames: Map<string, string>,
  callers: DashboardCaller[],
  now = Date.now(),
): Promise<void> {
  const run = escalateNow(teamId, teamName, queueNames, callers, now);
  const settled = run.catch(() => undefined);
  running.set(teamId, settled);
  try {
    await run;
  } finally {
    if (running.get(teamId) === settled) running.delete(teamId);
  }
}

async function escalateNow(
  teamId: string,
  teamName: string,
  queueNames: Map<string, string>,
  callers: DashboardCaller[],
  now: number,
): Promise<void> {
  const settings = await getTeamSettings(teamId);
  const url = settings.escalationWebhookUrl;
  if (!url) return;
  const database = await db();
  const found = candidates(callers, now, settings);
  const keys = found.map((c) => c.key);
  await database
    .update(escalations)
    .set({ acknowledgedAt: new Date(now) })
    .where(
      and(
        eq(escalations.teamId, teamId),
        isNull(escalations.acknowledgedAt),
        keys.length ? notInArray(escalations.key, keys) : undefined,
      ),
    );
  if (!found.length) return;
  const rows = new Map(
    (await database.select().from(escalations).where(inArray(escalations.key, keys))).map((r) => [r.key, r]),
  );
  const repeatMs = settings.escalationRepeatMinutes * 60_000;
  for (const c of found) {
    const row = rows.get(c.key);
    if (row?.acknowledgedAt) continue;
    if (row && now - row.lastSentAt.getTime() < repeatMs) continue;
    // Claim the post in the database first: an acknowledgement committed since the read above
    // (or another run) wins, and no post goes out for it.
    const claimed = row
      ? await database
          .update(escalations)
          .set({ lastSentAt: new Date(now), sends: sql`${escalations.sends} + 1` })
          .where(
            and(
              eq(escalations.key, c.key),
              isNull(escalations.acknowledgedAt),
              lte(escalations.lastSentAt, new Date(now - repeatMs)),
            ),
          )
          .returning({ key: escalations.key })
      : await database
          .insert(escalations)
          .values({
            key: c.key,
            teamId,
            rootCallId: c.caller.rootCallId,
            kind: c.kind,
            firstSentAt: new Date(now),
            lastSentAt: new Date(now),
          })
          .onConflictDoNothing()
          .returning({ key: escalations.key });
    if (!claimed.length) continue;
    const queueName = (c.caller.queueId && queueNames.get(c.caller.queueId)) || 'a queue';
    const delivered = await send(url, message(c, teamName, queueName, now, settings));
    if (!delivered) log.warn('escalation webhook failed', { team: teamId, kind: c.kind });
  }
}
