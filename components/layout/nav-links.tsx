'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The main links; the page you are on is marked (aria-current) and underlined, not only coloured. */
export function NavLinks({ links, ownRow }: { links: { href: string; label: string }[]; ownRow: boolean }) {
  const path = usePathname();
  const current = links
    .filter((l) => (l.href === '/' ? path === '/' : path === l.href || path.startsWith(`${l.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav
      aria-label="Main"
      className={`order-last -mx-1 w-full min-w-0 overflow-x-auto border-t border-line ${ownRow ? 'xl:order-none xl:w-auto xl:flex-1 xl:border-0' : 'sm:order-none sm:w-auto sm:flex-1 sm:border-0'}`}
    >
      <ul className="flex items-center gap-0.5 px-1">
        {links.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={l.href === current ? 'page' : undefined}
              className="inline-flex h-target items-center rounded-md px-2.5 text-body whitespace-nowrap text-fg-muted hover:bg-surface-3 hover:text-fg aria-[current=page]:font-semibold aria-[current=page]:text-fg aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-[10px]"
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
