'use client';
import { SelectField } from '@/components/ui/field';
import type { TeamSettings } from '@/lib/settings/schema';
import { NumberSetting } from './number-setting';
import { SettingsSection } from './settings-section';
import { useSettingsSection } from './use-settings-section';

const KEYS = ['admissionMode', 'admitJoinLimitMinutes'] as const;

export function AdmissionSection({ teamId, saved }: { teamId: string; saved: TeamSettings }) {
  const section = useSettingsSection(teamId, saved, KEYS, 'Admission settings saved. Open dashboards use them now.');
  const { admissionMode, admitJoinLimitMinutes } = section.draft;
  return (
    <SettingsSection
      id="admission"
      title="Admitting callers"
      saveLabel="Save admission"
      section={section}
      description="What happens when reception admits a caller to a practitioner."
    >
      <SelectField
        label="Admit callers by"
        hint="The admit dialog starts on this; reception can pick the other way for one caller."
        value={admissionMode}
        onChange={(e) => section.change({ admissionMode: e.target.value as TeamSettings['admissionMode'] })}
      >
        <option value="route">Route: the practitioner joins the caller in Coviu’s waiting area</option>
        <option value="room">Room: Waitboard opens a Coviu session with a link for each of them</option>
      </SelectField>
      <div className="max-w-sm">
        <NumberSetting
          label="Alert when the practitioner has not joined after (minutes)"
          hint="The caller’s row is flagged, and the team chat told, if nobody has joined an admitted caller by then."
          min={1}
          value={admitJoinLimitMinutes}
          error={section.problems.admitJoinLimitMinutes}
          onChange={(n) => section.change({ admitJoinLimitMinutes: n })}
        />
      </div>
    </SettingsSection>
  );
}
