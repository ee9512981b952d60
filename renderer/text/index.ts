import { createClient } from '../../shared/ipc/client';
import { loadTextEngine } from './engine';
import { FontChoices } from './fontChoices';
import { TextLayouts } from './textLayouts';

/** The fonts to choose from: bundled, imported and installed, as main's font library lists them. */
export const fontChoices = new FontChoices(createClient(window.namesake));

/** The page's one font library (HarfBuzz and every font), started when the first view that needs text is loaded. */
export const textEngine = loadTextEngine(fontChoices);

/** Layouts of the design's text frames, for the canvas painter and the text reports. */
export const textLayouts = new TextLayouts(textEngine);
fontChoices.onAdded((fonts) => textLayouts.addFonts(fonts));
