import { useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur' | 'onKeyDown'> & {
  value: string;
  /** Called once per edit, on Enter or when focus leaves, and only when the text changed. */
  onCommit: (value: string) => void;
};

/**
 * A text input that edits a draft and commits it as one change, so typing "12.5" is one undo step,
 * not four. Escape drops the draft; after a commit the input shows the model again, so a refused
 * value does not linger.
 */
export function CommitInput({ value, onCommit, ...rest }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  return (
    <input
      type="text"
      {...rest}
      value={draft ?? value}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        else if (e.key === 'Escape' && draft !== null) {
          // Handled here: the Escape that leaves the field is the next one.
          e.preventDefault();
          setDraft(null);
        }
      }}
    />
  );
}
