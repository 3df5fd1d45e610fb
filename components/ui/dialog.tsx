'use client';
import { Dialog as AriaDialog, Modal, ModalOverlay } from 'react-aria-components';
import { OverlayHeader, type OverlayProps } from './overlay-header';

/**
 * A modal dialog (React Aria): focus kept inside and returned where it was, closed by its Close
 * button, Escape or a click outside. Always within the screen, scrolling inside when tall.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  role = 'dialog',
}: OverlayProps & {
  /** `alertdialog` for a question that interrupts (a confirmation). */
  role?: 'dialog' | 'alertdialog';
}) {
  return (
    <ModalOverlay
      isOpen={open}
      onOpenChange={(isOpen) => !isOpen && onClose()}
      isDismissable
      className="fixed inset-0 z-40 flex items-start justify-center overflow-y-auto bg-scrim p-3 sm:items-center sm:p-6"
    >
      <Modal className="w-full max-w-md min-w-0 rounded-lg border border-line bg-surface text-fg shadow-overlay">
        <AriaDialog
          role={role}
          className="max-h-[calc(100dvh-1.5rem)] space-y-3 overflow-y-auto p-4 outline-none sm:p-5"
        >
          <OverlayHeader title={title} />
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
