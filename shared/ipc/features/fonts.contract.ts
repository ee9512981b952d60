import { z } from 'zod';
import { BUNDLED_FONTS } from '../../text/font/bundled-fonts';
import type { FONT_CHANNELS } from '../channels';
import { Cancelled, Empty, type ChannelSpec } from '../common';

/** Font ids besides the bundled ones ('noto-sans-regular'): `user:<sha-256 prefix>[#face]`, `system:<PostScript name>`. */
export const USER_FONT_PREFIX = 'user:';
export const SYSTEM_FONT_PREFIX = 'system:';

const FontId = z.string().min(1).max(200);

/** One face of the font library: shipped with Namesake, imported by the user, or installed on this computer. */
export const CatalogFont = z.object({
  id: FontId,
  family: z.string().max(300),
  style: z.string().max(300),
  source: z.enum(['bundled', 'user', 'system']),
  /** The licence lets a PDF embed it; if not, print draws its text as outlines (and says so). */
  embeddable: z.boolean(),
  /** The licence lets a design file carry it, so the design opens with it on another computer; if not, it stays on this one. */
  travels: z.boolean(),
  /** Scripts it has the letters of ("Latin", "Arabic", …); empty when not known. */
  scripts: z.array(z.string().max(40)).max(40),
  faceIndex: z.number().int().nonnegative(),
  /** Bundled fonts only: what kind of lettering it is. */
  category: z.enum(['script', 'display', 'serif', 'sans', 'fallback']).optional(),
});
export type CatalogFont = z.infer<typeof CatalogFont>;

/** The bundled fonts as catalogue entries: main lists them first; the page has them before main answers. */
export const BUNDLED_CATALOG: readonly CatalogFont[] = BUNDLED_FONTS.map(({ id, family, style, category }) => ({
  id,
  family,
  style,
  category,
  source: 'bundled',
  embeddable: true,
  travels: true,
  scripts: [],
  faceIndex: 0,
}));

const Imported = z.object({ cancelled: z.literal(false), fonts: z.array(CatalogFont).min(1) });

export const fontContract = {
  'fonts:list': { input: Empty, output: z.object({ fonts: z.array(CatalogFont) }) },
  'fonts:import': { input: Empty, output: z.discriminatedUnion('cancelled', [Cancelled, Imported]) },
  /** The font file (a plain TrueType/OpenType font or collection; web fonts arrive unpacked), base64. */
  'fonts:read': {
    input: z.object({ id: FontId }).strict(),
    output: z.object({ base64: z.string(), faceIndex: z.number().int().nonnegative() }),
  },
} satisfies Record<(typeof FONT_CHANNELS)[number], ChannelSpec>;
