import { z } from 'zod';
import { err, ok, type AppError, type Result } from '../result';
import { Paper, SheetTemplate } from './schema';
import { matches, parseQuery, searchEntry, type SearchEntry } from './search';

/**
 * The catalogue file (shared/templates/data/catalogue.json, written by scripts/convert-templates.mjs).
 * Standard paper sizes are stored once in `papers` and referenced by id; custom and roll sizes inline.
 */
const CatalogueFile = z.object({
  format: z.literal(1),
  source: z.string(),
  units: z.literal('pt'),
  categories: z.record(z.string(), z.string()),
  papers: z.record(z.string(), Paper.omit({ id: true })),
  templates: z.array(SheetTemplate.extend({ paper: z.union([z.string(), Paper]) })),
});

export interface CatalogueError extends AppError {
  code: 'invalid-catalogue';
}

export interface Catalogue {
  /** Sorted by id. */
  readonly templates: readonly SheetTemplate[];
  /** Category id → display name. */
  readonly categories: Readonly<Record<string, string>>;
  /** By template id or alias, in any case and spacing: "Avery L7160", "avery-l7160" and "AVERY_L7160" agree. */
  get(idOrAlias: string): SheetTemplate | undefined;
  /** Templates matching every term of the query (see search.ts); an exact id or alias comes first. */
  search(query: string): SheetTemplate[];
}

/** The key a template is known by: lower case, each run of other characters one '-'. */
export const templateKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function parseCatalogue(input: unknown): Result<Catalogue, CatalogueError> {
  const parsed = CatalogueFile.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalid(`at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid data'}`);
  }
  const { papers, categories } = parsed.data;
  const standard = (id: string) => {
    const size = papers[id];
    return size && { id, ...size };
  };
  const templates: SheetTemplate[] = [];
  for (const t of parsed.data.templates) {
    const paper = typeof t.paper === 'string' ? standard(t.paper) : t.paper;
    if (!paper) return invalid(`${t.id} uses paper "${t.paper}", which is not in the papers table`);
    templates.push({ ...t, paper });
  }
  return createCatalogue(templates, categories);
}

/** Builds the look-up tables; refuses an id or alias that two templates claim, or a category without a name. */
function createCatalogue(list: SheetTemplate[], categories: Record<string, string>): Result<Catalogue, CatalogueError> {
  const templates = [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byKey = new Map<string, SheetTemplate>();
  const index = new Map<SheetTemplate, SearchEntry>();
  for (const t of templates) {
    for (const key of [t.id, ...t.aliases.map((a) => a.id)]) {
      if (byKey.has(key)) return invalid(`"${key}" names two templates`);
      byKey.set(key, t);
    }
    const unnamed = t.categories.find((c) => !(c in categories));
    if (unnamed !== undefined) return invalid(`${t.id} has category "${unnamed}", which has no name`);
    index.set(t, searchEntry(t, categories));
  }

  return ok({
    templates,
    categories,
    get: (idOrAlias) => byKey.get(templateKey(idOrAlias)),
    search(query) {
      const terms = parseQuery(query);
      const exact = byKey.get(templateKey(query));
      const found = templates.filter((t) => t !== exact && matches(index.get(t)!, terms));
      return exact ? [exact, ...found] : found;
    },
  });
}

const invalid = (detail: string) => err<CatalogueError>({ code: 'invalid-catalogue', message: `The template catalogue is damaged: ${detail}.` });
