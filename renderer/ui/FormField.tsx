import { useId, type ReactNode } from 'react';

/** A label, a control and its error message, wired together for screen readers. */
export function FormField({
  label,
  error,
  className = 'field',
  id: fixedId,
  children,
}: {
  label: string;
  error?: string | null | undefined;
  className?: string;
  /** A known id, for a control other code focuses; otherwise a generated one. */
  id?: string;
  children: (ids: { id: string; errorId: string; invalid: boolean }) => ReactNode;
}) {
  const generated = useId();
  const id = fixedId ?? generated;
  const errorId = `${id}-error`;
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children({ id, errorId, invalid: Boolean(error) })}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
