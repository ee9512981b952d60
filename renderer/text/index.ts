import { loadTextEngine } from './engine';
import { TextLayouts } from './textLayouts';

/** The page's one text engine, started when the first view that draws or reports text is loaded. */
export const textLayouts = new TextLayouts(loadTextEngine());
