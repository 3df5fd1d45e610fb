'use client';
import { Dialog as AriaDialog, Modal, ModalOverlay } from 'react-aria-components';
import { OverlayHeader, type OverlayProps } from './overlay-header';

/**
 * A side sheet (React Aria modal): from the right on a wide screen, with the page left visible
 * beside it (no scrim from 1024 px), and the whole screen on a phone. Focus returns where it was.
 */
export function Drawer({ open, title, onClose, children }: OverlayProps) {
  return (
    <ModalOverlay
      isOpen={open}
      onOpenChange={(isOpen) => !isOpen && onClose()}
      isDismissable
      className="fixed inset-0 z-40 bg-scrim lg:bg-transparent"
    >
      <Modal
        data-drawer
        className="fixed inset-y-0 right-0 flex w-full flex-col border-line bg-surface text-fg shadow-overlay sm:w-drawer sm:border-l"
      >
        <AriaDialog className="flex min-h-0 flex-1 flex-col outline-none">
          <div className="border-b border-line px-4 py-3">
            <OverlayHeader title={title} />
          </div>
          <div className="min-h-0 flex-1 space-y-4 overflow-y-auto px-4 py-4">{children}</div>
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
