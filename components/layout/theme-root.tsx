'use client';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

import type { ThemeChoice } from '@/lib/staff/theme';

const ThemeContext = createContext<{ theme: ThemeChoice; setTheme: (t: ThemeChoice) => void } | null>(null);

/**
 * Carries the person's theme as `data-theme`; globals.css turns that into the root's colour scheme
 * (`:root:has([data-theme=…])`), so overlays rendered outside this element follow it too and the
 * first paint is already right (no script, no flash).
 */
export function ThemeRoot({ initial, children }: { initial: ThemeChoice; children: ReactNode }) {
  const [theme, setThemeState] = useState(initial);
  const value = useMemo(
    () => ({
      theme,
      setTheme: (next: ThemeChoice) => {
        setThemeState(next);
        // Remembered per person, on every computer they sign in to.
        void fetch('/api/me/preferences', {
          method: 'PATCH',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ theme: next }),
        });
      },
    }),
    [theme],
  );
  return (
    <ThemeContext.Provider value={value}>
      <div data-theme={theme} className="contents">
        {children}
      </div>
    </ThemeContext.Provider>
  );
}

export function useTheme() {
  const value = useContext(ThemeContext);
  if (!value) throw new Error('useTheme outside ThemeRoot');
  return value;
}
