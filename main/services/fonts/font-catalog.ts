import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, delimiter, join } from 'node:path';
import { BUNDLED_CATALOG, type CatalogFont } from '../../../shared/ipc/features/fonts.contract';
import { err, ok, type Result } from '../../../shared/result';
import { BUNDLED_FONTS, type FontId } from '../../../shared/text';
import { sha256Hex } from '../asset-cache';
import { writeFileAtomic } from '../atomic-write';
import { readBundledFont } from '../bundled-fonts';
import { summarizeFaces, type FaceSummary } from './font-faces';
import { defaultUserDataFolders, systemFontFolders } from './font-folders';
import { systemFontId, userFontId } from './font-ids';
import { scanFontFolders, SCAN_LIMITS, type ScanLimits } from './font-scan';
import { ScanCache } from './scan-cache';
import { toSfnt } from './web-font';

export interface FontCatalogOptions {
  /** Folders of imported fonts: the first receives imports, the others are only read. */
  userFonts: readonly string[];
  /** Where installed fonts are looked for (font-folders.ts). */
  systemFolders: readonly string[];
  /** The scan cache (scan-cache.ts); none: every start reads every font's tables again. */
  cacheFile?: string;
  limits?: ScanLimits;
}

/** The bytes to load for one font id. */
export interface FontBytes {
  bytes: Uint8Array;
  faceIndex: number;
}

/** A face a design file carries, under the id the design names it by (project-fonts.ts). */
export interface CarriedFont extends FontBytes {
  id: FontId;
  face: FaceSummary;
}

interface Installed {
  user: CatalogFont[];
  system: CatalogFont[];
  files: Map<FontId, { path: string; faceIndex: number }>;
}

/** Imports larger than this are refused: no label font comes close, and the bytes travel to the page. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** An imported font's file in the user's font folder: the SHA-256 of its bytes, then the extension. */
const STORED_FONT = /^([0-9a-f]{64})\.(ttf|otf|ttc)$/;

/**
 * The font library's list of faces and their bytes, the same for the page (over IPC), print and the CLI:
 * the bundled fonts, the fonts the user imported (copied into the user-data folder, named by content)
 * and the fonts installed on this computer (found by a bounded scan, from the cache when unchanged).
 */
export class FontCatalog {
  private installed?: Promise<Installed>;
  private readonly cache: Promise<ScanCache>;
  /** Fonts from opened design files that this computer lacks, for this session only: never copied to a font folder. */
  private readonly carried = new Map<FontId, { bytes: Uint8Array; font: CatalogFont }>();

  constructor(private readonly options: FontCatalogOptions) {
    this.cache = ScanCache.load(options.cacheFile);
  }

  /** The app's catalogue: imports in `<userData>/fonts`, the scan cache beside them. */
  static forUserData(userData: string, systemFolders: readonly string[] = systemFontFolders()): FontCatalog {
    return new FontCatalog({ userFonts: [join(userData, 'fonts')], systemFolders, cacheFile: join(userData, 'font-cache.json') });
  }

  /**
   * For the CLI and the export worker, which run without Electron: the user-data folder from
   * NAMESAKE_USER_DATA, else the app's usual ones; installed fonts from NAMESAKE_FONT_FOLDERS (a path
   * list; empty for none), else the OS's folders.
   */
  static fromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): FontCatalog {
    const folders = env.NAMESAKE_FONT_FOLDERS;
    const systemFolders = folders === undefined ? systemFontFolders() : folders.split(delimiter).filter(Boolean);
    if (env.NAMESAKE_USER_DATA) return FontCatalog.forUserData(env.NAMESAKE_USER_DATA, systemFolders);
    const userData = defaultUserDataFolders();
    const cacheFolder = userData.find((folder) => existsSync(folder));
    return new FontCatalog({
      userFonts: userData.map((folder) => join(folder, 'fonts')),
      systemFolders,
      ...(cacheFolder ? { cacheFile: join(cacheFolder, 'font-cache.json') } : {}),
    });
  }

  /**
   * Every face: bundled, then imported (with the fonts opened designs carry), then installed, each group by
   * family and style. Each call looks at the folders again (cheap: unchanged files come from the cache), so
   * a font installed while the app runs is there when the page next loads.
   */
  async list(): Promise<CatalogFont[]> {
    this.installed = undefined;
    const { user, system, files } = await this.scan();
    const carried = [...this.carried.values()].map(({ font }) => font).filter((font) => !files.has(font.id));
    return [...BUNDLED_CATALOG, ...[...user, ...carried].sort(byName), ...system];
  }

  /** The bytes of a font by id (web fonts unpacked); undefined for an id the catalogue does not have. */
  async read(id: FontId): Promise<FontBytes | undefined> {
    if (BUNDLED_FONTS.some((font) => font.id === id)) return { bytes: await readBundledFont(id), faceIndex: 0 };
    const file = (await this.scan()).files.get(id);
    if (!file) return this.readCarried(id);
    const bytes = await toSfnt(await readFile(file.path));
    if (!bytes.ok) throw new Error(`${basename(file.path)}: ${bytes.error.message}`);
    return { bytes: bytes.value, faceIndex: file.faceIndex };
  }

  /**
   * Copies a font file into the user's font folder, named by its content (a web font is stored unpacked),
   * and adds its faces. Importing the same font again changes nothing. A font whose licence forbids
   * embedding is imported too: it shows on screen, and print outlines it.
   */
  async import(path: string): Promise<Result<CatalogFont[]>> {
    const name = basename(path);
    const refuse = (why: string) => err({ code: 'font-import', message: `“${name}” was not imported: ${why}` });
    if ((await stat(path)).size > MAX_IMPORT_BYTES) return refuse(`it is larger than ${MAX_IMPORT_BYTES >> 20} MB.`);
    const sfnt = await toSfnt(await readFile(path));
    if (!sfnt.ok) return refuse(sfnt.error.message);
    const faces = summarizeFaces(sfnt.value);
    if (!faces.ok) return refuse(faces.error.message);
    const sha = sha256Hex(sfnt.value);
    const target = join(this.options.userFonts[0]!, `${sha}.${fontFileExtension(sfnt.value)}`);
    if (!existsSync(target)) {
      await mkdir(this.options.userFonts[0]!, { recursive: true });
      await writeFileAtomic(target, sfnt.value);
    }
    const installed = await this.scan();
    const fonts = faces.value.map((face) => entry(face, userFontId(sha, face.faceIndex), 'user'));
    for (const font of fonts) {
      if (installed.files.has(font.id)) continue;
      installed.files.set(font.id, { path: target, faceIndex: font.faceIndex });
      installed.user.push(font);
    }
    installed.user.sort(byName);
    return ok(fonts);
  }

  /**
   * Fonts a design file carries, for this session: a face this computer lacks is read from the file's
   * bytes and listed with the imported fonts, but never copied into the font folder (the licence lets the
   * font travel with the document, not install itself); a face it has (the same id) is used from here, as
   * for any design naming it. Returns the faces now read from design files.
   */
  async carry(fonts: readonly CarriedFont[]): Promise<CatalogFont[]> {
    const { files } = await this.scan();
    const added: CatalogFont[] = [];
    for (const { id, bytes, face } of fonts) {
      if (files.has(id)) continue;
      const font = entry(face, id, 'user');
      this.carried.set(id, { bytes, font });
      added.push(font);
    }
    return added;
  }

  private readCarried(id: FontId): FontBytes | undefined {
    const carried = this.carried.get(id);
    return carried && { bytes: carried.bytes, faceIndex: carried.font.faceIndex };
  }

  private scan(): Promise<Installed> {
    this.installed ??= (async () => {
      const cache = await this.cache;
      const limits = this.options.limits ?? SCAN_LIMITS;
      const installed: Installed = { user: [], system: [], files: new Map() };
      const add = (list: CatalogFont[], path: string, face: FaceSummary, id: FontId, source: CatalogFont['source']) => {
        if (installed.files.has(id)) return; // the first of several copies of a face wins
        installed.files.set(id, { path, faceIndex: face.faceIndex });
        list.push(entry(face, id, source));
      };
      for (const { path, faces } of (await scanFontFolders(this.options.userFonts, cache, limits)).fonts) {
        const sha = STORED_FONT.exec(basename(path))?.[1];
        if (sha) for (const face of faces) add(installed.user, path, face, userFontId(sha, face.faceIndex), 'user');
      }
      for (const { path, faces } of (await scanFontFolders(this.options.systemFolders, cache, limits)).fonts) {
        for (const face of faces) add(installed.system, path, face, systemFontId(face), 'system');
      }
      // The cache only saves time: a read-only user-data folder must not stop the fonts from listing.
      await cache.save().catch(() => undefined);
      installed.user.sort(byName);
      installed.system.sort(byName);
      return installed;
    })();
    return this.installed;
  }
}

function entry(face: FaceSummary, id: FontId, source: CatalogFont['source']): CatalogFont {
  const { family, style, embeddable, travels, scripts, faceIndex, postScriptName } = face;
  return { id, family: family || postScriptName || 'Unnamed font', style, source, embeddable, travels, scripts, faceIndex };
}

const byName = (a: CatalogFont, b: CatalogFont) => a.family.localeCompare(b.family) || a.style.localeCompare(b.style);

/** A plain font file's kind from its signature: a collection, CFF outlines, or TrueType. */
export function fontFileExtension(sfnt: Uint8Array): 'ttc' | 'otf' | 'ttf' {
  const signature = String.fromCharCode(...sfnt.subarray(0, 4));
  return signature === 'ttcf' ? 'ttc' : signature === 'OTTO' ? 'otf' : 'ttf';
}
