'use client';
import { TimeZonePicker } from '@/components/time-zone/time-zone-picker';
import type { TeamSettings } from '@/lib/settings/schema';
import { NumberSetting } from './number-setting';
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
        <NumberSetting
          label="How often to check Coviu for new callers (seconds)"
          hint="While someone has Waitboard open. Shorter shows a new caller sooner."
          min={2}
          max={60}
          value={pollActiveSeconds}
          error={section.problems.pollActiveSeconds}
          onChange={(n) => section.change({ pollActiveSeconds: n })}
        />
        <NumberSetting
          label="How often to check when nobody is watching (seconds)"
          hint="Keeps reports and alerts current with fewer requests to Coviu."
          min={5}
          max={600}
          value={pollIdleSeconds}
          error={section.problems.pollIdleSeconds}
          onChange={(n) => section.change({ pollIdleSeconds: n })}
        />
      </div>
    </SettingsSection>
  );
}
