import type { ParticipantRole } from '@/lib/sessions/types';
import type { SessionOptions } from '@/lib/sessions/schemas';
import type { Permissions } from './rules';
import type { SessionState } from './state';

/** What the browser gets for one participant. Contacts are masked: they are for choosing a channel. */
export interface ParticipantView {
  id: string;
  displayName: string | null;
  role: ParticipantRole;
  entryUrl: string | null;
  removed: boolean;
  sms: string | null;
  email: string | null;
}

export interface SessionView {
  id: string;
  teamId: string;
  name: string | null;
  startTime: string;
  endTime: string;
  actualStartTime: string | null;
  actualEndTime: string | null;
  canceledAt: string | null;
  state: SessionState;
  permissions: Permissions;
  options: SessionOptions;
  /** Booked in Waitboard, opened by a room-mode admit, or made elsewhere in Coviu. */
  source: 'booked' | 'room' | 'coviu';
  participants: ParticipantView[];
}

export interface SessionListItem {
  id: string;
  name: string | null;
  startTime: string;
  endTime: string;
  canceledAt: string | null;
  state: SessionState;
  hosts: string[];
  guests: string[];
  source: SessionView['source'];
}

export interface NotificationView {
  id: number;
  participantId: string;
  channel: 'sms' | 'email';
  recipient: string;
  body: string;
  notifier: string;
  status: 'recorded' | 'sent' | 'failed';
  /** The provider's message id when sent, the reason when failed, a note when only recorded. */
  detail: string | null;
  sentByName: string | null;
  createdAt: string;
}

export interface MediaFile {
  id: string;
  contentType: string;
  size: number | null;
  durationSeconds: number | null;
}

export interface MediaItem {
  collectionId: string;
  collectionName: string;
  submissionId: string;
  createdAt: string;
  files: MediaFile[];
}

export interface DayReviewRow {
  id: string;
  name: string | null;
  hosts: string[];
  state: SessionState;
  scheduledStart: string;
  scheduledEnd: string;
  /** First person into the call, and the last out (Coviu's summary); null until it ran. */
  actualStart: string | null;
  actualEnd: string | null;
  /** The figures as lib/sessions/day-figures.ts defines them: differences of the clock times shown. */
  scheduledMinutes: number;
  actualMinutes: number | null;
  overrunMinutes: number | null;
  lateStartMinutes: number | null;
  noShow: boolean | null;
  /** Finished, but Coviu has no summary of it (nobody joined, or the summary could not be read). */
  missingSummary: boolean;
  billableMinutes: number | null;
}

export interface DayReview {
  date: string;
  timezone: string;
  rows: DayReviewRow[];
  totals: {
    sessions: number;
    finished: number;
    cancelled: number;
    noShows: number;
    overruns: number;
    missingSummaries: number;
    billableMinutes: number;
  };
}

/** "•••• ••• 678": enough to tell which number, not enough to copy it from over a shoulder. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `•••• ••• ${digits.slice(-3)}`;
}

export function maskEmail(email: string): string {
  const [user = '', domain = ''] = email.split('@');
  return `${user.slice(0, 1)}•••@${domain}`;
}
