'use client';
import { TextField } from '@/components/ui/field';
import { TimeZonePicker } from '@/components/time-zone/time-zone-picker';
import type { TeamSettings } from '@/lib/settings/schema';
import { numberFrom, numberText } from './number-input';
import { SettingsSection } from './settings-section';
import { useSettingsSection } from './use-settings-section';

const KEYS = ['timezone', 'pollActiveSeconds', 'pollIdleSeconds'] as const;

export function ClinicSection({ teamId, saved }: { teamId: string; saved: TeamSettings }) {
  const section = useSettingsSection(teamId, saved, KEYS, 'Clinic settings saved.');
  const { timezone, pollActiveSeconds, pollIdleSeconds } = section.draft;
  return (
    <SettingsSection
      id="clinic"
      title="Clinic and time zone"
      saveLabel="Save clinic"
      section={section}
      description="The clinic’s local time, and how often Waitboard asks Coviu who is waiting."
    >
      <TimeZonePicker
        label="Clinic time zone"
        hint="Reports, the day review and the wall display use this local time. Type a city to find it."
        value={timezone}
        error={section.problems.timezone}
        onChange={(zone) => section.change({ timezone: zone })}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="How often to check Coviu for new callers (seconds)"
          hint="While someone has Waitboard open. Shorter shows a new caller sooner."
          type="number"
          min={2}
          max={60}
          value={numberText(pollActiveSeconds)}
          error={section.problems.pollActiveSeconds}
          onChange={(e) => section.change({ pollActiveSeconds: numberFrom(e.target.value) })}
        />
        <TextField
          label="How often to check when nobody is watching (seconds)"
          hint="Keeps reports and alerts current with fewer requests to Coviu."
          type="number"
          min={5}
          max={600}
          value={numberText(pollIdleSeconds)}
          error={section.problems.pollIdleSeconds}
          onChange={(e) => section.change({ pollIdleSeconds: numberFrom(e.target.value) })}
        />
      </div>
    </SettingsSection>
  );
}
