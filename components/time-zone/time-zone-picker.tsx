'use client';
import { ChevronDown } from 'lucide-react';
import { useMemo, useSyncExternalStore } from 'react';
import {
  Button,
  Collection,
  ComboBox,
  FieldError,
  Header,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  Text,
} from 'react-aria-components';
import { INPUT } from '@/components/ui/field';
import {
  canonicalZone,
  matchesZone,
  timeZoneGroups,
  zoneOption,
  type ZoneGroup,
  type ZoneOption,
} from '@/lib/time-zones/time-zones';

// The browser's zone is known only in the browser: the server renders without it, so hydration matches.
const never = () => () => undefined;
const ownZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverZone = () => undefined;

const ITEM =
  'flex cursor-default flex-col rounded px-2 py-1.5 text-body text-fg outline-none data-[focused]:bg-surface-3 data-[selected]:font-semibold';

/**
 * A searchable time-zone field (React Aria ComboBox): type a city, country, IANA name or offset.
 * Australian and New Zealand zones come first, then this computer's own. Controlled (value and
 * onChange) or inside a plain form (defaultValue and name, which submits the IANA name).
 */
export function TimeZonePicker({
  value,
  defaultValue,
  onChange,
  name = 'timezone',
  label = 'Time zone',
  hint,
  error,
}: {
  value?: string;
  defaultValue?: string;
  onChange?: (timezone: string) => void;
  name?: string;
  label?: string;
  hint?: string;
  error?: string;
}) {
  const browserZone = useSyncExternalStore(never, ownZone, serverZone);
  const selected = value ?? defaultValue;
  const groups = useMemo(() => {
    const now = new Date();
    const found = timeZoneGroups({ now, browserZone });
    const current = selected && canonicalZone(selected);
    // A zone stored under a name the list does not hold still shows, so saving another field keeps it.
    if (current && !found.some((g) => g.zones.some((z) => z.id === current)))
      found.push({ title: 'Saved for this clinic', zones: [zoneOption(current, now)] });
    return found.map((g) => ({ ...g, id: g.title }));
  }, [browserZone, selected]);
  const byLabel = useMemo(
    () => new Map<string, ZoneOption>(groups.flatMap((g) => g.zones.map((z) => [z.label, z]))),
    [groups],
  );
  const filter = (textValue: string, input: string) => {
    const zone = byLabel.get(textValue);
    return zone ? matchesZone(zone, input) : false;
  };
  return (
    <ComboBox
      className="group"
      defaultItems={groups}
      defaultFilter={filter}
      value={value === undefined ? undefined : canonicalZone(value)}
      defaultValue={defaultValue === undefined ? undefined : canonicalZone(defaultValue)}
      onChange={(key) => key !== null && onChange?.(String(key))}
      name={name}
      formValue="key"
      isInvalid={Boolean(error)}
      allowsEmptyCollection
    >
      <Label className="block text-sm font-medium text-fg">{label}</Label>
      <div className="relative">
        <Input className={`${INPUT} pr-10`} />
        <Button
          aria-label="Show time zones"
          className="absolute inset-y-0 right-0 mt-1 flex w-target items-center justify-center rounded-r-md text-fg-muted hover:text-fg"
        >
          <ChevronDown aria-hidden="true" size={16} />
        </Button>
      </div>
      {hint && (
        <Text slot="description" className="mt-1 block text-xs text-fg-muted">
          {hint}
        </Text>
      )}
      <FieldError className="mt-1 block text-body-sm font-medium text-wait-critical">{error}</FieldError>
      <Popover className="w-(--trigger-width) min-w-72 rounded-md border border-line bg-surface p-1 shadow-overlay">
        <ListBox
          className="max-h-80 overflow-y-auto outline-none"
          renderEmptyState={() => <p className="p-2 text-body text-fg-muted">No time zone matches that. Try a city.</p>}
        >
          {(group: ZoneGroup & { id: string }) => (
            <ListBoxSection id={group.id} className="pb-1">
              <Header className="sticky top-0 z-10 bg-surface px-2 py-1 text-label text-fg-muted">{group.title}</Header>
              <Collection items={group.zones}>
                {(zone: ZoneOption) => (
                  <ListBoxItem id={zone.id} textValue={zone.label} className={ITEM}>
                    <span>{zone.label}</span>
                    <span className="text-xs text-fg-muted">{zone.id}</span>
                  </ListBoxItem>
                )}
              </Collection>
            </ListBoxSection>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
