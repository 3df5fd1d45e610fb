'use client';
import { DateField, DateInput, DateSegment, I18nProvider, Label } from 'react-aria-components';

interface Props {
  label: string;
  /** A whole date as YYYY-MM-DD, or '' when the field is cleared or not yet complete. */
  onChange: (date: string) => void;
}

/**
 * A day typed as day / month / year, the Australian order whatever the browser's language, each
 * part its own spin button (arrow keys step it). Uncontrolled: to clear it, remount it (a `key`).
 */
export function DayField({ label, onChange }: Props) {
  return (
    <I18nProvider locale="en-AU">
      <DateField
        className="flex min-w-0 flex-col"
        granularity="day"
        onChange={(value) => onChange(value ? value.toString() : '')}
      >
        <Label className="text-sm font-medium text-fg">{label}</Label>
        <DateInput className="mt-1 flex h-target w-full min-w-0 items-center rounded-md border border-line-strong bg-surface px-2 text-body text-fg focus-within:border-focus focus-within:ring-2 focus-within:ring-focus/40">
          {(segment) => (
            <DateSegment
              segment={segment}
              className="rounded px-0.5 tabular-nums outline-none data-[focused]:bg-brand data-[focused]:text-brand-fg data-[placeholder]:text-fg-muted"
            />
          )}
        </DateInput>
      </DateField>
    </I18nProvider>
  );
}
