import { useState } from 'react';
import type { Editor, EditorState } from '../editor/editor';
import { FieldsPanel } from './FieldsPanel';
import { PropertiesPanel } from './PropertiesPanel';
import { ValuesForm } from './ValuesForm';

type Pane = 'properties' | 'fields';

/** Properties and Fields while designing; only the values form in personalize mode. */
export function Sidebar({ editor, state }: { editor: Editor; state: EditorState }) {
  const [pane, setPane] = useState<Pane>('properties');
  if (state.personalize) {
    return (
      <aside className="panel sidebar" aria-labelledby="sidebar-title">
        <h2 id="sidebar-title" className="panel-title">
          Values
        </h2>
        <ValuesForm editor={editor} state={state} />
      </aside>
    );
  }
  return (
    <aside className="panel sidebar" aria-label={pane === 'properties' ? 'Properties' : 'Fields'}>
      <div className="pane-switch" role="group" aria-label="Sidebar">
        <button type="button" aria-pressed={pane === 'properties'} onClick={() => setPane('properties')}>
          Properties
        </button>
        <button type="button" aria-pressed={pane === 'fields'} onClick={() => setPane('fields')}>
          Fields
        </button>
      </div>
      {pane === 'properties' ? <PropertiesPanel editor={editor} state={state} /> : <FieldsPanel editor={editor} state={state} />}
    </aside>
  );
}
