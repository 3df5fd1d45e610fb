import { CircleDot } from 'lucide-react';
import type { ReactNode } from 'react';

/** One titled block of the settings page; `id` is what the page's contents list links to. */
export function SectionCard({
  id,
  title,
  description,
  unsaved = false,
  children,
}: {
  id: string;
  title: string;
  description: ReactNode;
  unsaved?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="scroll-mt-4 space-y-4 rounded-lg border border-line bg-surface p-4 sm:p-5"
      data-unsaved={unsaved || undefined}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 space-y-1">
          <h2 id={`${id}-title`} className="text-heading text-fg">
            {title}
          </h2>
          <p className="max-w-prose text-body-sm text-fg-muted">{description}</p>
        </div>
        {unsaved && (
          <span className="inline-flex items-center gap-1 rounded-full border border-wait-warn/50 bg-wait-warn-bg px-2 py-0.5 text-label text-wait-warn">
            <CircleDot aria-hidden="true" size={12} />
            Unsaved changes
          </span>
        )}
      </div>
      {children}
    </section>
  );
}
