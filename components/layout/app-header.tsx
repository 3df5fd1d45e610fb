import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import type { Role } from '@/lib/staff/roles';
import { AccountMenu } from './account-menu';
import { NavLinks } from './nav-links';
import { ThemeToggle } from './theme-toggle';

const LINKS: { href: string; label: string; roles: Role[] }[] = [
  { href: '/', label: 'Waiting now', roles: ['receptionist', 'practitioner', 'manager', 'admin'] },
  { href: '/practitioners', label: 'Practitioners', roles: ['receptionist', 'practitioner', 'manager', 'admin'] },
  { href: '/sessions', label: 'Sessions', roles: ['receptionist', 'practitioner', 'manager', 'admin'] },
  { href: '/sessions/review', label: 'Day review', roles: ['manager', 'admin'] },
  { href: '/reports', label: 'Reports', roles: ['manager', 'admin'] },
  { href: '/audit', label: 'Audit log', roles: ['manager', 'admin'] },
  { href: '/settings', label: 'Settings', roles: ['manager', 'admin'] },
  { href: '/admin/users', label: 'Staff', roles: ['admin'] },
  { href: '/admin/teams', label: 'Teams', roles: ['admin'] },
];

export function AppHeader({ name, role }: { name: string; role: Role }) {
  const links = LINKS.filter((l) => l.roles.includes(role));
  return (
    <header className="border-b border-line bg-surface">
      {/* Links take a row of their own where they would not fit beside the buttons: a manager's under 1280 px, anyone's on a phone. */}
      <div className="flex min-h-12 flex-wrap items-center gap-x-3 px-3 py-1 sm:px-4">
        <Link href="/" className="flex shrink-0 items-center gap-2 text-heading text-brand">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
            <rect x="1" y="3" width="18" height="3" rx="1.5" fill="currentColor" />
            <rect x="1" y="8.5" width="12" height="3" rx="1.5" fill="currentColor" opacity="0.7" />
            <rect x="1" y="14" width="7" height="3" rx="1.5" fill="currentColor" opacity="0.45" />
          </svg>
          <span className="max-sm:sr-only">Waitboard</span>
        </Link>
        <NavLinks links={links} ownRow={links.length > 3} />
        <div className="ml-auto flex shrink-0 items-center gap-3">
          <AccountMenu name={name} role={role} />
          <ThemeToggle />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
