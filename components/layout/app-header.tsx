import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { ROLE_LABEL, type Role } from '@/lib/staff/roles';

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
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-2">
        <Link href="/" className="text-lg font-bold text-brand">
          Waitboard
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap gap-3 text-sm">
          {LINKS.filter((l) => l.roles.includes(role)).map((l) => (
            <Link
              key={l.href}
              href={l.href}
              className="rounded px-1 text-slate-700 underline-offset-4 hover:underline focus-visible:ring-2 focus-visible:ring-brand"
            >
              {l.label}
            </Link>
          ))}
        </nav>
        <p className="text-sm text-slate-700">
          {name} <span className="text-slate-500">· {ROLE_LABEL[role]}</span>
        </p>
        <SignOutButton />
      </div>
    </header>
  );
}
