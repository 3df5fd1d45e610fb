'use client';
import { type ReactNode, useState } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';
import { Notice } from './notice';

/**
 * The app's own "are you sure?" in place of the browser's confirm(): the confirming button has focus,
 * so Enter does what it says; Esc, Cancel or a click outside keep things as they were, and focus
 * goes back where it was. If the action fails the dialog stays open with the reason.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Resolves when done (the dialog then closes through the caller); a rejection is shown inside. */
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancel = () => {
    if (busy) return;
    setError(null);
    onCancel();
  };
  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Dialog open={open} title={title} onClose={cancel} role="alertdialog">
      <div className="text-body text-fg">{children}</div>
      {error && <Notice tone="error">{error}</Notice>}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={cancel}>
          {cancelLabel}
        </Button>
        {/* Focus starts on the answer the question is about, so Enter gives it. */}
        <Button variant="danger" autoFocus disabled={busy} onClick={confirm}>
          {busy ? 'Working…' : confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
