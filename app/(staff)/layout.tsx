import type { ReactNode } from 'react';
import { ClinicMemoryRoot } from '@/components/clinic/clinic-memory';
import { IdleGuard } from '@/components/auth/idle-guard';
import { SessionWatch } from '@/components/auth/session-watch';
import { AppHeader } from '@/components/layout/app-header';
import { ThemeRoot } from '@/components/layout/theme-root';
import { lastClinicOf } from '@/lib/staff/last-clinic';
import { themeOf } from '@/lib/staff/theme';
import { requireStaff } from '@/server/auth/page';
import { getGlobalSettings } from '@/server/settings/store';

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const staff = await requireStaff();
  return (
    <ThemeRoot initial={themeOf(staff.preferences)}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2"
      >
        Skip to content
      </a>
      <AppHeader name={staff.name} role={staff.role} />
      <IdleGuard idleMinutes={(await getGlobalSettings()).idleTimeoutMinutes} />
      <SessionWatch />
      {/* The console uses the full width; other pages keep a readable measure (data-wide, set by the page). */}
      <main id="main" className="mx-auto max-w-6xl p-3 has-[[data-wide]]:max-w-none sm:p-4">
        <ClinicMemoryRoot initial={lastClinicOf(staff.preferences)}>{children}</ClinicMemoryRoot>
      </main>
    </ThemeRoot>
  );
}
