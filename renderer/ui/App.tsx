import { useEffect } from 'react';
import type { Commands } from '../editor/commands';
import type { Editor } from '../editor/editor';
import { ApprovalDialogs } from './ApprovalDialogs';
import { CanvasHost } from './CanvasHost';
import { ConfirmDialog } from './ConfirmDialog';
import { EncodingDialog } from './EncodingDialog';
import { ExportDialog } from './ExportDialog';
import { LayersPanel } from './LayersPanel';
import { MappingDialog } from './MappingDialog';
import { NewDesignDialog } from './NewDesignDialog';
import { RecordsPanel, useRecordsState } from './RecordsPanel';
import { Ruler } from './Ruler';
import { Sidebar } from './Sidebar';
import { StartScreen } from './StartScreen';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useEditorState } from './useEditorState';
import { useShortcuts } from './useShortcuts';

export function App({ editor, commands }: { editor: Editor; commands: Commands }) {
  const state = useEditorState(editor);
  const recordsOpen = useRecordsState(commands.records).open;
  const modal = state.dialog !== null || state.question !== null;
  useShortcuts(editor, commands, !modal);
  useEffect(() => {
    document.title = state.title;
  }, [state.title]);
  const unit = state.design.document.unit;

  return (
    <div className="app">
      <Toolbar state={state} run={commands.run} recordsOpen={recordsOpen} />
      <div className="body">
        <LayersPanel editor={editor} state={state} />
        <main className="workspace">
          <div className="ruler-corner" aria-hidden="true">
            {unit}
          </div>
          <Ruler axis="x" view={state.view} unit={unit} />
          <Ruler axis="y" view={state.view} unit={unit} />
          <div className="canvas-area">
            <CanvasHost editor={editor} onDropFiles={commands.addImageFiles} />
          </div>
        </main>
        <Sidebar editor={editor} state={state} />
      </div>
      {recordsOpen && <RecordsPanel session={commands.records} editor={editor} state={state} />}
      <StatusBar state={state} run={commands.run} onDismiss={() => editor.dismissStatus()} />
      {state.screen === 'start' && <StartScreen commands={commands} status={state.status} onClose={() => editor.showScreen('editor')} />}
      {state.dialog === 'new' && <NewDesignDialog onCreate={commands.create} onCancel={() => editor.openDialog(null)} />}
      {state.dialog === 'export' && <ExportDialog design={state.design} commands={commands} onClose={() => editor.openDialog(null)} />}
      {state.dialog === 'dataEncoding' && <EncodingDialog session={commands.records} />}
      {state.dialog === 'dataMapping' && <MappingDialog session={commands.records} fields={state.design.fields} onClose={() => editor.openDialog(null)} />}
      <ApprovalDialogs state={state} editor={editor} commands={commands} />
      {state.question && <ConfirmDialog question={state.question} onAnswer={(yes) => editor.answer(yes)} />}
    </div>
  );
}
