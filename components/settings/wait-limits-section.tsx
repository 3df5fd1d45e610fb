'use client';
import type { WaitingQueue } from '@/lib/core/team';
import type { TeamSettings } from '@/lib/settings/schema';
import { NumberSetting } from './number-setting';
import { SettingsSection } from './settings-section';
import { ThresholdGrid } from './threshold-grid';
import { useSettingsSection } from './use-settings-section';

const KEYS = ['thresholds', 'answerTargetMinutes'] as const;

export function WaitLimitsSection({
  teamId,
  saved,
  queues,
}: {
  teamId: string;
  saved: TeamSettings;
  queues: WaitingQueue[];
}) {
  const section = useSettingsSection(teamId, saved, KEYS, 'Wait limits saved. Open dashboards use them now.');
  const { thresholds, answerTargetMinutes } = section.draft;
  return (
    <SettingsSection
      id="wait-limits"
      title="Wait limits"
      saveLabel="Save wait limits"
      section={section}
      description="A caller’s row turns to “Long wait”, then “Over limit”, after these many minutes. A queue can have its own limits."
    >
      <ThresholdGrid
        label="All queues"
        path="thresholds.defaults"
        problems={section.problems}
        values={thresholds.defaults}
        onChange={(d) => section.change({ thresholds: { ...thresholds, defaults: { ...thresholds.defaults, ...d } } })}
      />
      {queues.map((q) => (
        <details key={q.id} className="rounded-md border border-line p-2">
          <summary className="cursor-pointer text-body font-medium">
            {q.name}
            {thresholds.queues[q.id] ? ' (own limits)' : ' (as for all queues)'}
            {Object.keys(section.problems).some((at) => at.startsWith(`thresholds.queues.${q.id}.`)) && (
              <span className="ml-2 text-wait-critical">⚠ needs a fix</span>
            )}
          </summary>
          <p className="my-1 text-body-sm text-fg-muted">Leave a row empty to use the limits for all queues.</p>
          <ThresholdGrid
            label={q.name}
            path={`thresholds.queues.${q.id}`}
            problems={section.problems}
            values={thresholds.queues[q.id] ?? {}}
            inherited={thresholds.defaults}
            onChange={(v) => {
              const next = { ...thresholds.queues, [q.id]: v };
              if (Object.keys(v).length === 0) delete next[q.id];
              section.change({ thresholds: { ...thresholds, queues: next } });
            }}
          />
        </details>
      ))}
      <div className="max-w-sm">
        <NumberSetting
          label="Aim to answer callers within (minutes)"
          hint="Reports show the share of callers answered within this time."
          min={1}
          value={answerTargetMinutes}
          error={section.problems.answerTargetMinutes}
          onChange={(n) => section.change({ answerTargetMinutes: n })}
        />
      </div>
    </SettingsSection>
  );
}
