import { Fragment, useEffect, useRef, useState, type DragEvent, type MouseEvent } from 'react';
import type { DesignObject } from '../../shared/model';
import type { Editor, EditorState } from '../editor/editor';
import { groupSelection, ungroupSelection, withGroupMates } from '../editor/groupEdits';
import { moveLayer, renameObject, setHidden, setLocked, stepLayer } from '../editor/layerEdits';
import { Icon } from './icons';

/** Where a dragged layer would land: before (above) or after (below) the row it is over. */
interface DropMark {
  row: number;
  after: boolean;
}

const KIND: Record<DesignObject['type'], string> = { text: 'T', shape: '▭', image: '▣', barcode: '▥' };

/**
 * The surface's objects, front first (the top row paints on top). Drag a row or use the arrows to
 * reorder; rename, lock and hide in place. Everything but selecting is refused in personalize mode.
 */
export function LayersPanel({ editor, state }: { editor: Editor; state: EditorState }) {
  const { design, surface, selection, personalize } = state;
  const [renaming, setRenaming] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  // After renaming, the keyboard goes back to the layer's name, not to the top of the page.
  const [refocus, setRefocus] = useState<string | null>(null);
  useEffect(() => {
    if (refocus === null) return;
    list.current?.querySelector<HTMLElement>(`[data-layer="${refocus}"] .layer-name`)?.focus();
    setRefocus(null);
  }, [refocus]);
  const [dragged, setDragged] = useState<string | null>(null);
  const [mark, setMark] = useState<DropMark | null>(null);
  const byId = new Map(design.objects.map((o) => [o.id, o]));
  const rows = [...surface.objectIds].reverse().flatMap((id) => byId.get(id) ?? []);
  const count = rows.length;
  const grouped = selection.some((id) => byId.get(id)?.groupId !== undefined);

  const select = (id: string, e: MouseEvent) => {
    if (e.shiftKey || e.ctrlKey || e.metaKey) editor.select(selection.includes(id) ? selection.filter((s) => s !== id) : [...selection, id]);
    else editor.select([id]);
  };
  const over = (row: number, e: DragEvent) => {
    if (dragged === null) return;
    e.preventDefault();
    const box = e.currentTarget.getBoundingClientRect();
    setMark({ row, after: e.clientY > box.top + box.height / 2 });
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    if (dragged !== null && mark !== null) {
      const from = rows.findIndex((o) => o.id === dragged);
      const at = mark.row + (mark.after ? 1 : 0);
      const listIndex = at - (from < at ? 1 : 0);
      // The list is front first; paint order is back first.
      moveLayer(editor, dragged, count - 1 - listIndex, 'Move layer');
    }
    setDragged(null);
    setMark(null);
  };

  return (
    <aside className="panel layers" aria-labelledby="layers-title">
      <h2 id="layers-title" className="panel-title">
        Layers
      </h2>
      <div className="layer-actions" role="group" aria-label="Grouping">
        <button type="button" aria-label="Group selected layers" title="Group (Ctrl+G)" aria-keyshortcuts="Control+G" disabled={personalize || selection.length < 2} onClick={() => groupSelection(editor)}>
          Group
        </button>
        <button type="button" aria-label="Ungroup selected layers" title="Ungroup (Ctrl+Shift+G)" aria-keyshortcuts="Control+Shift+G" disabled={personalize || !grouped} onClick={() => ungroupSelection(editor)}>
          Ungroup
        </button>
      </div>
      {count === 0 && <p className="hint">No objects yet.</p>}
      <ul ref={list} className="layer-list" onDragLeave={(e) => !e.currentTarget.contains(e.relatedTarget as Node) && setMark(null)}>
        {rows.map((o, row) => {
          const paint = count - 1 - row;
          const markClass = mark?.row === row ? (mark.after ? ' drop-after' : ' drop-before') : '';
          // A group's members are listed under a heading row that selects them all.
          const opensGroup = o.groupId !== undefined && rows[row - 1]?.groupId !== o.groupId;
          const mates = opensGroup ? withGroupMates(design, surface, [o.id]) : [];
          return (
            <Fragment key={o.id}>
              {opensGroup && (
                <li className="layer layer-group-head">
                  <button type="button" className="layer-name" aria-pressed={mates.every((id) => selection.includes(id))} aria-label={`Group of ${mates.length}`} title="Click to select the group" onClick={() => editor.select(mates)}>
                    Group
                  </button>
                </li>
              )}
              <li
                data-layer={o.id}
                className={`layer${o.groupId !== undefined ? ' in-group' : ''}${selection.includes(o.id) ? ' selected' : ''}${o.hidden ? ' is-hidden' : ''}${markClass}`}
                draggable={!personalize && renaming === null}
                onDragStart={(e) => {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', o.name);
                  setDragged(o.id);
                }}
                onDragOver={(e) => over(row, e)}
                onDrop={drop}
                onDragEnd={() => {
                  setDragged(null);
                  setMark(null);
                }}
              >
                <button type="button" className="icon-button" aria-label={`${o.hidden ? 'Show' : 'Hide'} ${o.name}`} title={o.hidden ? 'Show' : 'Hide'} disabled={personalize} onClick={() => setHidden(editor, o.id, !o.hidden)}>
                  <Icon name={o.hidden ? 'eyeOff' : 'eye'} />
                </button>
                <button type="button" className="icon-button" aria-label={`${o.locked ? 'Unlock' : 'Lock'} ${o.name}`} title={o.locked ? 'Unlock' : 'Lock'} disabled={personalize} onClick={() => setLocked(editor, o.id, !o.locked)}>
                  <Icon name={o.locked ? 'lock' : 'unlock'} />
                </button>
                {renaming === o.id ? (
                  <RenameInput
                    name={o.name}
                    onDone={(name, byKey) => {
                      setRenaming(null);
                      if (byKey) setRefocus(o.id);
                      if (name !== null) renameObject(editor, o.id, name);
                    }}
                  />
                ) : (
                  <button
                    type="button"
                    className="layer-name"
                    aria-pressed={selection.includes(o.id)}
                    title="Click to select, double-click or F2 to rename"
                    onClick={(e) => select(o.id, e)}
                    onDoubleClick={() => !personalize && setRenaming(o.id)}
                    onKeyDown={(e) => e.key === 'F2' && !personalize && setRenaming(o.id)}
                  >
                    <span className="kind" aria-hidden="true">
                      {KIND[o.type]}
                    </span>
                    {o.name}
                  </button>
                )}
                <button type="button" className="icon-button" aria-label={`Rename ${o.name}`} title="Rename" disabled={personalize} onClick={() => setRenaming(o.id)}>
                  <Icon name="rename" />
                </button>
                <button type="button" className="icon-button" aria-label={`Bring ${o.name} forward`} title="Bring forward" disabled={personalize || paint === count - 1} onClick={() => stepLayer(editor, o.id, 1)}>
                  <Icon name="up" />
                </button>
                <button type="button" className="icon-button" aria-label={`Send ${o.name} backward`} title="Send backward" disabled={personalize || paint === 0} onClick={() => stepLayer(editor, o.id, -1)}>
                  <Icon name="down" />
                </button>
              </li>
            </Fragment>
          );
        })}
      </ul>
    </aside>
  );
}

/** Enter or leaving the field renames; Escape keeps the old name. `byKey`: the keyboard ended it. */
function RenameInput({ name, onDone }: { name: string; onDone: (name: string | null, byKey: boolean) => void }) {
  const [value, setValue] = useState(name);
  // The field may blur as it unmounts after Enter or Escape; only the first answer counts.
  const answered = useRef(false);
  const finish = (answer: string | null, byKey: boolean) => {
    if (answered.current) return;
    answered.current = true;
    onDone(answer, byKey);
  };
  return (
    <input
      className="layer-rename"
      type="text"
      aria-label={`New name for ${name}`}
      value={value}
      autoFocus
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(value, false)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(value, true);
        if (e.key === 'Escape') {
          e.preventDefault();
          finish(null, true);
        }
      }}
    />
  );
}
