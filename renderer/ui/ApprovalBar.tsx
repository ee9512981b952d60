import type { Design } from '../../shared/model';
import { approvalOf } from '../../shared/preflight';
import { approveOrder, clearApproval } from '../editor/approvals';
import type { Editor } from '../editor/editor';
import type { RecordsSession, RecordsState } from '../editor/records';
import { ApprovalBadge } from './ApprovalBadge';
import './Approval.css';

/**
 * The previewed record's order and the customer's answer to its proof: approve, request changes (with a
 * note, in a dialog), clear. Each is an undoable edit saved with the design. The order column is picked
 * from the platform and can be changed here.
 */
export function ApprovalBar({ session, editor, records, design }: { session: RecordsSession; editor: Editor; records: RecordsState; design: Design }) {
  const { data, orderColumn } = records;
  const orderId = session.currentOrder();
  const approval = orderId === null ? undefined : approvalOf(design, orderId);
  return (
    <div className="approval-bar" role="toolbar" aria-label="Proof approval">
      <label className="approval-column">
        Order column
        <select value={orderColumn ?? ''} onChange={(e) => session.setOrderColumn(e.target.value || null)}>
          <option value="">None</option>
          {data?.columns.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <span className="approval-order" aria-live="polite">
        {orderId !== null ? (
          <>
            Order <strong>{orderId}</strong> <ApprovalBadge approval={approval} />
            {approval?.note && <span className="approval-note">“{approval.note}”</span>}
          </>
        ) : orderColumn === null ? (
          'Choose the column holding order ids to record customers’ answers.'
        ) : (
          'This record has no order id.'
        )}
      </span>
      <button type="button" className="small" disabled={orderId === null || approval?.status === 'approved'} onClick={() => orderId && approveOrder(editor, orderId)}>
        Approve order
      </button>
      <button type="button" className="small" disabled={orderId === null} onClick={() => editor.openDialog('approvalNote')}>
        Request changes…
      </button>
      <button type="button" className="small" disabled={!approval} onClick={() => orderId && clearApproval(editor, orderId)}>
        Clear approval
      </button>
    </div>
  );
}
