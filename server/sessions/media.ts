import 'server-only';
import type { Submission } from '@/lib/sessions/collection';
import type { MediaFile, MediaItem } from '@/lib/sessions/view';
import { recordAudit, type AuditContext } from '../audit';
import { coviu } from '../coviu';
import { HttpError } from '../errors';
import { loadTeamSession } from './load';

const PAGE = 100;
const MAX_PAGES = 20;
/** Recordings are saved when the call ends, which may be well past the booked end. */
const AFTER_END_MS = 24 * 3_600_000;

async function submissionsOf(
  coviuTeamId: string,
  collectionId: string,
  sessionId: string,
  from: Date,
  until: Date,
): Promise<Submission[]> {
  const found: Submission[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await coviu().collections.submissions(coviuTeamId, collectionId, {
      from,
      until,
      limit: PAGE,
      offset: page * PAGE,
    });
    found.push(...result.submissions.filter((s) => s.sessionId === sessionId));
    if ((page + 1) * PAGE >= result.total || result.submissions.length === 0) break;
  }
  return found;
}

function fileOf(f: { id: string; size: number | null; metadata: Record<string, unknown> }): MediaFile {
  const type = f.metadata.content_type;
  const duration = f.metadata.duration_seconds;
  return {
    id: f.id,
    contentType: typeof type === 'string' ? type : 'video/webm',
    size: f.size,
    durationSeconds: typeof duration === 'number' ? duration : null,
  };
}

/**
 * The session's submissions and recordings across the team's Coviu collections. Coviu's filter
 * syntax is undocumented (API-NOTES §2.4), so submissions are fetched by time and matched by session.
 */
export async function sessionMedia(teamId: string, sessionId: string): Promise<MediaItem[]> {
  const { session } = await loadTeamSession(teamId, sessionId);
  const coviuTeamId = session.teamId ?? teamId;
  const from = new Date(Date.parse(session.startTime) - 3_600_000);
  const until = new Date(Date.parse(session.endTime) + AFTER_END_MS);
  const collections = await coviu().collections.list(coviuTeamId);
  const items: MediaItem[] = [];
  for (const collection of collections) {
    for (const submission of await submissionsOf(coviuTeamId, collection.collectionId, sessionId, from, until)) {
      const detail = await coviu().collections.submission(coviuTeamId, collection.collectionId, submission.id);
      items.push({
        collectionId: collection.collectionId,
        collectionName: collection.name,
        submissionId: submission.id,
        createdAt: submission.createdAt,
        files: detail.files.map(fileOf),
      });
    }
  }
  return items;
}

/** A Range header we pass on: one `bytes=` range, as browsers' media players send. */
function safeRange(range: string | null): string | null {
  if (!range) return null;
  if (!/^bytes=\d*-\d*$/.test(range.trim()))
    throw new HttpError(416, 'range_not_satisfiable', 'Only a single byte range is supported.');
  return range.trim();
}

type MediaIds = { sessionId: string; collectionId: string; submissionId: string; fileId: string };

/** The file, when it is one of this session's recordings in this clinic; otherwise a 404. */
async function sessionFile(teamId: string, ids: MediaIds) {
  const { session } = await loadTeamSession(teamId, ids.sessionId);
  const coviuTeamId = session.teamId ?? teamId;
  const detail = await coviu().collections.submission(coviuTeamId, ids.collectionId, ids.submissionId);
  const file = detail.files.find((f) => f.id === ids.fileId);
  if (detail.sessionId !== ids.sessionId || !file)
    throw new HttpError(404, 'media_not_found', 'This recording does not belong to this session.');
  return { coviuTeamId, file };
}

/**
 * Audits that someone started playing a recording. The page calls this on the player's first
 * `play` event, so loading a page (whose player fetches metadata) is not a playback.
 */
export async function recordPlayback(ctx: AuditContext, teamId: string, ids: MediaIds): Promise<void> {
  await sessionFile(teamId, ids);
  await auditMedia(ctx, 'session.recording_play', teamId, ids);
}

function auditMedia(
  ctx: AuditContext,
  action: 'session.recording_play' | 'session.recording_download',
  teamId: string,
  ids: MediaIds,
) {
  return recordAudit(ctx, {
    action,
    resourceType: 'session',
    resourceId: ids.sessionId,
    teamId,
    changes: { submissionId: ids.submissionId, fileId: ids.fileId },
  });
}

/**
 * Streams one recording file through our server, passing Range through so browsers can seek (206)
 * and never holding the file in memory. A download (a request from byte 0 with `download`) is
 * audited here; playing is audited by `recordPlayback`, because a player fetches the start of the
 * file as soon as the page shows it, before anyone presses play.
 */
export async function streamMedia(
  ctx: AuditContext,
  teamId: string,
  ids: MediaIds,
  request: Request,
  download: boolean,
): Promise<Response> {
  const { coviuTeamId, file } = await sessionFile(teamId, ids);
  const range = safeRange(request.headers.get('range'));
  if (download && (!range || /^bytes=0-/.test(range))) await auditMedia(ctx, 'session.recording_download', teamId, ids);
  const read = await coviu().collections.file(
    { teamId: coviuTeamId, collectionId: ids.collectionId, submissionId: ids.submissionId, fileId: ids.fileId },
    { range, signal: request.signal },
  );
  const headers = new Headers(read.headers);
  headers.set('cache-control', 'private, no-store');
  headers.set('x-content-type-options', 'nosniff');
  if (!headers.has('accept-ranges')) headers.set('accept-ranges', 'bytes');
  const type = fileOf(file).contentType;
  headers.set(
    'content-disposition',
    `${download ? 'attachment' : 'inline'}; filename="recording-${ids.sessionId.slice(0, 8)}.${type.includes('audio') ? 'weba' : 'webm'}"`,
  );
  return new Response(read.body, { status: read.status, headers });
}
