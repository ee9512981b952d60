import { useMemo, useSyncExternalStore } from 'react';
import type { Design } from '../../shared/model';
import { textLayouts } from '../text';
import { textReport } from '../text/reports';

interface Line {
  key: string;
  kind: 'warning' | 'note';
  text: string;
}

/** Every warning of every visible frame (they all print), and the notes of the selected frames. */
function reportLines(design: Design, selection: readonly string[]): Line[] {
  const familyOf = (id: string) => textLayouts.font(id)?.info.family ?? id;
  return design.objects.flatMap((o) => {
    if (o.type !== 'text' || o.hidden) return [];
    const layout = textLayouts.layout(o);
    if (!layout) return [];
    const { label, warnings, notes } = textReport(o, layout, familyOf);
    const shown = [...warnings.map((text) => ({ kind: 'warning' as const, text })), ...(selection.includes(o.id) ? notes.map((text) => ({ kind: 'note' as const, text })) : [])];
    return shown.map((line, i) => ({ ...line, key: `${o.id}:${i}`, text: `${label}: ${line.text}` }));
  });
}

/**
 * What the text engine has to say about the frames on the canvas: a missing glyph, a name that does not fit,
 * a font that is not there is never silent. The canvas marks such frames with a badge (canvas/textFrame.ts).
 */
export function TextReports({ design, selection }: { design: Design; selection: readonly string[] }) {
  const version = useSyncExternalStore(textLayouts.subscribe, () => textLayouts.version);
  // `version` changes when fonts arrive, which changes layouts without changing the design.
  const lines = useMemo(() => reportLines(design, selection), [design, selection, version]);
  const error = textLayouts.error;
  return (
    // Always in the page, so screen readers announce what appears in it.
    <div className="text-reports" role="status" aria-label="Text warnings">
      {error && <span className="text-report" data-kind="warning">⚠ Text cannot be drawn: the text engine did not start.</span>}
      {lines.map((line) => (
        <span key={line.key} className="text-report" data-kind={line.kind} title={line.text}>
          {line.kind === 'warning' && '⚠ '}
          {line.text}
        </span>
      ))}
    </div>
  );
}
