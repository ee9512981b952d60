import { useEffect, useRef, type ReactNode } from 'react';

/** A native modal dialog: focus stays inside, Escape cancels, the page behind is inert. */
export function Modal({ labelledBy, onCancel, className = 'modal', children }: { labelledBy: string; onCancel: () => void; className?: string; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current!;
    d.showModal();
    // showModal focuses the first control; a dialog that wants another marks it (React's autoFocus
    // runs before the dialog opens, so it cannot be used).
    d.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => d.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={labelledBy}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
