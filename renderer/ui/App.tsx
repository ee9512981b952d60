import { useEffect } from 'react';
import type { Commands } from '../editor/commands';
import type { Editor } from '../editor/editor';
import { CanvasHost } from './CanvasHost';
import { ConfirmDialog } from './ConfirmDialog';
import { NewDesignDialog } from './NewDesignDialog';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useEditorState } from './useEditorState';
import { useShortcuts } from './useShortcuts';

export function App({ editor, commands }: { editor: Editor; commands: Commands }) {
  const state = useEditorState(editor);
  const modal = state.dialog !== null || state.question !== null;
  useShortcuts(commands, !modal);
  useEffect(() => {
    document.title = state.title;
  }, [state.title]);

  return (
    <div className="app">
      <Toolbar state={state} run={commands.run} />
      <main className="workspace">
        <CanvasHost editor={editor} />
      </main>
      <StatusBar state={state} onDismiss={() => editor.dismissStatus()} />
      {state.dialog === 'new' && <NewDesignDialog onCreate={commands.create} onCancel={() => editor.openDialog(null)} />}
      {state.question && <ConfirmDialog question={state.question} onAnswer={(yes) => editor.answer(yes)} />}
    </div>
  );
}
