import type { Design } from '../../shared/model';

/**
 * The text being edited in place (ARCHITECTURE.md: an HTML overlay over the frame) and the overlay's
 * selection in it, as UTF-16 offsets into the model text. Session state: never saved, never in history.
 */
export interface TextEditSession {
  id: string;
  start: number;
  end: number;
}

const typedDisplays = new WeakMap<Design, { id: string; design: Design; result: Design }>();

/**
 * What the canvas draws while a text is edited: `display` (which may show sample values), except that the
 * edited object shows its text as typed, tokens and all, so the caret and the overlay's offsets agree.
 */
export function showTypedText(display: Design, design: Design, id: string | undefined): Design {
  if (id === undefined || display === design) return display;
  const typed = design.objects.find((o) => o.id === id);
  const index = display.objects.findIndex((o) => o.id === id);
  if (!typed || index < 0 || display.objects[index] === typed) return display;
  const cached = typedDisplays.get(display);
  if (cached?.id === id && cached.design === design) return cached.result;
  const result = { ...display, objects: display.objects.map((o, i) => (i === index ? typed : o)) };
  typedDisplays.set(display, { id, design, result });
  return result;
}
