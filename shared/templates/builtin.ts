import data from './data/catalogue.json';
import { parseCatalogue, type Catalogue } from './catalogue';

let builtin: Catalogue | undefined;

/**
 * The sheet catalogue that ships with Namesake (converted from gLabels' database; see data/NOTICE).
 * Parsed and validated on first use. It is checked in tests, so a failure here is a build defect, not a
 * user error, and throws.
 */
export function builtinCatalogue(): Catalogue {
  if (!builtin) {
    const parsed = parseCatalogue(data);
    if (!parsed.ok) throw new Error(parsed.error.message);
    builtin = parsed.value;
  }
  return builtin;
}
