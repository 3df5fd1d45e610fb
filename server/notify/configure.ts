import 'server-only';
import { type ChannelNotifiers, recordingNotifier } from '../sessions/notifier';
import type { NotifySettings } from './env';
import { smsHttpNotifier } from './sms-http';
import { smtpNotifier } from './smtp';

/** A channel whose variables are unset keeps the built-in notifier: links are recorded, not sent. */
export function configuredNotifiers(settings: NotifySettings): ChannelNotifiers {
  const { timeoutMs } = settings;
  return {
    email: settings.email ? smtpNotifier(settings.email, { timeoutMs }) : recordingNotifier,
    sms: settings.sms ? smsHttpNotifier(settings.sms, { timeoutMs }) : recordingNotifier,
  };
}
