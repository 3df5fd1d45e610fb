import { CircleExclamationPoint } from 'lucide-react';
import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, useId } from 'react';

export const INPUT =
  'mt-1 block h-target w-full min-w-0 rounded-md border border-line-strong bg-surface px-2 text-body text-fg focus:border-focus focus:outline-none focus:ring-2 focus:ring-focus/40 aria-[invalid=true]:border-wait-critical aria-[invalid=true]:border-2';

/** Why a field (or a group of them) is not right, under it: icon and words, not only a red border. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1 flex items-start gap-1 text-body-sm font-medium text-wait-critical">
      <CircleExclamationPoint aria-hidden="true" size={14} className="mt-0.5 shrink-0" />
      <span>{children}</span>
    </p>
  );
}

/** The ids a control is described by: its hint, then its error (read after the label). */
export const describedBy = (id: string, hint?: string, error?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

export function TextField({
  label,
  hint,
  error,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; error?: string | null }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-fg">
        {label}
      </label>
      <input
        id={id}
        aria-describedby={describedBy(id, hint, error ?? undefined)}
        aria-invalid={error ? true : undefined}
        className={INPUT}
        {...props}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-fg-muted">
          {hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </div>
  );
}

export function SelectField({
  label,
  hint,
  children,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; hint?: string }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-fg">
        {label}
      </label>
      <select id={id} aria-describedby={describedBy(id, hint)} className={INPUT} {...props}>
        {children}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-fg-muted">
          {hint}
        </p>
      )}
    </div>
  );
}
