'use client';
import { SelectField } from '@/components/ui/field';
import type { TeamSettings } from '@/lib/settings/schema';
import { BASIS_LABELS } from '@/lib/sessions/billable';
import { NumberSetting } from './number-setting';
import { SettingsSection } from './settings-section';
import { useSettingsSection } from './use-settings-section';

const KEYS = ['billable'] as const;

export function BillingSection({ teamId, saved }: { teamId: string; saved: TeamSettings }) {
  const section = useSettingsSection(teamId, saved, KEYS, 'Billing settings saved. Session summaries use them now.');
  const { billable } = section.draft;
  const set = (next: Partial<TeamSettings['billable']>) => section.change({ billable: { ...billable, ...next } });
  return (
    <SettingsSection
      id="billing"
      title="Billing"
      saveLabel="Save billing"
      section={section}
      description="How a session summary counts billable minutes."
    >
      <SelectField
        label="Count as billable"
        value={billable.basis}
        onChange={(e) => set({ basis: e.target.value as TeamSettings['billable']['basis'] })}
      >
        {Object.entries(BASIS_LABELS).map(([k, label]) => (
          <option key={k} value={k}>
            {label.charAt(0).toUpperCase() + label.slice(1)}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberSetting
          label="Billing unit (minutes)"
          hint="Billable time is counted in units of this length, 1 to 60 minutes."
          min={1}
          max={60}
          value={billable.unitMinutes}
          error={section.problems['billable.unitMinutes']}
          onChange={(n) => set({ unitMinutes: n })}
        />
        <SelectField
          label="A part unit is rounded"
          hint="E.g. 7 minutes in 5-minute units: up is 10, nearest is 5, down is 5."
          value={billable.rounding}
          onChange={(e) => set({ rounding: e.target.value as TeamSettings['billable']['rounding'] })}
        >
          <option value="up">Up to a whole unit</option>
          <option value="nearest">To the nearest unit</option>
          <option value="down">Down to a whole unit</option>
        </SelectField>
      </div>
    </SettingsSection>
  );
}
