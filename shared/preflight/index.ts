/** Checks before print (per record, through print's own pipeline), customer proofs and their answers. */
export { Preflight, preflight, type PreflightRunOptions } from './preflight';
export { recordLabel, summarize, type PreflightCode, type PreflightFinding, type PreflightRecord, type PreflightReport, type PreflightSeverity } from './findings';
export { approvalOf, findOrderColumn, isApproved, withApproval } from './orders';
export { proofSheet, type ProofSheetInput } from './proof-sheet';
export { renderRecord } from './render-record';
