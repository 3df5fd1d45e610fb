import 'server-only';
import { publicUrl } from '../env';

export interface RecordingIds {
  teamId: string;
  sessionId: string;
  collectionId: string;
  submissionId: string;
  fileId: string;
}

/**
 * Where an assistant's client downloads one recording with its agent token: ids only in the
 * address, never anything about the patient.
 */
export function recordingUrl(ids: RecordingIds): string {
  const path = [ids.teamId, ids.sessionId, ids.collectionId, ids.submissionId, ids.fileId]
    .map(encodeURIComponent)
    .join('/');
  return publicUrl(`/api/mcp/recordings/${path}`);
}
