import 'server-only';
import { z } from 'zod';
import { sessionMedia } from '../../sessions/media';
import { defineTool } from '../mcp/tool';
import { recordingUrl } from '../recording-url';
import { sessionTarget } from './session-view';

const recording = z.object({
  collectionName: z.string().describe('The Coviu collection it was saved in'),
  submissionId: z.string(),
  createdAt: z.string(),
  fileId: z.string(),
  kind: z.enum(['video', 'audio', 'other']),
  mimeType: z.string(),
  sizeBytes: z.number().nullable(),
  durationSeconds: z.number().nullable(),
  url: z
    .string()
    .describe('Download with this token as "Authorization: Bearer …" (Range supported); each download is audited'),
});

const kindOf = (mime: string): 'video' | 'audio' | 'other' =>
  mime.startsWith('video/') ? 'video' : mime.startsWith('audio/') ? 'audio' : 'other';

export const listRecordings = defineTool({
  name: 'list_recordings',
  title: 'List a session’s recordings',
  description:
    'The recordings of a session: what each is (video or audio, size, length) and a link the person can open to download it. The recordings themselves never come through this conversation; do not try to read them.',
  scope: 'read',
  input: z.object(sessionTarget),
  output: z.object({ recordings: z.array(recording) }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async run(ctx, input) {
    const teamId = ctx.clinic(input.teamId);
    const items = await sessionMedia(teamId, input.sessionId);
    return {
      recordings: items.flatMap((item) =>
        item.files.map((file) => ({
          collectionName: item.collectionName,
          submissionId: item.submissionId,
          createdAt: item.createdAt,
          fileId: file.id,
          kind: kindOf(file.contentType),
          mimeType: file.contentType,
          sizeBytes: file.size,
          durationSeconds: file.durationSeconds,
          url: recordingUrl({
            teamId,
            sessionId: input.sessionId,
            collectionId: item.collectionId,
            submissionId: item.submissionId,
            fileId: file.id,
          }),
        })),
      ),
    };
  },
  links: (output) =>
    output.recordings.map((r, i) => ({
      type: 'resource_link' as const,
      uri: r.url,
      name: `recording-${i + 1}.${r.kind === 'audio' ? 'weba' : 'webm'}`,
      title: `${r.kind === 'audio' ? 'Audio' : 'Video'} recording ${i + 1}`,
      mimeType: r.mimeType,
      ...(r.sizeBytes !== null ? { size: r.sizeBytes } : {}),
    })),
});
