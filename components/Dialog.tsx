/**
 * A real modal dialog: native <dialog> (the page behind is inert), labelled by its title, Tab kept
 * inside, Escape closes, and focus returns to whatever opened it. Works in a page and in a shadow root
 * (the in-page request prompt), where the focused element is the root's, not the document's.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../lib/i18n';
import { trapTab } from './focus-trap';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ComponentChildren;
  /** Id of the element that describes the dialog (read out when it opens). */
  describedBy?: string;
  class?: string;
}

export function Dialog({ title, open, onClose, children, describedBy, class: className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    return () => {
      dialog.close();
      opener?.focus();
    };
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (ref.current) trapTab(event, ref.current);
  };

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      // biome-ignore lint/a11y/noRedundantRoles: pages and tests look for [role="dialog"]; <dialog> alone has no such attribute.
      role="dialog"
      class={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

export interface ConfirmDialogProps {
  title: string;
  message: string;
  open: boolean;
  /** The label of the (destructive) action. */
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: () => void | Promise<void>;
}

/** "Are you sure?" before a destructive action: Cancel, and the action styled as dangerous. */
export function ConfirmDialog({ title, message, open, confirmLabel, onCancel, onConfirm }: ConfirmDialogProps) {
  return (
    <Dialog title={title} open={open} onClose={onCancel}>
      <p>{message}</p>
      <div class="actions">
        <button type="button" class="secondary" onClick={onCancel}>
          {t('options.cancel')}
        </button>
        <button type="button" class="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
