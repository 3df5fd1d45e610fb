import 'server-only';
import { z } from 'zod';
import type { Collection, SubmissionDetail, SubmissionPage, SubmissionQuery } from '@/lib/sessions/collection';
import { CoviuError } from './errors';
import { toCollection, toSubmission, toSubmissionDetail } from './reshape';
import type { Transport } from './transport';
import { collection, submissionDetail, submissionPage } from './wire/collections';

interface BinaryRead {
  /** 200 (whole file), 206 (the requested range) or 416 (range not satisfiable). */
  status: 200 | 206 | 416;
  headers: Headers;
  /** Streamed as Coviu sends it, never buffered; null on 416. */
  body: ReadableStream<Uint8Array> | null;
}

interface BinaryOptions {
  range?: string | null;
  signal?: AbortSignal;
}

const PASSED_HEADERS = ['content-type', 'content-length', 'content-range', 'accept-ranges', 'etag', 'last-modified'];

async function toBinary(response: Response, operation: string): Promise<BinaryRead> {
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (response.status === 416) {
    await response.body?.cancel().catch(() => undefined);
    return { status: 416, headers, body: null };
  }
  if (response.status !== 200 && response.status !== 206) {
    await response.body?.cancel().catch(() => undefined);
    throw new CoviuError('invalid_response', { operation, status: response.status });
  }
  return { status: response.status, headers, body: response.body };
}

async function binary(
  t: Transport,
  operation: string,
  path: string,
  params: Record<string, string>,
  accept: string,
  opts: BinaryOptions,
  query?: Record<string, string | undefined>,
): Promise<BinaryRead> {
  const response = await t.stream({
    operation,
    method: 'GET',
    path,
    params,
    query,
    headers: { accept, ...(opts.range ? { range: opts.range } : {}) },
    passStatuses: [416],
    signal: opts.signal,
  });
  return toBinary(response, operation);
}

export function collectionsApi(t: Transport) {
  return {
    async list(teamId: string, signal?: AbortSignal): Promise<Collection[]> {
      const wire = await t.json(
        { operation: 'getCollections', method: 'GET', path: '/v1/collections/{teamId}', params: { teamId }, signal },
        z.array(collection),
      );
      return wire.map(toCollection);
    },

    async submissions(
      teamId: string,
      collectionId: string,
      query: SubmissionQuery = {},
      signal?: AbortSignal,
    ): Promise<SubmissionPage> {
      const wire = await t.json(
        {
          operation: 'listSubmissions',
          method: 'GET',
          path: '/v1/collections/{teamId}/collection/{collectionId}',
          params: { teamId, collectionId },
          query: {
            from: query.from?.toISOString(),
            until: query.until?.toISOString(),
            filter: query.filter,
            limit: query.limit,
            offset: query.offset,
            order: query.order,
            orderBy: query.orderBy,
          },
          signal,
        },
        submissionPage,
      );
      return { submissions: wire.items.map(toSubmission), total: wire.total };
    },

    async submission(
      teamId: string,
      collectionId: string,
      submissionId: string,
      signal?: AbortSignal,
    ): Promise<SubmissionDetail> {
      const wire = await t.json(
        {
          operation: 'getSubmission',
          method: 'GET',
          path: '/v1/collections/{teamId}/collection/{collectionId}/submission/{submissionId}',
          params: { teamId, collectionId, submissionId },
          signal,
        },
        submissionDetail,
      );
      return toSubmissionDetail(wire);
    },

    file(
      ids: { teamId: string; collectionId: string; submissionId: string; fileId: string },
      opts: BinaryOptions & { quality?: '480p' } = {},
    ): Promise<BinaryRead> {
      const path = '/v1/collections/{teamId}/collection/{collectionId}/submission/{submissionId}/file/{fileId}';
      return binary(t, 'getSubmissionFile', path, ids, 'video/webm', opts, { quality: opts.quality });
    },

    recording(
      ids: { teamId: string; collectionId: string; submissionId: string },
      opts: BinaryOptions = {},
    ): Promise<BinaryRead> {
      const path = '/v1/collections/{teamId}/collection/{collectionId}/recording/{submissionId}';
      return binary(t, 'getAudioRecording', path, ids, 'audio/webm', opts);
    },
  };
}
