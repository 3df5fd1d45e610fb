'use client';
import { useCallback, useEffect, useState } from 'react';
import type { DashboardTeam } from '@/lib/core/team';
import type { TriageAction } from '@/lib/waiting/triage-action';
import type { ConsolePreferences } from '@/lib/waiting/console-preferences';
import { longestWaiting } from '@/lib/waiting/longest-waiting';
import { type ThresholdSettings, waitLevel } from '@/lib/waiting/thresholds';
import type { DashboardCaller } from '@/lib/waiting/types';
import { YourCallers } from '@/components/practitioners/your-callers';
import { ActionDialogs, type DialogKind } from './action-dialogs';
import { ActionToast, type ActionToastState } from './action-toast';
import { AlertsBar } from './alerts-bar';
import { CallerDetails } from './caller-details';
import { CallerTable } from './caller-table';
import { DashboardHeader } from './dashboard-header';
import { DashboardToolbar } from './dashboard-toolbar';
import { FilterSummary } from './filter-summary';
import { savePreferences } from './save-preferences';
import { useAlerts } from './use-alerts';
import { useCallerAction } from './use-caller-action';
import { useConsoleFilters } from './use-console-filters';
import { useConsoleView } from './use-console-view';
import { type KeyCommand, useDashboardKeys } from './use-dashboard-keys';
import { useLookRecorder } from './use-look-recorder';
import { focusRow, useReturnFocus } from './use-return-focus';
import { useRowCallbacks } from './use-row-callbacks';
import { useSeenMarkers } from './use-seen-markers';
import { useTeamNames } from './use-team-names';
import { ClinicZones } from './clinic-zone';
import { useWaitingStreams } from './use-waiting-stream';

interface Props {
  teams: DashboardTeam[];
  me: { id: string; name: string; role: string };
  thresholds: ThresholdSettings;
  /** The person's stored choices and when they last looked at each team (server/…/page.tsx reads them). */
  preferences: ConsolePreferences;
  admitJoinLimitMinutes: number;
}

export function Dashboard({
  teams,
  me,
  thresholds: fallbackThresholds,
  preferences,
  admitJoinLimitMinutes: fallbackJoinLimit,
}: Props) {
  const { filters, setFilters, search, setSearch, clear } = useConsoleFilters(preferences.filters, teams, me.role);
  const [privacy, setPrivacy] = useState(preferences.privacyMode);
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
  const closeDetails = useCallback(() => setDetailsOf(null), []);
  // Every team streams whatever the filter: "N of M shown" counts what the filters hide.
  const feeds = useWaitingStreams(teams.map((t) => t.id));
  useLookRecorder(filters.teamId ? [filters.teamId] : teams.map((t) => t.id));
  const action = useCallerAction();
  const { markerOf, markSeen } = useSeenMarkers(preferences.lastLooked);

  const { queueName, nameOfQueue, clinicOf, zones } = useTeamNames(teams);
  const view = useConsoleView({
    teams,
    feeds,
    filters,
    search,
    privacy,
    me: me.id,
    fallbackThresholds,
    fallbackJoinLimit,
  });
  const { shown: sorted, thresholds, now, settingsByTeam } = view;
  const selected = sorted.find((c) => c.callId === selectedId) ?? null;
  const alerts = useAlerts(
    view.scoped,
    now,
    thresholds,
    nameOfQueue,
    view.admitJoinLimitMinutes * 60_000,
    view.soundByDefault,
    privacy,
  );
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

  const opening = useReturnFocus(dialog !== null || detailsOf !== null, selectedId);
  const undo = useCallback(
    (u: NonNullable<ActionToastState['undo']>) => {
      act(u.caller, { type: 'undo', auditId: u.auditId });
      setToast(null);
      setSelectedId(u.caller.callId);
      focusRow(u.caller.callId);
    },
    [act],
  );
  const jumpTo = useCallback(
    (caller: DashboardCaller) => {
      setSelectedId(caller.callId);
      markSeen([caller]);
      focusRow(caller.callId);
    },
    [markSeen],
  );

  const run = useCallback(
    (command: KeyCommand | 'claim' | 'acknowledge', caller: DashboardCaller | null = selected) => {
      if (command === 'undo') return void (toast?.undo && toast.undo.until > Date.now() && undo(toast.undo));
      if (command === 'search') return document.getElementById('caller-search')?.focus();
      if (command === 'longest') return void ((c) => c && jumpTo(c))(longestWaiting(sorted));
      opening();
      if (command === 'help') return setDialog('help');
      if (command === 'next' || command === 'previous') {
        const index = sorted.findIndex((c) => c.callId === selectedId);
        const next = sorted[Math.min(sorted.length - 1, Math.max(0, index + (command === 'next' ? 1 : -1)))];
        if (next) jumpTo(next);
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
    [selected, selectedId, sorted, act, me, setDialog, toast, undo, jumpTo, opening],
  );
  useDashboardKeys(run, dialog === null && detailsOf === null);

  const { onSelect, onAction } = useRowCallbacks({
    sorted,
    run,
    select: (caller) => {
      setSelectedId(caller.callId);
      markSeen([caller]);
    },
  });

  useEffect(() => {
    if (selectedId) document.getElementById(`caller-${selectedId}`)?.focus({ preventScroll: false });
  }, [selectedId]);

  const togglePrivacy = () => {
    setPrivacy(!privacy);
    savePreferences({ privacyMode: !privacy });
  };

  return (
    <ClinicZones value={zones}>
      <div data-wide className={`space-y-3 ${detailsOf ? 'lg:mr-drawer' : ''}`}>
        <DashboardToolbar
          teams={teams}
          filters={filters}
          onFilters={setFilters}
          search={search}
          onSearch={setSearch}
          privacy={privacy}
          onTogglePrivacy={togglePrivacy}
          onMarkAllSeen={() => markSeen(sorted)}
          onHelp={() => run('help')}
        />
        <FilterSummary shown={sorted.length} total={view.total} active={view.filtering} onClear={clear} />
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <DashboardHeader callers={view.scoped} feeds={view.scopedFeeds} teams={teams} />
          <AlertsBar raised={alerts.raised} muted={alerts.muted} setMuted={alerts.setMuted} />
        </div>
        <YourCallers callers={sorted} meId={me.id} privacy={privacy} />
        <ActionToast toast={toast} onUndo={undo} onExpire={clearToast} />
        <CallerTable
          callers={sorted}
          levelOf={(c) => waitLevel(c, now, thresholds)}
          queueName={queueName}
          markerOf={markerOf}
          clinicOf={!filters.teamId && teams.length > 1 ? clinicOf : null}
          selectedId={selectedId}
          privacy={privacy}
          me={me.id}
          onSelect={onSelect}
          onAction={onAction}
        />
        {view.total === 0 && feeds.some((f) => f.snapshot) && (
          <p role="status" className="text-fg-muted">
            Nobody is waiting.
          </p>
        )}
        <CallerDetails
          caller={detailsOf && (view.scoped.find((c) => c.callId === detailsOf.callId) ?? detailsOf)}
          queueName={nameOfQueue}
          me={me.id}
          onClose={closeDetails}
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
    </ClinicZones>
  );
}
