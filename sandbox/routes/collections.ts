import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context, Hono } from 'hono';
import type { SandboxContext } from '../context';
import { compact, fail, iso, parseTime } from '../http';
import { serveBytes } from '../range';
import type { SimSubmission } from '../store';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
let media: { video: Uint8Array<ArrayBuffer>; audio: Uint8Array<ArrayBuffer> } | null = null;
function fixtures() {
  media ??= {
    video: new Uint8Array(readFileSync(join(FIXTURES, 'consult-video.webm'))),
    audio: new Uint8Array(readFileSync(join(FIXTURES, 'consult-audio.webm'))),
  };
  return media;
}

function submissionJson(s: SimSubmission) {
  return compact({
    secure_collection_id: s.collectionId,
    item_submission_id: s.submissionId,
    session_id: s.sessionId,
    submitting_user_id: s.submittingUserId,
    collection_location: s.location,
    created_at: iso(s.createdAt),
    updated_at: iso(s.createdAt),
    locked_at: iso(s.lockedAt),
    action_status: true,
  });
}

function findSubmission(ctx: SandboxContext, c: Context): SimSubmission | Response {
  const s = ctx.store.submissions.get(c.req.param('submissionId')!);
  if (!s || s.teamId !== c.req.param('teamId') || s.collectionId !== c.req.param('collectionId')) {
    return fail(c, 404, 'No submission with that id in this collection.');
  }
  return s;
}

function listSubmissions(ctx: SandboxContext, c: Context) {
  const teamId = c.req.param('teamId')!;
  const collection = ctx.store.collections.find(
    (x) => x.teamId === teamId && x.collectionId === c.req.param('collectionId'),
  );
  if (!collection) return fail(c, 404, 'No collection with that id in this team.');
  const q = c.req.query();
  const limit = q.limit === undefined ? 20 : Number(q.limit);
  const offset = q.offset === undefined ? 0 : Number(q.offset);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    return fail(c, 400, 'limit must be a whole number from 1 to 1000');
  if (!Number.isInteger(offset) || offset < 0) return fail(c, 400, 'offset must be a whole number from 0');
  if (q.order !== undefined && q.order !== 'asc' && q.order !== 'desc')
    return fail(c, 400, 'order must be asc or desc');
  if (q.orderBy !== undefined && !['created_at', 'updated_at'].includes(q.orderBy)) {
    return fail(c, 400, 'orderBy must be created_at or updated_at');
  }
  const from = q.from === undefined ? null : parseTime(q.from);
  const until = q.until === undefined ? null : parseTime(q.until);
  if ((q.from !== undefined && from === null) || (q.until !== undefined && until === null)) {
    return fail(c, 400, 'from and until must be ISO 8601 date-times');
  }
  // The filter syntax is undocumented; the sandbox understands `session_id:<id>`.
  const sessionFilter = q.filter?.startsWith('session_id:') ? q.filter.slice('session_id:'.length) : null;
  const items = [...ctx.store.submissions.values()]
    .filter(
      (s) =>
        s.collectionId === collection.collectionId &&
        (from === null || s.createdAt >= from) &&
        (until === null || s.createdAt <= until) &&
        (sessionFilter === null || s.sessionId === sessionFilter),
    )
    .sort((a, b) => (q.order === 'desc' ? b.createdAt - a.createdAt : a.createdAt - b.createdAt));
  return c.json({ items: items.slice(offset, offset + limit).map(submissionJson), total: items.length });
}

export function collectionRoutes(app: Hono, ctx: SandboxContext) {
  app.get('/v1/collections/:teamId', (c) => {
    const team = ctx.teamOf(c.req.param('teamId'));
    if (!team) return fail(c, 404, 'No team with that id.');
    return c.json(
      ctx.store.collections
        .filter((x) => x.teamId === team.id)
        .map((x) => ({
          id: x.id,
          team_id: x.teamId,
          collection_id: x.collectionId,
          collection_reference: x.reference,
          name: x.name,
          read_setting: x.readSetting,
          delete_setting: x.deleteSetting,
          created_at: iso(x.createdAt),
          updated_at: iso(x.createdAt),
        })),
    );
  });

  app.get('/v1/collections/:teamId/collection/:collectionId', (c) => listSubmissions(ctx, c));

  app.get('/v1/collections/:teamId/collection/:collectionId/submission/:submissionId', (c) => {
    const s = findSubmission(ctx, c);
    if (s instanceof Response) return s;
    const sizes = fixtures();
    return c.json({
      ...submissionJson(s),
      files: s.files.map((f) => ({
        id: f.id,
        metadata: f.metadata,
        size: sizes[f.fixture].byteLength,
        created_at: iso(f.createdAt),
        updated_at: iso(f.createdAt),
      })),
    });
  });

  app.get('/v1/collections/:teamId/collection/:collectionId/submission/:submissionId/file/:fileId', (c) => {
    const s = findSubmission(ctx, c);
    if (s instanceof Response) return s;
    const file = s.files.find((f) => f.id === c.req.param('fileId'));
    if (!file) return fail(c, 404, 'No file with that id in this submission.');
    return serveBytes(c, fixtures()[file.fixture], file.fixture === 'video' ? 'video/webm' : 'audio/webm');
  });

  app.get('/v1/collections/:teamId/collection/:collectionId/recording/:submissionId', (c) => {
    const s = findSubmission(ctx, c);
    if (s instanceof Response) return s;
    return serveBytes(c, fixtures().audio, 'audio/webm');
  });
}
