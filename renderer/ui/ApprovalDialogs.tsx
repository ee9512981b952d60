import { useState } from 'react';
import { proofRecords } from '../editor/approvals';
import type { Commands } from '../editor/commands';
import type { Editor, EditorState } from '../editor/editor';
import { ApprovalNoteDialog } from './ApprovalNoteDialog';
import { ProofsDialog } from './ProofsDialog';

/** The records panel's dialogs for proofs and answers, on the order and records of the moment they open. */
export function ApprovalDialogs({ state, editor, commands }: { state: EditorState; editor: Editor; commands: Commands }) {
  const close = () => editor.openDialog(null);
  if (state.dialog === 'approvalNote') {
    const orderId = commands.records.currentOrder();
    return orderId === null ? null : <ApprovalNoteDialog orderId={orderId} design={state.design} editor={editor} onClose={close} />;
  }
  if (state.dialog === 'proofs') return <OpenProofs state={state} commands={commands} onClose={close} />;
  return null;
}

/** The records are taken once, as the dialog opens: ticking more meanwhile changes nothing under way. */
function OpenProofs({ state, commands, onClose }: { state: EditorState; commands: Commands; onClose: () => void }) {
  const [records] = useState(() => proofRecords(commands.records.getState()));
  return <ProofsDialog design={state.design} records={records} ticked={commands.records.getState().checked.size > 0} makeRun={commands.proofRun} onClose={onClose} />;
}
