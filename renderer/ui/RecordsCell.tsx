import { useState } from 'react';

/**
 * One editable value of a record. A textarea, because personalization often has line breaks (an input
 * would drop them); one line shows, Shift+Enter adds a line, Enter or leaving the cell commits, Escape
 * drops the draft.
 */
export function RecordCell({ label, value, onFocus, onCommit }: { label: string; value: string; onFocus: () => void; onCommit: (value: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  return (
    <textarea
      className="record-cell"
      rows={1}
      aria-label={label}
      title={value.includes('\n') ? value : undefined}
      spellCheck={false}
      value={draft ?? value}
      onFocus={onFocus}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape' && draft !== null) {
          e.preventDefault();
          setDraft(null);
        }
      }}
    />
  );
}
