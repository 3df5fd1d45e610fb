import 'server-only';
import type { GlobalSettings, TeamSettings } from '@/lib/settings/schema';
import { DEFAULT_THRESHOLD_SETTINGS } from '@/lib/waiting/thresholds';
import { env } from '../env';

/** The server's configured defaults (environment), which a clinic's own choices override. */
export function teamDefaults(timezone: string): TeamSettings {
  const e = env();
  return {
    thresholds: DEFAULT_THRESHOLD_SETTINGS,
    answerTargetMinutes: 5,
    pollActiveSeconds: Math.max(2, Math.round(e.POLL_ACTIVE_MS / 1000)),
    pollIdleSeconds: Math.max(5, Math.round(e.POLL_IDLE_MS / 1000)),
    admissionMode: 'route',
    admitJoinLimitMinutes: e.ADMIT_JOIN_LIMIT_MINUTES,
    alertSound: true,
    escalationWebhookUrl: e.ESCALATION_WEBHOOK_URL ?? null,
    escalationRepeatMinutes: e.ESCALATION_REPEAT_MINUTES,
    timezone,
    billable: { basis: e.BILLABLE_BASIS, unitMinutes: e.BILLABLE_UNIT_MINUTES, rounding: e.BILLABLE_ROUNDING },
  };
}

export function globalDefaults(): GlobalSettings {
  return { idleTimeoutMinutes: env().IDLE_TIMEOUT_MINUTES };
}
