import 'server-only';
import { and, eq, inArray, isNull, lte, notInArray, type SQL, sql } from 'drizzle-orm';
import { formatDuration } from '@/lib/core/duration';
import type { TeamSettings } from '@/lib/settings/schema';
import { thresholdFor, waitingSince, waitLevel } from '@/lib/waiting/thresholds';
import type { DashboardCaller } from '@/lib/waiting/types';
import { database } from '../db';
import type { Database, Db } from '../db/client';
import { escalations } from '../db/schema';
import { env } from '../env';
import { log } from '../log';
import { cachedTeamSettings, getTeamSettings } from '../settings/store';
import { postsSettled, withPostGate } from './escalation-gate';

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

/**
 * Resolves once the team's posts already going out (from any instance) have landed. An
 * acknowledgement waits for them, so nothing that was already going out arrives after "Acknowledged".
 */
export async function escalationsSettled(teamId: string): Promise<void> {
  await postsSettled(await database(), teamId);
}

export interface EscalateOptions {
  now?: number;
  /**
   * A condition the database must find true in the same statement as every claim and close (the
   * poller's ownership epoch still current): a poller that lost its team while frozen then neither
   * posts nor closes the new owner's escalations from callers it read before.
   */
  fence?: SQL;
}

/**
 * After each poll: posts an escalation for every caller past the top threshold (or admitted and
 * not joined), repeats it at the clinic's repeat interval until someone acknowledges it in the
 * dashboard, and closes those whose caller is no longer in trouble. Each post is claimed in the
 * database before it goes out, so two runners over the same callers (on one instance or two) post
 * it once.
 */
export async function escalate(
  teamId: string,
  teamName: string,
  queueNames: Map<string, string>,
  callers: DashboardCaller[],
  options: EscalateOptions = {},
): Promise<void> {
  await escalateOn(await database(), teamId, teamName, queueNames, callers, options);
}

/** `escalate` on a given database handle: tests play two instances with two. */
export async function escalateOn(
  d: Database,
  teamId: string,
  teamName: string,
  queueNames: Map<string, string>,
  callers: DashboardCaller[],
  { now = Date.now(), fence }: EscalateOptions = {},
): Promise<void> {
  const settings = await getTeamSettings(teamId);
  const url = settings.escalationWebhookUrl;
  if (!url) return;
  const found = candidates(callers, now, settings);
  const keys = found.map((c) => c.key);
  await d.db
    .update(escalations)
    .set({ acknowledgedAt: new Date(now) })
    .where(
      and(
        eq(escalations.teamId, teamId),
        isNull(escalations.acknowledgedAt),
        keys.length ? notInArray(escalations.key, keys) : undefined,
        fence,
      ),
    );
  if (!found.length) return;
  const rows = new Map(
    (await d.db.select().from(escalations).where(inArray(escalations.key, keys))).map((r) => [r.key, r]),
  );
  const repeatMs = settings.escalationRepeatMinutes * 60_000;
  const due = found.filter((c) => {
    const row = rows.get(c.key);
    return !row || (!row.acknowledgedAt && now - row.lastSentAt.getTime() >= repeatMs);
  });
  if (!due.length) return;
  await withPostGate(d, teamId, async (post) => {
    for (const c of due) {
      await post(async (db) => {
        // Claimed first, in one statement that only one runner wins: an acknowledgement committed
        // since the read above (or another runner's claim) wins, and no post goes out for it.
        if (!(await claim(db, c, teamId, rows.has(c.key), now, repeatMs, fence))) return;
        const queueName = (c.caller.queueId && queueNames.get(c.caller.queueId)) || 'a queue';
        const delivered = await send(url, message(c, teamName, queueName, now, settings));
        if (!delivered) log.warn('escalation webhook failed', { team: teamId, kind: c.kind });
      });
    }
  });
}

async function claim(
  db: Db,
  c: Candidate,
  teamId: string,
  repeat: boolean,
  now: number,
  repeatMs: number,
  fence: SQL | undefined,
): Promise<boolean> {
  const at = new Date(now);
  if (repeat) {
    const claimed = await db
      .update(escalations)
      .set({ lastSentAt: at, sends: sql`${escalations.sends} + 1` })
      .where(
        and(
          eq(escalations.key, c.key),
          isNull(escalations.acknowledgedAt),
          lte(escalations.lastSentAt, new Date(now - repeatMs)),
          fence,
        ),
      )
      .returning({ key: escalations.key });
    return claimed.length > 0;
  }
  const stamp = sql`${at.toISOString()}::timestamptz`;
  const inserted = (await db.execute(
    sql`INSERT INTO escalations (key, team_id, root_call_id, kind, first_sent_at, last_sent_at)
      SELECT ${c.key}, ${teamId}, ${c.caller.rootCallId}, ${c.kind}, ${stamp}, ${stamp} WHERE ${fence ?? sql`true`}
      ON CONFLICT DO NOTHING RETURNING key`,
  )) as unknown as { rows: unknown[] };
  return inserted.rows.length > 0;
}
