import type { Approval } from '../../shared/model';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** When an answer was recorded, as people read a date: “15 Mar 2026, 14:20”. */
export function answeredAt(approval: Approval): string {
  return when.format(new Date(approval.at));
}

/** An order's proof answer in a word: Approved ✓, Changes requested (the note as tooltip), or — for none yet. */
export function ApprovalBadge({ approval }: { approval: Approval | undefined }) {
  if (!approval) {
    return (
      <span className="badge pending" title="No answer to the proof yet">
        —
      </span>
    );
  }
  if (approval.status === 'approved') {
    return (
      <span className="badge ok" title={`Approved ${answeredAt(approval)}`}>
        Approved ✓
      </span>
    );
  }
  return (
    <span className="badge warning" title={`${approval.note || 'No note'} (${answeredAt(approval)})`}>
      Changes requested
    </span>
  );
}
