import { useLayoutEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { TextObject } from '../../shared/model';
import type { Editor } from '../editor/editor';
import { redo, undo } from '../editor/edits';
import { endTextEdit, moveTextSelection, typeText } from '../editor/textEditing';
import { offsetAt, sceneToFrame } from '../editor/textEditingCaret';
import type { TextEditSession } from '../editor/textEditingSession';
import type { View } from '../editor/viewport';
import { textLayouts } from '../text';
import { useEditorState } from './useEditorState';

/** The textarea's own text and caret are invisible: the canvas beneath shows the engine's. */
const OVERLAY_STYLE = {
  position: 'absolute',
  margin: 0,
  padding: 0,
  border: 0,
  outline: '1px dashed #1f74d1',
  background: 'transparent',
  color: 'transparent',
  caretColor: 'transparent',
  resize: 'none',
  overflow: 'hidden',
  lineHeight: 1.2,
  transformOrigin: 'center',
} as const;

/**
 * The in-place text editor: a textarea laid over the frame that takes the keyboard, IME compositions and
 * right-to-left input, while its own text stays invisible. The canvas under it draws the engine's layout of
 * the model text, caret and selection included, on every keystroke.
 */
export function TextEditorOverlay({ editor }: { editor: Editor }) {
  const { editing, design, view } = useEditorState(editor);
  const record = editing && design.objects.find((o) => o.id === editing.id);
  if (!editing || record?.type !== 'text') return null;
  return <OverlayField key={record.id} editor={editor} record={record} view={view} opened={editing} />;
}

function OverlayField({ editor, record, view, opened }: { editor: Editor; record: TextObject; view: View; opened: TextEditSession }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const initial = useRef(opened);
  /** Where a pointer drag started, as a text offset. */
  const anchor = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = field.current!;
    el.focus({ preventScroll: true });
    el.setSelectionRange(initial.current.start, initial.current.end);
  }, []);

  const report = (el: HTMLTextAreaElement) => moveTextSelection(editor, { start: el.selectionStart, end: el.selectionEnd });

  /** The text offset under the pointer, by the engine's layout (the textarea's own layout is not what is shown). */
  const offsetUnder = (e: PointerEvent<HTMLTextAreaElement>) => {
    const layout = textLayouts.layout(record);
    const area = e.currentTarget.parentElement!.getBoundingClientRect();
    const scene = { x: (e.clientX - area.left - view.x) / view.zoom, y: (e.clientY - area.top - view.y) / view.zoom };
    return layout ? offsetAt(layout, sceneToFrame(record, scene), record.text.length) : record.text.length;
  };
  const select = (el: HTMLTextAreaElement, from: number, to: number) => {
    el.setSelectionRange(Math.min(from, to), Math.max(from, to), to < from ? 'backward' : 'forward');
    report(el);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // The design's history, not the textarea's: undo restores the model text, which the field then shows.
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      e.preventDefault();
      if (key === 'y' || e.shiftKey) redo(editor);
      else undo(editor);
    }
  };

  const zoom = view.zoom;
  return (
    <textarea
      ref={field}
      className="text-editor-overlay"
      aria-label={`Text of ${record.name}`}
      dir="auto"
      spellCheck={false}
      autoComplete="off"
      wrap={record.wrap ? 'soft' : 'off'}
      value={record.text}
      style={{
        ...OVERLAY_STYLE,
        left: view.x + record.x * zoom,
        top: view.y + record.y * zoom,
        width: record.width * zoom,
        height: record.height * zoom,
        transform: `rotate(${record.rotation}deg)`,
        fontSize: record.fontSize * zoom,
        textAlign: record.align,
      }}
      onChange={(e) => typeText(editor, e.target.value, { start: e.target.selectionStart, end: e.target.selectionEnd })}
      onSelect={(e) => report(e.currentTarget)}
      onKeyDown={onKeyDown}
      onBlur={() => endTextEdit(editor)}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        // The browser would place the caret by its own (invisible) layout; place it by the engine's.
        e.preventDefault();
        const el = e.currentTarget;
        const at = offsetUnder(e);
        anchor.current = e.shiftKey ? (el.selectionDirection === 'backward' ? el.selectionEnd : el.selectionStart) : at;
        select(el, anchor.current, at);
        el.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (anchor.current !== null && e.buttons & 1) select(e.currentTarget, anchor.current, offsetUnder(e));
      }}
      onPointerUp={() => {
        anchor.current = null;
      }}
      onDoubleClick={(e) => {
        const el = e.currentTarget;
        const word = wordAt(record.text, el.selectionStart);
        if (word) select(el, word.start, word.end);
      }}
    />
  );
}

/** The word around a text offset, by the language-aware segmenter the line breaker uses too. */
function wordAt(text: string, offset: number): { start: number; end: number } | null {
  for (const s of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)) {
    if (s.isWordLike && s.index <= offset && offset <= s.index + s.segment.length) return { start: s.index, end: s.index + s.segment.length };
  }
  return null;
}
