'use client';
import { TextField } from '@/components/ui/field';
import type { TeamSettings } from '@/lib/settings/schema';
import { NumberSetting } from './number-setting';
import { SettingsSection } from './settings-section';
import { useSettingsSection } from './use-settings-section';

const KEYS = ['alertSound', 'escalationWebhookUrl', 'escalationRepeatMinutes'] as const;

export function AlertsSection({ teamId, saved }: { teamId: string; saved: TeamSettings }) {
  const section = useSettingsSection(teamId, saved, KEYS, 'Alert settings saved.');
  const { alertSound, escalationWebhookUrl, escalationRepeatMinutes } = section.draft;
  return (
    <SettingsSection
      id="alerts"
      title="Alerts and escalation"
      saveLabel="Save alerts"
      section={section}
      description="How Waitboard gets attention when a caller goes over the limit, or an admitted caller is still waiting for their practitioner."
    >
      <div className="space-y-1">
        <label className="flex items-center gap-2 text-body font-medium text-fg">
          <input
            type="checkbox"
            className="size-4"
            checked={alertSound}
            aria-describedby="alert-sound-hint"
            onChange={(e) => section.change({ alertSound: e.target.checked })}
          />
          Play a sound with alerts
        </label>
        <p id="alert-sound-hint" className="pl-6 text-xs text-fg-muted">
          On every open dashboard of this clinic. Each person can still mute it on their own screen.
        </p>
      </div>
      <TextField
        label="Team chat alert address (Slack or Teams webhook)"
        hint="Waitboard posts a short message here, without patient details, when a caller goes over the limit or an admitted caller is not joined. Paste the chat’s incoming-webhook address; leave empty to post nowhere."
        type="url"
        inputMode="url"
        placeholder="https://hooks.slack.com/services/…"
        value={escalationWebhookUrl ?? ''}
        error={section.problems.escalationWebhookUrl}
        onChange={(e) => {
          const url = e.target.value.trim();
          section.change({ escalationWebhookUrl: url === '' ? null : url });
        }}
      />
      <div className="max-w-sm">
        <NumberSetting
          label="Post again every (minutes)"
          hint="Until someone acknowledges the alert in Waitboard."
          min={1}
          value={escalationRepeatMinutes}
          error={section.problems.escalationRepeatMinutes}
          onChange={(n) => section.change({ escalationRepeatMinutes: n })}
        />
      </div>
    </SettingsSection>
  );
}
