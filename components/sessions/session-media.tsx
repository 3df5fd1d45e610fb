'use client';
import { useRef } from 'react';
import { Notice } from '@/components/ui/notice';
import { fetchJson } from '@/components/api-client/fetch-json';
import { formatClinicDateTime } from '@/lib/core/clinic-time';
import { useSessionMedia } from './use-session-media';

/**
 * Recordings and other submissions, streamed through Waitboard. Playing is audited when it starts
 * (the player's first `play` event, once per file per page view), downloads when they are fetched.
 * URLs carry Coviu's ids only, never anything about the patient.
 */
export function SessionMedia({ teamId, sessionId, timezone }: { teamId: string; sessionId: string; timezone: string }) {
  const query = useSessionMedia(teamId, sessionId);
  const played = useRef(new Set<string>());
  const items = query.data ?? [];
  const onPlay = (src: string) => {
    if (played.current.has(src)) return;
    played.current.add(src);
    void fetchJson(`${src}/play`, { method: 'POST' }).catch(() => played.current.delete(src));
  };
  return (
    <section aria-labelledby="recordings" className="space-y-3">
      <h2 id="recordings" className="text-heading">
        Recordings and submissions
      </h2>
      {query.error && <Notice tone="error">{(query.error as Error).message}</Notice>}
      {query.isPending && <p className="text-body text-fg-muted">Looking in Coviu’s collections…</p>}
      {query.isSuccess && items.length === 0 && (
        <p className="text-body text-fg-muted">Coviu holds no recordings or submissions for this session.</p>
      )}
      {items.map((item) =>
        item.files.map((file, i) => {
          const src = `/api/teams/${teamId}/sessions/${sessionId}/media/${item.collectionId}/${item.submissionId}/${file.id}`;
          const label = `${item.collectionName}, ${formatClinicDateTime(item.createdAt, timezone)}${item.files.length > 1 ? ` (part ${i + 1})` : ''}`;
          const audio = file.contentType.startsWith('audio/');
          const Player = audio ? 'audio' : 'video';
          return (
            <figure key={file.id} className="space-y-1">
              <figcaption className="text-body font-medium">{label}</figcaption>
              <Player
                controls
                preload="metadata"
                src={src}
                aria-label={label}
                onPlay={() => onPlay(src)}
                className={audio ? 'w-full max-w-xl' : 'aspect-video w-full max-w-xl rounded-md bg-black'}
              />
              <a
                href={`${src}?download=1`}
                className="text-body text-brand underline-offset-4 hover:underline"
                download
              >
                Download {audio ? 'audio' : 'video'}
              </a>
            </figure>
          );
        }),
      )}
    </section>
  );
}
