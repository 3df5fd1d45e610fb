// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleGuard } from './idle-guard';

const session = vi.hoisted(() => ({ update: vi.fn(async () => null), signOut: vi.fn(async () => undefined) }));
vi.mock('next-auth/react', () => ({
  useSession: () => ({ update: session.update, status: 'authenticated', data: null }),
  signOut: session.signOut,
}));

const seconds = (n: number) => act(() => vi.advanceTimersByTime(n * 1000));

describe('IdleGuard', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-21T09:00:00Z') });
    session.update.mockClear();
    session.signOut.mockClear();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('warns a minute before the idle limit, then signs out', async () => {
    render(<IdleGuard idleMinutes={2} />);
    await seconds(59);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await seconds(2);
    const dialog = screen.getByRole('alertdialog', { name: 'Still there?' });
    expect(dialog.textContent).toMatch(/signs this computer out in 59 seconds/);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Stay signed in' }));
    await seconds(60);
    expect(session.signOut).toHaveBeenCalledWith({ callbackUrl: '/signin?reason=idle' });
  });

  it('counts typing as activity, tells the server at most once a minute, and closes the warning', async () => {
    render(<IdleGuard idleMinutes={2} />);
    await seconds(70);
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    fireEvent.keyDown(window, { key: 'a' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(session.update).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(window, { key: 'b' });
    expect(session.update).toHaveBeenCalledTimes(1);
    await seconds(119);
    expect(session.signOut).not.toHaveBeenCalled();
    await seconds(2);
    expect(session.signOut).toHaveBeenCalledTimes(1);
  });

  it('does not treat the passing of time alone (polling, clocks) as activity', async () => {
    render(<IdleGuard idleMinutes={1} />);
    await seconds(61);
    expect(session.update).not.toHaveBeenCalled();
    expect(session.signOut).toHaveBeenCalledTimes(1);
  });
});
