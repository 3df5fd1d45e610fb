'use client';
import { type ReactNode, useEffect, useRef } from 'react';

/** The native <dialog>: modal, focus kept inside, closed by its Close button or Escape. */
export function Dialog({
  open,
  title,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // The native close event arrives a moment after close(); when the app closed it, reporting it
  // back could undo what happened meanwhile (another dialog opened by a quick click).
  const closedByApp = useRef(false);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) {
      closedByApp.current = true;
      dialog.close();
    }
  }, [open]);
  const closed = () => {
    if (closedByApp.current) closedByApp.current = false;
    else onClose();
  };
  return (
    <dialog
      ref={ref}
      onClose={closed}
      aria-labelledby="dialog-title"
      className="m-auto w-full max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      {open && (
        <div className="p-5">
          <div className="mb-3 flex items-start justify-between gap-3">
            <h2 id="dialog-title" className="text-lg font-semibold">
              {title}
            </h2>
            <button
              type="button"
              onClick={() => ref.current?.close()}
              aria-keyshortcuts="Escape"
              className="shrink-0 rounded border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-50"
            >
              Close <span className="text-xs text-slate-500">(Esc)</span>
            </button>
          </div>
          {children}
        </div>
      )}
    </dialog>
  );
}
