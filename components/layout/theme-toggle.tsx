'use client';
import { Monitor, Moon, Sun } from 'lucide-react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { THEME_CHOICES, type ThemeChoice } from '@/lib/staff/theme';
import { useTheme } from './theme-root';

const LOOK: Record<ThemeChoice, { label: string; Icon: typeof Sun }> = {
  system: { label: 'Match this computer', Icon: Monitor },
  light: { label: 'Light', Icon: Sun },
  dark: { label: 'Dark', Icon: Moon },
};

/** Light, dark, or whatever the computer is set to (the default). */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  const { Icon } = LOOK[theme];
  return (
    <MenuTrigger>
      <Button
        aria-label={`Theme: ${LOOK[theme].label}`}
        className="inline-flex size-target items-center justify-center rounded-md text-fg-muted hover:bg-surface-3 hover:text-fg"
      >
        <Icon aria-hidden="true" size={18} />
      </Button>
      <Popover placement="bottom end" className="min-w-48 rounded-md border border-line bg-surface p-1 shadow-overlay">
        <Menu
          aria-label="Theme"
          selectionMode="single"
          selectedKeys={[theme]}
          onSelectionChange={(keys) => {
            const [next] = [...(keys as Set<ThemeChoice>)];
            if (next) setTheme(next);
          }}
          className="outline-none"
        >
          {THEME_CHOICES.map((choice) => {
            const { label, Icon: ChoiceIcon } = LOOK[choice];
            return (
              <MenuItem
                key={choice}
                id={choice}
                className="flex h-target cursor-default items-center gap-2 rounded px-2 text-body text-fg outline-none data-[focused]:bg-surface-3 data-[selected]:font-semibold"
              >
                <ChoiceIcon aria-hidden="true" size={16} />
                {label}
              </MenuItem>
            );
          })}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
