export interface Collection {
  id: string;
  collectionId: string;
  teamId: string;
  reference: string | null;
  name: string;
  readSetting: string | null;
  deleteSetting: string | null;
  createdAt: string;
  updatedAt: string | null;
}

export interface Submission {
  id: string;
  collectionId: string;
  sessionId: string | null;
  submittingUserId: string | null;
  location: string | null;
  createdAt: string;
  updatedAt: string | null;
  lockedAt: string | null;
  actionStatus: boolean | null;
}

interface SubmissionFile {
  id: string;
  size: number | null;
  metadata: Record<string, unknown>;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface SubmissionDetail extends Submission {
  files: SubmissionFile[];
}

export interface SubmissionPage {
  submissions: Submission[];
  total: number;
}

export interface SubmissionQuery {
  from?: Date;
  until?: Date;
  filter?: string;
  limit?: number;
  offset?: number;
  order?: 'asc' | 'desc';
  orderBy?: string;
}
