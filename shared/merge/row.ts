/** One row of a table: its row number in the source (the header is row 1) and its values, all text. */
export interface TableRow {
  row: number;
  cells: string[];
}
