import type { ReactNode } from 'react';
import { IdleGuard } from '@/components/auth/idle-guard';
import { SessionWatch } from '@/components/auth/session-watch';
import { AppHeader } from '@/components/layout/app-header';
import { requireStaff } from '@/server/auth/page';
import { getGlobalSettings } from '@/server/settings/store';

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const staff = await requireStaff();
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <AppHeader name={staff.name} role={staff.role} />
      <IdleGuard idleMinutes={(await getGlobalSettings()).idleTimeoutMinutes} />
      <SessionWatch />
      <main id="main" className="mx-auto max-w-6xl p-4">
        {children}
      </main>
    </>
  );
}
