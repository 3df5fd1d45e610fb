'use client';
import { type FormEvent, type ReactNode, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { SectionCard } from './section-card';
import type { SectionStatus } from './use-settings-section';

/** A section of settings saved on its own: its fields, its Save, its own answer beside the button. */
export function SettingsSection({
  id,
  title,
  description,
  saveLabel,
  section,
  children,
}: {
  id: string;
  title: string;
  description: ReactNode;
  /** Names what this Save saves ("Save wait limits"), so each of the page's Save buttons is told apart. */
  saveLabel: string;
  section: {
    dirty: boolean;
    busy: boolean;
    status: SectionStatus | null;
    save: () => Promise<void>;
    discard: () => void;
  };
  children: ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  // A refused save takes the keyboard to the first field it marked, whose reason is read with it.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await section.save();
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };
  return (
    <SectionCard id={id} title={title} description={description} unsaved={section.dirty}>
      <form ref={form} onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="space-y-4">
        {children}
        <div className="flex flex-wrap items-center gap-2 border-t border-line pt-3">
          <Button type="submit" disabled={section.busy}>
            {section.busy ? 'Saving…' : saveLabel}
          </Button>
          {section.dirty && (
            <Button variant="quiet" onClick={section.discard}>
              Undo changes
            </Button>
          )}
        </div>
        {section.status && <Notice tone={section.status.tone}>{section.status.text}</Notice>}
      </form>
    </SectionCard>
  );
}
