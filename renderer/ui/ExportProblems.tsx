/** Sentences about a data file or a finished export: errors in red, warnings in amber; nothing when empty. */
export function ExportProblems({ items, kind, label }: { items: readonly string[]; kind: 'error' | 'warning'; label: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="export-problems" data-kind={kind} aria-label={label}>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}
