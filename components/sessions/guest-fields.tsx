'use client';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';

export interface GuestDraft {
  key: number;
  name: string;
  phone: string;
  email: string;
}

/** One guest's name and where to send their link; the legend numbers them for screen readers. */
export function GuestFields({
  guest,
  index,
  onChange,
  onRemove,
  errors = {},
}: {
  guest: GuestDraft;
  /** Why a field is not right, shown under it. */
  errors?: { name?: string; phone?: string; email?: string };
  index: number;
  onChange: (g: GuestDraft) => void;
  onRemove?: () => void;
}) {
  return (
    <fieldset className="rounded border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium">Guest {index + 1}</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        <TextField
          label="Name"
          value={guest.name}
          onChange={(e) => onChange({ ...guest, name: e.target.value })}
          error={errors.name}
          required
          autoComplete="off"
        />
        <TextField
          label="Mobile (optional)"
          type="tel"
          value={guest.phone}
          onChange={(e) => onChange({ ...guest, phone: e.target.value })}
          error={errors.phone}
          autoComplete="off"
        />
        <TextField
          label="Email (optional)"
          type="email"
          value={guest.email}
          onChange={(e) => onChange({ ...guest, email: e.target.value })}
          error={errors.email}
          autoComplete="off"
        />
      </div>
      {onRemove && (
        <Button variant="secondary" className="mt-2" onClick={onRemove}>
          Remove guest {index + 1}
        </Button>
      )}
    </fieldset>
  );
}
