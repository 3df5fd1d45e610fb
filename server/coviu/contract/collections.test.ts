import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, startTestSandbox, type TestSandbox } from '@/test/helpers/sandbox';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(() => t.sandbox.close());

async function readAll(stream: ReadableStream<Uint8Array> | null): Promise<number> {
  let total = 0;
  const reader = stream?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read())
    total += chunk.value.byteLength;
  return total;
}

describe('collections against the sandbox', () => {
  it('lists collections and pages through submissions', async () => {
    const collections = await t.coviu.collections.list(t.team.id);
    expect(collections.map((c) => c.name)).toEqual(['Consultation recordings', 'Consent forms']);
    const recordings = collections[0]!;
    const page = await t.coviu.collections.submissions(t.team.id, recordings.collectionId, { limit: 1, order: 'desc' });
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.submissions).toHaveLength(1);
  });

  it('streams a recording whole (200), by range (206) and refuses a range past the end (416)', async () => {
    const recordings = (await t.coviu.collections.list(t.team.id))[0]!;
    const [first] = (await t.coviu.collections.submissions(t.team.id, recordings.collectionId)).submissions;
    const detail = await t.coviu.collections.submission(t.team.id, recordings.collectionId, first!.id);
    const file = detail.files[0]!;
    const ids = { teamId: t.team.id, collectionId: recordings.collectionId, submissionId: detail.id, fileId: file.id };

    const whole = await t.coviu.collections.file(ids);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/webm');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(await readAll(whole.body)).toBe(file.size);

    const part = await t.coviu.collections.file(ids, { range: 'bytes=100-1123' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-1123/${file.size}`);
    expect(await readAll(part.body)).toBe(1024);

    const beyond = await t.coviu.collections.file(ids, { range: `bytes=${file.size! + 10}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${file.size}`);

    const audio = await t.coviu.collections.recording(ids, { range: 'bytes=-500' });
    expect([audio.status, audio.headers.get('content-type'), await readAll(audio.body)]).toEqual([
      206,
      'audio/webm',
      500,
    ]);
  });

  it('saves a recording for a session once host and guest have met and it is over', async () => {
    const s = await t.coviu.sessions.create({
      startTime: new Date(t.now() + MINUTE),
      endTime: new Date(t.now() + 21 * MINUTE),
      participants: [
        { displayName: 'Dr Host', role: 'HOST' },
        { displayName: 'Guest one', role: 'GUEST' },
        { displayName: 'Guest two', role: 'GUEST' },
      ],
    });
    await t.advance(2 * 60 * MINUTE);
    const recordings = (await t.coviu.collections.list(t.team.id))[0]!;
    const found = await t.coviu.collections.submissions(t.team.id, recordings.collectionId, {
      filter: `session_id:${s.id}`,
    });
    expect(found.submissions.map((x) => x.sessionId)).toEqual([s.id]);
  });
});
