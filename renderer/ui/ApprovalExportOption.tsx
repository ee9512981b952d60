import type { ShownRecord } from '../editor/recordsMapping';
import { plural } from '../editor/recordsLabels';
import { CheckField } from './SelectField';

/** What “Only approved orders” leaves of the export's records. */
interface Approved {
  records: readonly ShownRecord[];
  orders: { approved: number; of: number };
}

/**
 * The Export dialog's “Only approved orders”: the records of orders whose proof the customer approved
 * (the design's approvals, by the Records panel's order column), and what that leaves.
 */
export function ApprovalExportOption({ checked, approved, onChange }: { checked: boolean; approved: Approved | null; onChange: (checked: boolean) => void }) {
  return (
    <>
      <CheckField label="Only approved orders" checked={checked} onChange={onChange} />
      {checked && approved && (
        <p className={approved.records.length === 0 ? 'field-error' : 'hint'} role={approved.records.length === 0 ? 'alert' : undefined}>
          {approved.records.length === 0
            ? `None of the ${plural(approved.orders.of, 'order')} has an approved proof yet: approve orders in the Records panel.`
            : `${approved.orders.approved.toLocaleString('en-US')} of ${plural(approved.orders.of, 'order')} approved: ${plural(approved.records.length, 'record')}.`}
        </p>
      )}
    </>
  );
}
