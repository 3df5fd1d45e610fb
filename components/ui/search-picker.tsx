'use client';
import { ChevronDown } from 'lucide-react';
import {
  Button,
  ComboBox,
  Header,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
} from 'react-aria-components';

export interface PickerOption {
  id: string;
  label: string;
  /** A second, quieter line (an email beside a name). Searched too. */
  detail?: string;
}

interface Props {
  label: string;
  /** '' is the "any" choice, labelled `anyLabel`. */
  value: string;
  onChange: (id: string) => void;
  anyLabel: string;
  groups: { title?: string; options: PickerOption[] }[];
  className?: string;
}

const ANY = '__any__';
const ITEM =
  'flex cursor-default flex-col rounded px-2 py-1.5 text-body text-fg outline-none data-[focused]:bg-surface-3 data-[selected]:font-semibold';

/**
 * A choice from a long list that typing narrows ("Riley", "cancel"), with an "any" first choice.
 * React Aria's combo box: arrow keys and Enter choose, Escape restores, the list is announced.
 */
export function SearchPicker({ label, value, onChange, anyLabel, groups, className = '' }: Props) {
  const item = (o: PickerOption) => (
    <ListBoxItem key={o.id} id={o.id} textValue={o.detail ? `${o.label} ${o.detail}` : o.label} className={ITEM}>
      <span>{o.label}</span>
      {o.detail && <span className="text-body-sm text-fg-muted">{o.detail}</span>}
    </ListBoxItem>
  );
  return (
    <ComboBox
      className={`flex min-w-0 flex-col ${className}`}
      selectedKey={value || ANY}
      onSelectionChange={(key) => onChange(key === null || key === ANY ? '' : String(key))}
      menuTrigger="focus"
    >
      <Label className="text-sm font-medium text-fg">{label}</Label>
      <div className="relative mt-1">
        <Input className="block h-target w-full min-w-0 rounded-md border border-line-strong bg-surface pr-9 pl-2 text-body text-fg outline-none focus:border-focus focus:ring-2 focus:ring-focus/40" />
        <Button
          aria-label={`Show every choice for ${label}`}
          className="absolute inset-y-0 right-0 flex w-9 items-center justify-center text-fg-muted outline-none"
        >
          <ChevronDown aria-hidden="true" size={16} />
        </Button>
      </div>
      <Popover className="max-h-80 w-(--trigger-width) min-w-64 overflow-auto rounded-md border border-line bg-surface p-1 shadow-overlay">
        <ListBox className="outline-none">
          <ListBoxItem id={ANY} textValue={anyLabel} className={ITEM}>
            {anyLabel}
          </ListBoxItem>
          {groups.map((g, i) =>
            g.title ? (
              <ListBoxSection key={g.title} id={g.title}>
                <Header className="px-2 pt-2 pb-1 text-xs font-semibold text-fg-muted uppercase">{g.title}</Header>
                {g.options.map(item)}
              </ListBoxSection>
            ) : (
              <ListBoxSection key={`group-${i}`} aria-label={label}>
                {g.options.map(item)}
              </ListBoxSection>
            ),
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
