'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { onTick } from '@/components/live/page-clock';
import { serverNow } from '@/components/live/server-clock';
import { nextDropAt, recentCallers } from '@/lib/waiting/gone-callers';
import type { DashboardCaller } from '@/lib/waiting/types';

/**
 * The callers minus those gone for over two minutes. Gone callers drop off on the page's one
 * clock: each tick costs a single compare with the next drop time, with no timer per row.
 */
export function useRecentCallers(callers: DashboardCaller[]): DashboardCaller[] {
  const [now, setNow] = useState(0);
  const dropAt = useRef(Infinity);
  useEffect(() => {
    const refresh = () => {
      const t = serverNow();
      dropAt.current = nextDropAt(callers, t);
      setNow(t);
    };
    refresh();
    return onTick(() => {
      if (serverNow() >= dropAt.current) refresh();
    });
  }, [callers]);
  return useMemo(() => recentCallers(callers, now || serverNow()), [callers, now]);
}
