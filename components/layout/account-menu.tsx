'use client';
import { ChevronDown, KeyRound, LockKeyhole, UserRound } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { Button, Menu, MenuItem, MenuTrigger, Popover, RouterProvider } from 'react-aria-components';
import { ROLE_LABEL, type Role } from '@/lib/staff/roles';

const ITEM =
  'flex h-target cursor-default items-center gap-2 rounded px-2 text-body text-fg outline-none data-[focused]:bg-surface-3';

/**
 * The person's own things, under their name: pages used now and then (agent tokens, a new
 * password) stay out of the main links a receptionist uses all day. Under 1024 px only an icon.
 */
export function AccountMenu({ name, role }: { name: string; role: Role }) {
  const router = useRouter();
  return (
    <RouterProvider navigate={(href) => router.push(href)}>
      <MenuTrigger>
        <Button
          aria-label={`Your account: ${name}, ${ROLE_LABEL[role]}`}
          className="inline-flex h-target min-w-target shrink-0 items-center justify-center gap-1 rounded-md px-1.5 text-body-sm text-fg outline-none hover:bg-surface-3 data-[focus-visible]:ring-2 data-[focus-visible]:ring-focus"
        >
          <UserRound aria-hidden="true" size={18} className="text-fg-muted lg:hidden" />
          <span className="hidden whitespace-nowrap lg:inline">
            {name} <span className="text-fg-subtle">· {ROLE_LABEL[role]}</span>
          </span>
          <ChevronDown aria-hidden="true" size={14} className="text-fg-muted" />
        </Button>
        <Popover
          placement="bottom end"
          className="min-w-56 rounded-md border border-line bg-surface p-1 shadow-overlay"
        >
          <Menu aria-label="Your account" className="outline-none">
            <MenuItem id="agent-access" href="/agent-access" className={ITEM}>
              <KeyRound aria-hidden="true" size={16} />
              Agent access
            </MenuItem>
            <MenuItem id="password" href="/account/password" className={ITEM}>
              <LockKeyhole aria-hidden="true" size={16} />
              Change your password
            </MenuItem>
          </Menu>
        </Popover>
      </MenuTrigger>
    </RouterProvider>
  );
}
