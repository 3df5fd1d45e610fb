'use client';
import { useQuery } from '@tanstack/react-query';
import { Notice } from '@/components/ui/notice';
import { fetchJson } from '@/components/api-client/fetch-json';
import { formatClinicDateTime } from '@/lib/core/clinic-time';
import { queryKeys } from '@/lib/core/query-keys';
import type { MediaItem } from '@/lib/sessions/view';

/** Recordings and other submissions, streamed through Waitboard; each play or download is audited. */
export function SessionMedia({ teamId, sessionId, timezone }: { teamId: string; sessionId: string; timezone: string }) {
  const query = useQuery({
    queryKey: queryKeys.sessionPart(teamId, sessionId, 'media'),
    queryFn: () =>
      fetchJson<{ media: MediaItem[] }>(`/api/teams/${teamId}/sessions/${sessionId}/media`).then((r) => r.media),
  });
  const items = query.data ?? [];
  return (
    <section aria-labelledby="recordings" className="space-y-3">
      <h2 id="recordings" className="text-lg font-semibold">
        Recordings and submissions
      </h2>
      {query.error && <Notice tone="error">{(query.error as Error).message}</Notice>}
      {query.isPending && <p className="text-sm text-slate-600">Looking in Coviu’s collections…</p>}
      {query.isSuccess && items.length === 0 && (
        <p className="text-sm text-slate-700">Coviu holds no recordings or submissions for this session.</p>
      )}
      {items.map((item) =>
        item.files.map((file, i) => {
          const src = `/api/teams/${teamId}/sessions/${sessionId}/media/${item.collectionId}/${item.submissionId}/${file.id}`;
          const label = `${item.collectionName}, ${formatClinicDateTime(item.createdAt, timezone)}${item.files.length > 1 ? ` (part ${i + 1})` : ''}`;
          const audio = file.contentType.startsWith('audio/');
          return (
            <figure key={file.id} className="space-y-1">
              <figcaption className="text-sm font-medium">{label}</figcaption>
              {audio ? (
                <audio controls preload="metadata" src={src} aria-label={label} className="w-full max-w-xl" />
              ) : (
                <video
                  controls
                  preload="metadata"
                  src={src}
                  aria-label={label}
                  className="w-full max-w-xl rounded bg-black"
                />
              )}
              <a href={`${src}?download=1`} className="text-sm text-brand underline-offset-4 hover:underline" download>
                Download {audio ? 'audio' : 'video'}
              </a>
            </figure>
          );
        }),
      )}
    </section>
  );
}
