#!/usr/bin/env node
/**
 * Converts gLabels' label-sheet database (../shared/data/label-templates, MIT) into Namesake's sheet
 * catalogue: shared/templates/data/catalogue.json plus NOTICE. A developer runs it after updating the
 * XML; the output is committed, so the app never parses XML.
 *
 *   node scripts/convert-templates.mjs           write the catalogue and print statistics
 *   node scripts/convert-templates.mjs --check   exit 1 when the committed catalogue is stale
 *   --source <dir> / --out <dir>                 other folders (tests convert small fixtures)
 *
 * Plain Node (no dependencies): the XML is a regular, machine-written format, so a small tokenizer is
 * enough and keeps a heavy parser out of the tree. Semantics follow gLabels' own parser
 * (XmlTemplateParser in glabels-qt): unitless lengths are points; Layout attributes default to nx = ny = 1
 * and 0; `waste` overrides x_waste/y_waste; a template with `equiv` clones an earlier template of the
 * same brand — Namesake keeps those as aliases of the template they clone.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { check: { type: 'boolean' }, source: { type: 'string' }, out: { type: 'string' } } });
const SOURCE = resolve(args.source ?? join(ROOT, '../shared/data/label-templates'));
const OUT_DIR = resolve(args.out ?? join(ROOT, 'shared/templates/data'));
const OUT_FILE = join(OUT_DIR, 'catalogue.json');
const NOTICE_FILE = join(OUT_DIR, 'NOTICE');

// ── XML ────────────────────────────────────────────────────────────────────────────────────────────

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name) => {
    if (name[0] === '#') return String.fromCodePoint(Number(name[1] === 'x' || name[1] === 'X' ? `0${name.slice(1)}` : name.slice(1)));
    const known = ENTITIES[name];
    if (known === undefined) throw new Error(`unknown XML entity ${whole}`);
    return known;
  });
}

/** Element tree of one XML document: {name, attrs, children}. Text content is not used by the format. */
function parseXml(text, file) {
  const root = { name: '#document', attrs: {}, children: [] };
  const stack = [root];
  const tag = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/\s*([\w:-]+)\s*>|<([\w:-]+)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let at = 0;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (text.slice(at, m.index).includes('<')) throw new Error(`${file}: malformed markup near offset ${at}`);
    at = tag.lastIndex;
    const [, close, open, attrText, selfClose] = m;
    const top = stack[stack.length - 1];
    if (close) {
      if (top.name !== close) throw new Error(`${file}: </${close}> closes <${top.name}>`);
      stack.pop();
    } else if (open) {
      const attrs = {};
      for (const a of attrText.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = decodeEntities(a[2] ?? a[3]);
      const el = { name: open, attrs, children: [] };
      top.children.push(el);
      if (!selfClose) stack.push(el);
    }
  }
  if (text.slice(at).includes('<') || stack.length !== 1) throw new Error(`${file}: unterminated markup`);
  return root;
}

const childrenNamed = (el, name) => el.children.filter((c) => c.name === name);

// ── lengths ────────────────────────────────────────────────────────────────────────────────────────

const PT_PER = { pt: 1, in: 72, mm: 72 / 25.4, cm: 720 / 25.4, pc: 12 };

/** 0.001 pt is far below any printer's resolution and keeps the JSON short. */
const round = (pt) => Math.round(pt * 1000) / 1000 + 0; // `+ 0` turns -0 into 0

/**
 * What the run tells the developer: counts of what was left out, and data problems worth a look (the
 * conversion goes on past them).
 */
const stats = { files: 0, skipped: new Map(), markupsDropped: new Map(), problems: [] };
const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

function length(value, where) {
  const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)?\s*(pt|in|mm|cm|pc)?\s*$/i.exec(value);
  if (!m) throw new Error(`${where}: not a length: "${value}"`);
  if (m[1] === undefined) {
    // gLabels reads lengths with strtod, so a unit without a number ("in") is 0; keep that, but say so.
    stats.problems.push(`${where}: "${value}" has no number; read as 0 like gLabels`);
    return 0;
  }
  return round(Number(m[1]) * PT_PER[(m[2] ?? 'pt').toLowerCase()]);
}

function lengthAttr(el, name, fallback, where) {
  const v = el.attrs[name];
  return v === undefined ? fallback : length(v, `${where} ${el.name}@${name}`);
}

function intAttr(el, name, fallback, where) {
  const v = el.attrs[name];
  if (v === undefined) return fallback;
  if (!/^\s*\d+\s*$/.test(v)) throw new Error(`${where} ${el.name}@${name}: not a count: "${v}"`);
  return Number(v);
}

// ── templates ──────────────────────────────────────────────────────────────────────────────────────

/** `Avery` + `L7160` → `avery-l7160`: lower case, each run of other characters one '-'. */
const templateId = (brand, part) =>
  `${brand} ${part}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const LABEL_KINDS = {
  'Label-rectangle': (el, w) => ({
    shape: { kind: 'rect', width: lengthAttr(el, 'width', 0, w), height: lengthAttr(el, 'height', 0, w), cornerRadius: lengthAttr(el, 'round', 0, w) },
    waste: el.attrs.waste !== undefined
      ? both(lengthAttr(el, 'waste', 0, w))
      : { x: lengthAttr(el, 'x_waste', 0, w), y: lengthAttr(el, 'y_waste', 0, w) },
  }),
  'Label-round': (el, w) => ({ shape: { kind: 'round', radius: lengthAttr(el, 'radius', 0, w) }, waste: both(lengthAttr(el, 'waste', 0, w)) }),
  'Label-ellipse': (el, w) => ({
    shape: { kind: 'ellipse', width: lengthAttr(el, 'width', 0, w), height: lengthAttr(el, 'height', 0, w) },
    waste: both(lengthAttr(el, 'waste', 0, w)),
  }),
  'Label-cd': (el, w) => ({
    shape: {
      kind: 'cd',
      radius: lengthAttr(el, 'radius', 0, w),
      holeRadius: lengthAttr(el, 'hole', 0, w),
      // Business-card CDs: the disc is clipped to this box; absent for full discs.
      ...(el.attrs.width !== undefined && { width: lengthAttr(el, 'width', 0, w) }),
      ...(el.attrs.height !== undefined && { height: lengthAttr(el, 'height', 0, w) }),
    },
    waste: both(lengthAttr(el, 'waste', 0, w)),
  }),
};
const both = (v) => ({ x: v, y: v });

function layout(el, where) {
  return {
    nx: intAttr(el, 'nx', 1, where),
    ny: intAttr(el, 'ny', 1, where),
    x0: lengthAttr(el, 'x0', 0, where),
    y0: lengthAttr(el, 'y0', 0, where),
    dx: lengthAttr(el, 'dx', 0, where),
    dy: lengthAttr(el, 'dy', 0, where),
  };
}

/** The first Markup-margin is the printable area inside each label. */
function safeMargin(frame, where) {
  const margin = childrenNamed(frame, 'Markup-margin')[0];
  if (!margin) return undefined;
  const size = lengthAttr(margin, 'size', 0, where);
  return size > 0 ? both(size) : { x: lengthAttr(margin, 'x_size', 0, where), y: lengthAttr(margin, 'y_size', 0, where) };
}

/**
 * Standard sizes are stored once in the catalogue's `papers` table and referenced by id; custom sheets
 * (`other`) and roll labels (one label per page; `rollWidth` is the physical roll) carry their own size.
 */
function paperOf(el, papers, where) {
  const size = el.attrs.size;
  if (size === 'other' || size === 'roll') {
    return {
      id: size,
      width: lengthAttr(el, 'width', 0, where),
      height: lengthAttr(el, 'height', 0, where),
      ...(size === 'roll' && { rollWidth: lengthAttr(el, 'roll_width', 0, where) }),
    };
  }
  if (!papers.has(size)) throw new Error(`${where}: unknown paper size "${size}"`);
  return size;
}

/** gLabels prints a repeated Layout twice on the same spot; that is a data slip, so keep one copy. */
function layouts(frame, where) {
  const seen = new Set();
  const out = [];
  for (const el of childrenNamed(frame, 'Layout')) {
    const l = layout(el, where);
    const key = JSON.stringify(l);
    if (seen.has(key)) stats.problems.push(`${where}: duplicate Layout dropped`);
    else out.push(l);
    seen.add(key);
  }
  return out;
}

/** Category ids must resolve to a name in categories.xml; others (gLabels' own "user-defined") go. */
function categories(el, known, where) {
  const ids = childrenNamed(el, 'Meta').map((m) => m.attrs.category).filter(Boolean);
  for (const id of ids) if (!(id in known)) stats.problems.push(`${where}: unknown category "${id}" dropped`);
  return ids.filter((id) => id in known);
}

/** One `<Template>` without `equiv` → a catalogue entry, or a reason it cannot be represented. */
function convertTemplate(el, { papers, categoryNames }, where) {
  const frames = el.children.filter((c) => c.name.startsWith('Label-'));
  if (frames.length !== 1) return { skip: `${frames.length} label frames` };
  const frame = frames[0];
  const kind = LABEL_KINDS[frame.name];
  if (!kind) return { skip: frame.name };
  const { shape, waste } = kind(frame, where);
  const margin = safeMargin(frame, where);
  // Fold lines and print areas drawn in gLabels' editor; Namesake has no place for them yet.
  for (const m of frame.children) if (m.name.startsWith('Markup-') && m.name !== 'Markup-margin') count(stats.markupsDropped, m.name);
  return {
    template: {
      id: templateId(el.attrs.brand, el.attrs.part),
      brand: el.attrs.brand,
      part: el.attrs.part,
      description: el.attrs._description ?? el.attrs.description ?? '',
      paper: paperOf(el, papers, where),
      shape,
      ...(waste.x || waste.y ? { waste } : {}),
      ...(margin && { safeMargin: margin }),
      layouts: layouts(frame, where),
      aliases: [], // filled by later equiv templates; dropped from the file when empty
      categories: categories(el, categoryNames, where),
    },
  };
}

// ── catalogue ──────────────────────────────────────────────────────────────────────────────────────

function readXml(name) {
  return parseXml(readFileSync(join(SOURCE, name), 'utf8'), name);
}

function readPapers() {
  const papers = new Map();
  for (const p of childrenNamed(readXml('paper-sizes.xml').children[0], 'Paper-size')) {
    papers.set(p.attrs.id, { width: length(p.attrs.width, p.attrs.id), height: length(p.attrs.height, p.attrs.id) });
  }
  return papers;
}

function readCategories() {
  const categories = {};
  for (const c of childrenNamed(readXml('categories.xml').children[0], 'Category')) categories[c.attrs.id] = c.attrs._name ?? c.attrs.name;
  return categories;
}

function buildCatalogue() {
  const papers = readPapers();
  const categoryNames = readCategories();
  const byBrandPart = new Map(); // `brand\0part` → template, for equiv look-ups
  const byId = new Map();
  const claim = (id, what) => {
    if (byId.has(id)) {
      stats.problems.push(`duplicate id ${id} (${what}); kept the first`);
      return false;
    }
    byId.set(id, what);
    return true;
  };
  const templates = [];
  const files = readdirSync(SOURCE).filter((f) => f.endsWith('-templates.xml')).sort();
  for (const file of files) {
    stats.files++;
    for (const el of childrenNamed(readXml(file).children[0], 'Template')) {
      const { brand, part, equiv } = el.attrs;
      const where = `${file} ${brand} ${part}`;
      if (equiv !== undefined) {
        const target = byBrandPart.get(`${brand}\0${equiv}`);
        if (!target) {
          stats.problems.push(`${where}: equiv "${equiv}" is not an earlier ${brand} template; skipped`);
          count(stats.skipped, 'equiv without target');
        } else if (claim(templateId(brand, part), where)) {
          target.aliases.push({ id: templateId(brand, part), brand, part });
          byBrandPart.set(`${brand}\0${part}`, target);
        }
        continue;
      }
      const result = convertTemplate(el, { papers, categoryNames }, where);
      if (result.skip) {
        count(stats.skipped, result.skip);
        continue;
      }
      if (!claim(result.template.id, where)) continue;
      templates.push(result.template);
      byBrandPart.set(`${brand}\0${part}`, result.template);
    }
  }
  templates.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    format: 1,
    source: 'gLabels template database (MIT, Copyright (c) 2001-2009 Jaye Evins); see NOTICE',
    units: 'pt',
    categories: categoryNames,
    papers: usedPapers(templates, papers),
    templates,
  };
}

/** Only the sizes some template uses, in paper-sizes.xml order. */
function usedPapers(templates, papers) {
  const used = new Set(templates.map((t) => t.paper));
  return Object.fromEntries([...papers].filter(([id]) => used.has(id)));
}

/** One template per line: diffs of the committed file stay readable, and it is still compact. */
function serialize(catalogue) {
  const { templates, ...head } = catalogue;
  const body = templates.map(({ aliases, ...t }) => JSON.stringify(aliases.length ? { ...t, aliases } : t)).join(',\n');
  return `${JSON.stringify(head).slice(0, -1)},"templates":[\n${body}\n]}\n`;
}

function notice() {
  return [
    'shared/templates/data/catalogue.json is converted by scripts/convert-templates.mjs from the gLabels',
    'template database (https://github.com/jimevins/glabels-qt, folder templates/), which is distributed',
    'under the following licence:',
    '',
    readFileSync(join(SOURCE, 'LICENSE'), 'utf8').trimEnd(),
    '',
  ].join('\n');
}

function report(catalogue, bytes) {
  const byKind = new Map();
  for (const t of catalogue.templates) count(byKind, t.shape.kind);
  const aliases = catalogue.templates.reduce((n, t) => n + t.aliases.length, 0);
  const fmt = (m) => [...m].sort().map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  console.log(`read ${stats.files} template files from ${SOURCE}`);
  console.log(`templates ${catalogue.templates.length} (${fmt(byKind)}), aliases ${aliases}`);
  console.log(`skipped: ${fmt(stats.skipped)}`);
  console.log(`markups not represented: ${fmt(stats.markupsDropped)}`);
  for (const p of stats.problems) console.log(`problem: ${p}`);
  console.log(`${bytes} bytes → ${OUT_FILE}`);
}

function main() {
  const catalogue = buildCatalogue();
  const json = serialize(catalogue);
  if (args.check) {
    const same = (file, text) => existsSync(file) && readFileSync(file, 'utf8') === text;
    const fresh = same(OUT_FILE, json) && same(NOTICE_FILE, notice());
    if (!fresh) {
      console.error(`error: ${OUT_DIR} is stale; run node scripts/convert-templates.mjs`);
      process.exit(1);
    }
    console.log('catalogue is up to date');
    return;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(OUT_FILE, json);
  writeFileSync(NOTICE_FILE, notice());
  report(catalogue, Buffer.byteLength(json));
}

main();
