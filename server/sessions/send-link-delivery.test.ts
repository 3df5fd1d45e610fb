import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, clinicParts, formatClinicDateTime } from '@/lib/core/clinic-time';
import { startMailListener } from '@/test/helpers/mail-listener';
import { startTestSandbox, type TestSandbox } from '@/test/helpers/sandbox';
import { startSmsListener } from '@/test/helpers/sms-listener';
import { queryAudit } from '../audit';
import type { Staff } from '../auth/session';
import { setCoviuClientForTests } from '../coviu';
import { openDatabase, type Database } from '../db/client';
import { setDatabaseForTests } from '../db';
import { captureLogs } from '../log';
import { smsHttpNotifier } from '../notify/sms-http';
import { smtpNotifier } from '../notify/smtp';
import { createTeam } from '../staff/teams';
import { createUser } from '../staff/users';
import { bookSession } from './actions';
import { deliveryModes, installNotifier, notificationsFor, recordingNotifier, sendEntryLink } from './notifier';

const ctx = { ip: '203.0.113.9', userAgent: 'vitest', actor: { id: null, email: 'test' } };
const TZ = 'Australia/Sydney';
const PATIENT = { name: 'Pat Quigley', phone: '0412 345 678', email: 'pat.quigley@patients.example' };
// Whatever could identify the patient, in the forms a message might carry it.
const PATIENT_TRACES = ['Pat', 'Quigley', '345 678', '345678', '412345', 'pat.quigley', 'patients.example'];

describe('entry links sent for real: email and SMS to local listeners', () => {
  let t: TestSandbox;
  let database: Database;
  let staff: Staff;
  let mail: Awaited<ReturnType<typeof startMailListener>>;
  let sms: Awaited<ReturnType<typeof startSmsListener>>;

  beforeAll(async () => {
    [t, mail, sms] = await Promise.all([startTestSandbox(), startMailListener(), startSmsListener()]);
    setCoviuClientForTests(t.coviu);
    database = await openDatabase({});
    setDatabaseForTests(database);
    await createTeam(ctx, { id: t.team.id, name: 'North Clinic', timezone: TZ });
    const host = await createUser(ctx, {
      email: 'dr@example.com',
      name: 'Dr Ada',
      role: 'practitioner',
      teamIds: [t.team.id],
      password: 'a long enough password',
    });
    staff = {
      id: host.user.id,
      email: 'dr@example.com',
      name: 'Dr Ada',
      role: 'receptionist',
      teamIds: [t.team.id],
      preferences: {},
    };
    const options = { timeoutMs: 2_000, retryDelayMs: 10 };
    installNotifier({
      email: smtpNotifier({ host: '127.0.0.1', port: mail.port, secure: false, from: 'links@clinic.example' }, options),
      sms: smsHttpNotifier(
        { url: sms.url, user: 'AC123', token: 'tok', from: 'NorthClinic', countryCode: '61' },
        options,
      ),
    });
  }, 60_000);
  afterAll(async () => {
    installNotifier(undefined);
    await Promise.all([t.sandbox.close(), mail.close(), sms.close()]);
    await database.close();
  });

  const book = async (time: string) => {
    const date = addDays(clinicParts(t.now(), TZ).date, 1);
    const view = await bookSession(
      ctx,
      staff,
      t.team.id,
      {
        name: 'Follow-up',
        when: { kind: 'scheduled', date, time },
        durationMinutes: 20,
        hostIds: [staff.id],
        guests: [PATIENT],
        options: { singleUseLinks: false, hideMenu: false },
      },
      t.now(),
    );
    const guest = view.participants.find((p) => p.role === 'GUEST')!;
    const text = `Your video consultation with North Clinic is on ${formatClinicDateTime(view.startTime, TZ)}. Join at that time here: ${guest.entryUrl}`;
    return { view, guest, text };
  };

  it('delivers the entry link and nothing else about the patient, records the ids, logs no recipient', async () => {
    const { view, guest, text } = await book('10:00');
    const logs = captureLogs('debug');
    try {
      expect(await sendEntryLink(ctx, staff, t.team.id, view.id, guest.id, 'email')).toMatchObject({ status: 'sent' });
      expect(await sendEntryLink(ctx, staff, t.team.id, view.id, guest.id, 'sms')).toMatchObject({ status: 'sent' });
    } finally {
      logs.restore();
    }
    const email = mail.received.at(-1)!;
    expect(email.to).toEqual([PATIENT.email]);
    expect(email.text).toBe(text);
    expect(email.headers.subject).toBe('Your video consultation with North Clinic');
    const texted = sms.received.at(-1)!.form;
    expect(texted).toEqual({ To: '+61412345678', From: 'NorthClinic', Body: text });
    for (const trace of PATIENT_TRACES) {
      expect(email.text + email.headers.subject + texted.Body).not.toContain(trace);
      expect(logs.lines.join('\n')).not.toContain(trace);
    }
    expect(logs.lines.some((line) => line.includes('"msg":"entry link sent"'))).toBe(true);

    const [bySms, byEmail] = await notificationsFor(view.id);
    expect(byEmail).toMatchObject({ channel: 'email', status: 'sent', detail: email.headers['message-id'] });
    expect(bySms).toMatchObject({ channel: 'sms', status: 'sent', detail: expect.stringMatching(/^SM\d+$/) });
    expect(bySms!.notifier).toBe(`HTTP SMS API at 127.0.0.1:${sms.port}`);
    expect(deliveryModes()).toEqual({
      sms: { sends: true, via: bySms!.notifier },
      email: { sends: true, via: 'SMTP relay at 127.0.0.1' },
    });
  });

  it('records a refusal as failed with a reason free of the number, audits it and answers 502', async () => {
    const { view, guest } = await book('11:00');
    sms.reply({ status: 400, body: { code: 21614, message: `'To' number +61412345678 is not a mobile number` } });
    const logs = captureLogs('debug');
    const refused = await sendEntryLink(ctx, staff, t.team.id, view.id, guest.id, 'sms').catch((e: unknown) => e);
    logs.restore();
    expect(refused).toMatchObject({ status: 502 });
    const reason =
      "the SMS provider refused it (error 21614: 'To' number [recipient] is not a mobile number) (HTTP 400)";
    expect((refused as Error).message).toBe(`The link could not be sent: ${reason}.`);
    const [row] = await notificationsFor(view.id);
    expect(row).toMatchObject({ status: 'failed', detail: reason });
    const audit = await queryAudit({ action: 'session.link_send', teamId: t.team.id });
    expect(audit.find((a) => a.resourceId === view.id)?.changes).toMatchObject({ channel: 'sms', status: 'failed' });
    for (const trace of PATIENT_TRACES) expect(logs.lines.join('\n')).not.toContain(trace);
    expect(logs.lines.some((line) => line.includes('entry link not sent') && line.includes('21614'))).toBe(true);
  });

  it('counts a copy of the built-in notifier (Next bundles modules more than once) as record-only', () => {
    installNotifier({ ...recordingNotifier });
    expect(deliveryModes()).toEqual({
      sms: { sends: false, via: 'built-in (records only)' },
      email: { sends: false, via: 'built-in (records only)' },
    });
  });
});
