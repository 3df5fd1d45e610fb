// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotificationView, SessionView } from '@/lib/sessions/view';
import { SentLinks } from './sent-links';

const row = (id: number, over: Partial<NotificationView>): NotificationView => ({
  id,
  participantId: 'p1',
  channel: 'sms',
  recipient: '•••• ••• 678',
  body: 'Your video consultation with North Clinic is on Tue 2 Dec, 10:00. Join at that time here: https://x.example/e',
  notifier: 'built-in (records only)',
  status: 'recorded',
  detail: null,
  sentByName: 'Rae Reception',
  createdAt: '2026-12-01T23:00:00.000Z',
  ...over,
});

const session = { id: 's1', participants: [{ id: 'p1', displayName: 'Pat Guest' }] } as unknown as SessionView;

function show(notifications: NotificationView[], modes: Record<'sms' | 'email', { sends: boolean; via: string }>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ notifications, modes }), { status: 200 })),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <SentLinks teamId="t1" session={session} timezone="Australia/Sydney" />
    </QueryClientProvider>,
  );
}

describe('SentLinks', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('says per link whether it was sent (with the provider’s id), failed (with why) or only recorded', async () => {
    show(
      [
        row(3, {
          channel: 'email',
          status: 'sent',
          detail: '<a1b2@clinic.example>',
          recipient: 'p•••@patients.example',
        }),
        row(2, { status: 'failed', detail: 'mailbox unavailable (SMTP 550)', channel: 'email' }),
        row(1, { status: 'recorded', detail: 'Recorded only: no SMS provider is set up.' }),
      ],
      {
        sms: { sends: false, via: 'built-in (records only)' },
        email: { sends: true, via: 'SMTP relay at mail.example' },
      },
    );
    const table = await screen.findByRole('table', { name: 'Links sent' });
    const outcomes = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.lastElementChild?.textContent);
    expect(outcomes).toEqual([
      'Sent by email · id <a1b2@clinic.example>',
      'Failed: mailbox unavailable (SMTP 550)',
      'Recorded, not sent',
    ]);
    expect(
      screen.getByText(
        'SMS: recorded, not sent (no provider set up) · Email: sent through the SMTP relay at mail.example',
      ),
    ).toBeTruthy();
  });

  it('says before anything is sent that links would only be recorded', async () => {
    const off = { sends: false, via: 'built-in (records only)' };
    show([], { sms: off, email: off });
    expect(await screen.findByText(/^SMS: recorded, not sent .* · Email: recorded, not sent/)).toBeTruthy();
    expect(screen.getByText('No links sent yet.')).toBeTruthy();
  });
});
