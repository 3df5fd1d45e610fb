'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { TableHead } from '@/components/ui/table-head';
import type { DashboardTeam } from '@/lib/core/team';
import type { TriageAction } from '@/lib/waiting/triage-action';
import { type ThresholdSettings, waitLevel } from '@/lib/waiting/thresholds';
import type { DashboardCaller } from '@/lib/waiting/types';
import { mergeTeamThresholds } from '@/lib/waiting/team-thresholds';
import { sortByUrgency } from '@/lib/waiting/urgency';
import { ActionDialogs, type DialogKind } from './action-dialogs';
import { AlertsBar } from './alerts-bar';
import { CallerDetails } from './caller-details';
import { CallerTableBody } from './caller-table-body';
import { DashboardHeader } from './dashboard-header';
import { useAlerts } from './use-alerts';
import { useCallerAction } from './use-caller-action';
import { type KeyCommand, useDashboardKeys } from './use-dashboard-keys';
import { useLevelNow } from './use-level-now';
import { useSeenMarkers } from './use-seen-markers';
import { useWaitingStreams } from './use-waiting-stream';

interface Props {
  teams: DashboardTeam[];
  me: { id: string; name: string; role: string };
  thresholds: ThresholdSettings;
  privacyDefault: boolean;
  admitJoinLimitMinutes: number;
}

export function Dashboard({ teams, me, thresholds: fallbackThresholds, privacyDefault, admitJoinLimitMinutes: fallbackJoinLimit }: Props) {
  const [teamFilter, setTeamFilter] = useState('');
  const [queueFilter, setQueueFilter] = useState('');
  const [onlyMine, setOnlyMine] = useState(me.role === 'practitioner');
  const [privacy, setPrivacy] = useState(privacyDefault);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialogState] = useState<DialogKind | null>(null);
  const [intent, setIntent] = useState('');
  const [detailsOf, setDetailsOf] = useState<DashboardCaller | null>(null);
  const setDialog = useCallback((next: DialogKind | null | ((d: DialogKind | null) => DialogKind | null)) => {
    setIntent(crypto.randomUUID());
    setDialogState(next);
  }, []);
  const [toast, setToast] = useState<{ text: string; undo?: { caller: DashboardCaller; auditId: number; until: number } } | null>(null);
  const visibleTeams = teamFilter ? teams.filter((t) => t.id === teamFilter) : teams;
  const feeds = useWaitingStreams(visibleTeams.map((t) => t.id));
  const action = useCallerAction();
  const { markerOf, markSeen } = useSeenMarkers(me.id);

  const queueNames = useMemo(() => new Map(teams.flatMap((t) => t.queues.map((q) => [q.id, q.name] as const))), [teams]);
  const callers = useMemo(() => {
    const all = feeds.flatMap((f) => f.snapshot?.callers ?? []);
    return all.filter(
      (c) =>
        (!queueFilter || (c.triage.reassignedQueueId ?? c.queueId) === queueFilter) &&
        (!onlyMine || c.triage.admission?.practitioner.id === me.id || c.triage.reassignedPractitioner?.id === me.id),
    );
  }, [feeds, queueFilter, onlyMine, me.id]);
  const settingsByTeam = useMemo(() => new Map(feeds.map((f) => [f.teamId, f.snapshot?.settings ?? null])), [feeds]);
  const allCallers = useMemo(() => feeds.flatMap((f) => f.snapshot?.callers ?? []), [feeds]);
  const thresholds = useMemo(() => mergeTeamThresholds(teams, settingsByTeam, allCallers, fallbackThresholds), [teams, settingsByTeam, allCallers, fallbackThresholds]);
  const known = [...settingsByTeam.values()].filter((x) => x !== null);
  // Several clinics on one screen: the earliest not-joined alert of theirs, and sound if any wants it.
  const admitJoinLimitMinutes = known.length ? Math.min(...known.map((x) => x.admitJoinLimitMinutes)) : fallbackJoinLimit;
  const soundByDefault = known.length ? known.some((x) => x.alertSound) : true;
  const now = useLevelNow(callers, thresholds, admitJoinLimitMinutes * 60_000);
  const sorted = useMemo(() => sortByUrgency(callers, now, thresholds), [callers, now, thresholds]);
  const selected = sorted.find((c) => c.callId === selectedId) ?? null;
  const nameOfQueue = useCallback((id: string | null) => (id && queueNames.get(id)) || 'a queue', [queueNames]);
  const alerts = useAlerts(callers, now, thresholds, nameOfQueue, admitJoinLimitMinutes * 60_000, soundByDefault);
  const selectedTeam = selected ? (teams.find((t) => t.id === selected.teamId) ?? null) : null;

  const act = useCallback(
    (caller: DashboardCaller, triageAction: TriageAction, optimistic?: Partial<DashboardCaller['triage']>, label?: string, key?: string) => {
      action.mutate(
        { caller, action: triageAction, optimistic, idempotencyKey: key },
        {
          onSuccess: (result) => {
            setDialog((d) => (d === 'admit' && result.caller.triage.admission?.mode === 'room' ? d : null));
            if (label && result.undoUntil) setToast({ text: label, undo: { caller: result.caller, auditId: result.auditId, until: Date.parse(result.undoUntil) } });
          },
          onError: (error) => setToast({ text: error.message }),
        },
      );
    },
    [action, setDialog],
  );

  const run = useCallback(
    (command: KeyCommand | 'claim' | 'acknowledge', caller: DashboardCaller | null = selected) => {
      if (command === 'help') return setDialog('help');
      if (command === 'next' || command === 'previous') {
        const index = sorted.findIndex((c) => c.callId === selectedId);
        const next = sorted[Math.min(sorted.length - 1, Math.max(0, index + (command === 'next' ? 1 : -1)))];
        if (next) {
          setSelectedId(next.callId);
          markSeen([next]);
        }
        return;
      }
      if (!caller) return;
      setSelectedId(caller.callId);
      if (command === 'details') {
        setDetailsOf(caller);
      } else if (command === 'acknowledge') {
        act(caller, { type: 'acknowledge' }, { escalation: null }, 'Escalation acknowledged.');
      } else if (command === 'claim') {
        const mine = caller.triage.claimedBy?.id === me.id;
        act(caller, { type: mine ? 'release' : 'claim' }, mine ? { claimedBy: null } : { claimedBy: { id: me.id, name: me.name } }, mine ? 'Released.' : 'Claimed.');
      } else setDialog(command);
    },
    [selected, selectedId, sorted, act, me, markSeen, setDialog],
  );
  useDashboardKeys(run, dialog === null && detailsOf === null);

  // Rows are memoised: give them callbacks that never change, reading the latest state via refs.
  const latest = useRef({ run, sorted, markSeen });
  useEffect(() => {
    latest.current = { run, sorted, markSeen };
  });
  const onSelect = useCallback((callId: string) => {
    setSelectedId(callId);
    const caller = latest.current.sorted.find((c) => c.callId === callId);
    if (caller) latest.current.markSeen([caller]);
  }, []);
  const onAction = useCallback((callId: string, a: 'claim' | 'admit' | 'reassign' | 'priority' | 'note' | 'acknowledge') => {
    const caller = latest.current.sorted.find((c) => c.callId === callId);
    if (caller) latest.current.run(a, caller);
  }, []);

  useEffect(() => {
    if (selectedId) document.getElementById(`caller-${selectedId}`)?.focus({ preventScroll: false });
  }, [selectedId]);
  useEffect(() => {
    if (!toast?.undo) return;
    const timer = setTimeout(() => setToast(null), Math.max(0, toast.undo.until - Date.now()));
    return () => clearTimeout(timer);
  }, [toast]);

  const togglePrivacy = () => {
    const next = !privacy;
    setPrivacy(next);
    void fetch('/api/me/preferences', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ privacyMode: next }) });
  };
  const filterTeam = teams.find((t) => t.id === teamFilter);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="block font-medium">Team</span>
          <select value={teamFilter} onChange={(e) => { setTeamFilter(e.target.value); setQueueFilter(''); }} className="rounded border border-slate-300 px-2 py-1">
            <option value="">All my teams</option>
            {teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">Queue</span>
          <select value={queueFilter} onChange={(e) => setQueueFilter(e.target.value)} className="rounded border border-slate-300 px-2 py-1">
            <option value="">All queues</option>
            {(filterTeam ? [filterTeam] : teams).flatMap((t) => t.queues).map((q) => <option key={q.id} value={q.id}>{q.name}</option>)}
          </select>
        </label>
        {me.role === 'practitioner' && (
          <label className="flex items-center gap-1 text-sm"><input type="checkbox" checked={onlyMine} onChange={(e) => setOnlyMine(e.target.checked)} /> Only callers for me</label>
        )}
        <Button variant="secondary" aria-pressed={privacy} onClick={togglePrivacy}>{privacy ? 'Show names' : 'Hide names'}</Button>
        <Button variant="secondary" onClick={() => markSeen(sorted)}>Mark all as seen</Button>
        <Button variant="secondary" onClick={() => setDialog('help')} aria-label="Keyboard shortcuts">?</Button>
      </div>
      <DashboardHeader callers={sorted} feeds={feeds} />
      <AlertsBar raised={alerts.raised} muted={alerts.muted} setMuted={alerts.setMuted} />
      {toast && (
        <Notice tone={toast.undo ? 'success' : 'error'}>
          {toast.text}{' '}
          {toast.undo && (
            <button type="button" className="font-semibold underline" onClick={() => { act(toast.undo!.caller, { type: 'undo', auditId: toast.undo!.auditId }); setToast(null); }}>
              Undo
            </button>
          )}
        </Notice>
      )}
      <div className="overflow-x-auto rounded-lg shadow-sm">
      <table className="w-full min-w-[56rem] bg-white text-left text-sm" aria-rowcount={sorted.length + 1}>
        <caption className="sr-only">Callers, most urgent first. Use j and k to move, ? for shortcuts.</caption>
        <TableHead columns={['Wait', 'Caller', 'Queue', 'Status', { label: 'In queue', right: true }, { label: 'Since arrival', right: true }, 'Handled by', { label: 'Actions', hidden: true }]} />
        <CallerTableBody
          callers={sorted}
          levelOf={(c) => waitLevel(c, now, thresholds)}
          queueName={(id) => (id && queueNames.get(id)) || 'Unknown queue'}
          markerOf={markerOf}
          selectedId={selectedId}
          privacy={privacy}
          me={me.id}
          onSelect={onSelect}
          onAction={onAction}
        />
      </table>
      </div>
      {sorted.length === 0 && feeds.some((f) => f.snapshot) && <p role="status" className="text-slate-600">Nobody is waiting.</p>}
      <CallerDetails caller={detailsOf} onClose={() => setDetailsOf(null)} />
      <ActionDialogs
        kind={dialog}
        caller={selected}
        team={selectedTeam}
        defaultMode={(selected && settingsByTeam.get(selected.teamId)?.admissionMode) || 'route'}
        pending={action.isPending}
        error={dialog && action.isError ? action.error.message : null}
        onSubmit={(a) => selected && act(selected, a, undefined, 'Saved.', intent)}
        onClose={() => { setDialog(null); action.reset(); }}
      />
    </div>
  );
}
