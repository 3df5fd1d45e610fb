'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const PAGES = [
  { href: '/admin/users', label: 'Staff accounts' },
  { href: '/admin/teams', label: 'Teams and queues' },
  { href: '/admin/agent-tokens', label: 'Agent tokens' },
];

/**
 * The administration pages as tabs of one area: the header keeps one link per area ("Staff",
 * "Teams"), and a page used now and then (agent tokens) is found here without widening it.
 */
export function AdminNav() {
  const path = usePathname();
  return (
    <nav aria-label="Administration" className="-mx-1 mb-4 overflow-x-auto border-b border-line">
      <ul className="flex gap-1 px-1">
        {PAGES.map((p) => (
          <li key={p.href}>
            <Link
              href={p.href}
              aria-current={path === p.href ? 'page' : undefined}
              className="-mb-px inline-flex h-target items-center border-b-2 border-transparent px-3 text-body whitespace-nowrap text-fg-muted hover:text-fg aria-[current=page]:border-brand aria-[current=page]:font-semibold aria-[current=page]:text-fg"
            >
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
