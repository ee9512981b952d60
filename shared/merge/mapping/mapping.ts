export type CaseTransform = 'none' | 'upper' | 'lower' | 'title';

/** Where one design field takes its value from, and how the value is tidied. */
export interface FieldMapping {
  field: string;
  /** A table column, or null: the field gets its default value. */
  column: string | null;
  trim: boolean;
  case: CaseTransform;
  /** Split numbered names ("1) Ann 2) Bo") into one record each; at most one field of a mapping splits. */
  splitNumbered: boolean;
}

export interface Mapping {
  fields: FieldMapping[];
  /** The column whose whole number is how many copies of each record to print; null prints one. */
  copiesColumn: string | null;
}

export interface MappingError {
  code: 'unknown-field' | 'unknown-column' | 'bad-map-option' | 'two-split-fields';
  message: string;
}
