'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DashboardTeam } from '@/lib/core/team';
import type { TriageAction } from '@/lib/waiting/triage-action';
import { type ThresholdSettings, waitLevel } from '@/lib/waiting/thresholds';
import type { DashboardCaller } from '@/lib/waiting/types';
import { mergeTeamThresholds } from '@/lib/waiting/team-thresholds';
import { sortByUrgency } from '@/lib/waiting/urgency';
import { isForPractitioner } from '@/lib/practitioners/mine';
import { YourCallers } from '@/components/practitioners/your-callers';
import { ActionDialogs, type DialogKind } from './action-dialogs';
import { ActionToast, type ActionToastState } from './action-toast';
import { AlertsBar } from './alerts-bar';
import { CallerDetails } from './caller-details';
import type { RowAction } from './caller-row';
import { CallerTable } from './caller-table';
import { DashboardHeader } from './dashboard-header';
import { DashboardToolbar } from './dashboard-toolbar';
import { useAlerts } from './use-alerts';
import { useCallerAction } from './use-caller-action';
import { type KeyCommand, useDashboardKeys } from './use-dashboard-keys';
import { useLevelNow } from './use-level-now';
import { useRecentCallers } from './use-recent-callers';
import { useSeenMarkers } from './use-seen-markers';
import { useWaitingStreams } from './use-waiting-stream';

interface Props {
  teams: DashboardTeam[];
  me: { id: string; name: string; role: string };
  thresholds: ThresholdSettings;
  privacyDefault: boolean;
  admitJoinLimitMinutes: number;
}

export function Dashboard({
  teams,
  me,
  thresholds: fallbackThresholds,
  privacyDefault,
  admitJoinLimitMinutes: fallbackJoinLimit,
}: Props) {
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
  const [toast, setToast] = useState<ActionToastState | null>(null);
  const clearToast = useCallback(() => setToast(null), []);
  const visibleTeams = teamFilter ? teams.filter((t) => t.id === teamFilter) : teams;
  const feeds = useWaitingStreams(visibleTeams.map((t) => t.id));
  const action = useCallerAction();
  const { markerOf, markSeen } = useSeenMarkers(me.id);

  const queueNames = useMemo(
    () => new Map(teams.flatMap((t) => t.queues.map((q) => [q.id, q.name] as const))),
    [teams],
  );
  const callers = useMemo(() => {
    const all = feeds.flatMap((f) => f.snapshot?.callers ?? []);
    return all.filter(
      (c) =>
        (!queueFilter || (c.triage.reassignedQueueId ?? c.queueId) === queueFilter) &&
        (!onlyMine || isForPractitioner(c, me.id)),
    );
  }, [feeds, queueFilter, onlyMine, me.id]);
  const settingsByTeam = useMemo(() => new Map(feeds.map((f) => [f.teamId, f.snapshot?.settings ?? null])), [feeds]);
  const allCallers = useMemo(() => feeds.flatMap((f) => f.snapshot?.callers ?? []), [feeds]);
  const thresholds = useMemo(
    () => mergeTeamThresholds(teams, settingsByTeam, allCallers, fallbackThresholds),
    [teams, settingsByTeam, allCallers, fallbackThresholds],
  );
  const known = [...settingsByTeam.values()].filter((x) => x !== null);
  // Several clinics on one screen: the earliest not-joined alert of theirs, and sound if any wants it.
  const admitJoinLimitMinutes = known.length
    ? Math.min(...known.map((x) => x.admitJoinLimitMinutes))
    : fallbackJoinLimit;
  const soundByDefault = known.length ? known.some((x) => x.alertSound) : true;
  const notJoinedMs = admitJoinLimitMinutes * 60_000;
  const now = useLevelNow(callers, thresholds, notJoinedMs);
  // Gone callers stay (dimmed) for two minutes after they went, then leave the list.
  const recent = useRecentCallers(callers);
  const sorted = useMemo(() => sortByUrgency(recent, now, thresholds), [recent, now, thresholds]);
  const selected = sorted.find((c) => c.callId === selectedId) ?? null;
  const nameOfQueue = useCallback((id: string | null) => (id && queueNames.get(id)) || 'a queue', [queueNames]);
  const alerts = useAlerts(callers, now, thresholds, nameOfQueue, notJoinedMs, soundByDefault, privacy);
  const selectedTeam = selected ? (teams.find((t) => t.id === selected.teamId) ?? null) : null;

  const act = useCallback(
    (
      caller: DashboardCaller,
      triageAction: TriageAction,
      optimistic?: Partial<DashboardCaller['triage']>,
      label?: string,
      key?: string,
    ) => {
      action.mutate(
        { caller, action: triageAction, optimistic, idempotencyKey: key },
        {
          onSuccess: (result) => {
            setDialog((d) => (d === 'admit' && result.caller.triage.admission?.mode === 'room' ? d : null));
            if (label && result.undoUntil)
              setToast({
                text: label,
                undo: { caller: result.caller, auditId: result.auditId, until: Date.parse(result.undoUntil) },
              });
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
        act(
          caller,
          { type: mine ? 'release' : 'claim' },
          mine ? { claimedBy: null } : { claimedBy: { id: me.id, name: me.name } },
          mine ? 'Released.' : 'Claimed.',
        );
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
  const onAction = useCallback((callId: string, a: RowAction) => {
    const caller = latest.current.sorted.find((c) => c.callId === callId);
    if (caller) latest.current.run(a, caller);
  }, []);

  useEffect(() => {
    if (selectedId) document.getElementById(`caller-${selectedId}`)?.focus({ preventScroll: false });
  }, [selectedId]);

  const togglePrivacy = () => {
    const next = !privacy;
    setPrivacy(next);
    void fetch('/api/me/preferences', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ privacyMode: next }),
    });
  };

  return (
    <div data-wide className={`space-y-3 ${detailsOf ? 'lg:mr-drawer' : ''}`}>
      <DashboardToolbar
        teams={teams}
        teamFilter={teamFilter}
        onTeamFilter={(teamId) => {
          setTeamFilter(teamId);
          setQueueFilter('');
        }}
        queueFilter={queueFilter}
        onQueueFilter={setQueueFilter}
        onlyMine={me.role === 'practitioner' ? onlyMine : null}
        onOnlyMine={setOnlyMine}
        privacy={privacy}
        onTogglePrivacy={togglePrivacy}
        onMarkAllSeen={() => markSeen(sorted)}
        onHelp={() => setDialog('help')}
      />
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <DashboardHeader callers={sorted} feeds={feeds} teams={visibleTeams} />
        <AlertsBar raised={alerts.raised} muted={alerts.muted} setMuted={alerts.setMuted} />
      </div>
      <YourCallers callers={sorted} meId={me.id} privacy={privacy} />
      <ActionToast
        toast={toast}
        onUndo={(undo) => {
          act(undo.caller, { type: 'undo', auditId: undo.auditId });
          setToast(null);
        }}
        onExpire={clearToast}
      />
      <CallerTable
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
      {sorted.length === 0 && feeds.some((f) => f.snapshot) && (
        <p role="status" className="text-fg-muted">
          Nobody is waiting.
        </p>
      )}
      <CallerDetails
        caller={detailsOf && (callers.find((c) => c.callId === detailsOf.callId) ?? detailsOf)}
        queueName={nameOfQueue}
        me={me.id}
        onClose={() => {
          setDetailsOf(null);
          // Back to the caller's row, after the browser has put focus back where the dialog began.
          if (detailsOf) requestAnimationFrame(() => document.getElementById(`caller-${detailsOf.callId}`)?.focus());
        }}
      />
      <ActionDialogs
        kind={dialog}
        caller={selected}
        team={selectedTeam}
        defaultMode={(selected && settingsByTeam.get(selected.teamId)?.admissionMode) || 'route'}
        pending={action.isPending}
        error={dialog && action.isError ? action.error.message : null}
        onSubmit={(a) => selected && act(selected, a, undefined, 'Saved.', intent)}
        onClose={() => {
          setDialog(null);
          action.reset();
        }}
      />
    </div>
  );
}
