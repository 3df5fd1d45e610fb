'use client';
import { useCallback, useEffect, useRef } from 'react';
import type { DashboardCaller } from '@/lib/waiting/types';
import type { RowAction } from './caller-row';

interface Latest {
  sorted: DashboardCaller[];
  run: (action: RowAction, caller: DashboardCaller) => void;
  select: (caller: DashboardCaller) => void;
}

/**
 * Rows are memoised: they get callbacks that never change, which read the latest list and
 * handlers through a ref, so a new list or a new handler does not re-render every row.
 */
export function useRowCallbacks(latestNow: Latest) {
  const latest = useRef(latestNow);
  useEffect(() => {
    latest.current = latestNow;
  });
  const find = (callId: string) => latest.current.sorted.find((c) => c.callId === callId);
  const onSelect = useCallback((callId: string) => {
    const caller = find(callId);
    if (caller) latest.current.select(caller);
  }, []);
  const onAction = useCallback((callId: string, a: RowAction) => {
    const caller = find(callId);
    if (caller) latest.current.run(a, caller);
  }, []);
  return { onSelect, onAction };
}
