import type { ReactNode } from 'react'
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'

export interface DialogFrameProps {
  title: string
  isOpen: boolean
  onClose: () => void
  children: ReactNode
  role?: 'dialog' | 'alertdialog'
  size?: 'small' | 'large'
}

/**
 * A modal dialog: focus moves in and is trapped, Escape closes, focus returns to the button that
 * opened it. Clicking outside does not close it, so a half-filled form is never lost by accident.
 */
export function DialogFrame({
  title,
  isOpen,
  onClose,
  children,
  role = 'dialog',
  size = 'small',
}: DialogFrameProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      isKeyboardDismissDisabled={false}
    >
      <Modal className={`modal modal-${size}`}>
        <Dialog className="dialog" role={role}>
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
