/** linebreak 1.1 ships no types; this is the part of its API layout uses. */
declare module 'linebreak' {
  export interface Break {
    /** UTF-16 index the next line would start at. */
    position: number;
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
