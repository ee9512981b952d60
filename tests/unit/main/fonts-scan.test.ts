import { execFileSync } from 'node:child_process';
import { mkdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compress } from 'woff2-encoder';
import { describe, expect, it } from 'vitest';
import { defaultUserDataFolders, systemFontFolders } from '../../../main/services/fonts/font-folders';
import { scanFontFolders, SCAN_LIMITS, type ScanResult } from '../../../main/services/fonts/font-scan';
import { ScanCache } from '../../../main/services/fonts/scan-cache';
import { bundledBytes, trueTypeCollection, withFsType } from './font-files';
import { tempDir } from './temp-dir';

/** What a scan found, as `file: family style [flags]` per face, in file order. */
const faces = (result: ScanResult, root: string) =>
  result.fonts.flatMap(({ path, faces }) =>
    faces.map((f) => `${path.slice(root.length + 1)}#${f.faceIndex}: ${f.family} ${f.style}${f.embeddable ? '' : ' [not embeddable]'}`),
  );

/**
 * A font folder as found in the wild: plain fonts, a collection, an OpenType (CFF) font, a web font in a
 * subfolder, broken files, a link loop, a dangling link, a FIFO and a file that is not a font.
 */
async function fontFolder(): Promise<string> {
  const root = await tempDir();
  await mkdir(join(root, 'sub/deeper'), { recursive: true });
  await writeFile(join(root, 'GreatVibes.ttf'), await bundledBytes('great-vibes-regular'));
  await writeFile(join(root, 'Lora.ttc'), trueTypeCollection([await bundledBytes('lora-regular'), await bundledBytes('lora-bold')]));
  await writeFile(join(root, 'NotoSansJP.otf'), await bundledBytes('noto-sans-jp-regular'));
  await writeFile(join(root, 'Restricted.ttf'), withFsType(await bundledBytes('cinzel-regular'), 0x0002));
  await writeFile(join(root, 'sub/deeper/Bebas.woff2'), await compress(await bundledBytes('bebas-neue-regular')));
  await writeFile(join(root, 'broken.ttf'), new TextEncoder().encode('this is not a font, whatever its name says'));
  await writeFile(join(root, 'truncated.ttf'), (await bundledBytes('pacifico-regular')).subarray(0, 3000));
  await writeFile(join(root, 'notes.txt'), 'not a font');
  await symlink(root, join(root, 'sub/loop')); // sub/loop/sub/loop/… leads back here forever
  await symlink(join(root, 'gone.ttf'), join(root, 'dangling.ttf'));
  await symlink(join(root, 'GreatVibes.ttf'), join(root, 'sub/alias.ttf')); // the same file twice
  execFileSync('mkfifo', [join(root, 'pipe.ttf')]); // opening it would block for ever
  return root;
}

describe('scanning font folders', () => {
  it('lists every face of every usable font once and passes over the rest', async () => {
    const root = await fontFolder();
    const result = await scanFontFolders([root], await ScanCache.load(undefined));
    expect(faces(result, root)).toEqual([
      'GreatVibes.ttf#0: Great Vibes Regular',
      'Lora.ttc#0: Lora Regular',
      'Lora.ttc#1: Lora Bold',
      'NotoSansJP.otf#0: Noto Sans Japanese Regular',
      'Restricted.ttf#0: Cinzel Regular [not embeddable]',
      'sub/deeper/Bebas.woff2#0: Bebas Neue Regular',
    ]);
    expect(result.skipped).toBe(2); // broken.ttf and truncated.ttf
    expect(result.truncated).toBe(false);
    const [greatVibes, , , jp] = result.fonts.flatMap((f) => f.faces);
    expect(greatVibes).toMatchObject({ postScriptName: 'GreatVibes-Regular', embeddable: true });
    expect(greatVibes!.scripts).toContain('Latin');
    expect(jp!.scripts).toEqual(['Latin', 'Greek', 'Cyrillic', 'Japanese']);
  });

  it('stops at its limits: file count, file size, depth and folder count', async () => {
    const root = await fontFolder();
    const cache = await ScanCache.load(undefined);
    const scan = (limits: Partial<typeof SCAN_LIMITS>) => scanFontFolders([root], cache, { ...SCAN_LIMITS, ...limits });

    const twoFiles = await scan({ maxFiles: 2 });
    expect(twoFiles.truncated).toBe(true);
    expect(twoFiles.fonts.map((f) => f.path.slice(root.length + 1))).toEqual(['GreatVibes.ttf', 'Lora.ttc']);

    const small = await scan({ maxFileBytes: 100_000 });
    expect(faces(small, root)).toEqual(['Restricted.ttf#0: Cinzel Regular [not embeddable]', 'sub/deeper/Bebas.woff2#0: Bebas Neue Regular']);

    const shallow = await scan({ maxDepth: 1 });
    expect(faces(shallow, root)).not.toContain('sub/deeper/Bebas.woff2#0: Bebas Neue Regular');
    expect((await scan({ maxFolders: 1 })).truncated).toBe(true);
  });

  it('survives folders that do not exist or cannot be listed', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'file-not-folder'), 'x');
    const result = await scanFontFolders([join(root, 'missing'), join(root, 'file-not-folder')], await ScanCache.load(undefined));
    expect(result).toEqual({ fonts: [], skipped: 0, truncated: false });
  });

  it('reads an unchanged file from the cache, and a changed one again', async () => {
    const root = await fontFolder();
    const cacheFile = join(await tempDir(), 'font-cache.json');
    const first = await ScanCache.load(cacheFile);
    await scanFontFolders([root], first);
    await first.save();

    const stored = JSON.parse(await readFile(cacheFile, 'utf8')) as { files: Record<string, { faces: { family: string }[]; error?: string }> };
    // A damaged font is remembered as such, so it is not read again at every start.
    expect(stored.files[join(root, 'broken.ttf')]).toMatchObject({ faces: [], error: expect.stringContaining('not a TrueType or OpenType font') });
    // Plant a name no file has: a second scan that shows it did not read the file.
    stored.files[join(root, 'GreatVibes.ttf')]!.faces[0]!.family = 'From The Cache';
    await writeFile(cacheFile, JSON.stringify(stored));
    const cached = await scanFontFolders([root], await ScanCache.load(cacheFile));
    expect(cached.fonts[0]!.faces[0]!.family).toBe('From The Cache');

    await utimes(join(root, 'GreatVibes.ttf'), new Date(), new Date(Date.now() + 5000));
    const changed = await scanFontFolders([root], await ScanCache.load(cacheFile));
    expect(changed.fonts[0]!.faces[0]!.family).toBe('Great Vibes');
  });

  it('reads a damaged cache as empty', async () => {
    const root = await fontFolder();
    const cacheFile = join(await tempDir(), 'font-cache.json');
    await writeFile(cacheFile, '{"version": 1, "files": {"x": 5}');
    const result = await scanFontFolders([root], await ScanCache.load(cacheFile));
    expect(result.fonts).toHaveLength(5);
  });
});

describe('the usual font folders', () => {
  it('are the user’s own first, then the system’s, per platform', () => {
    expect(systemFontFolders('linux', {}, '/home/ann')).toEqual(['/home/ann/.local/share/fonts', '/home/ann/.fonts', '/usr/local/share/fonts', '/usr/share/fonts']);
    expect(systemFontFolders('darwin', {}, '/Users/ann')).toEqual(['/Users/ann/Library/Fonts', '/Library/Fonts', '/System/Library/Fonts']);
    expect(systemFontFolders('win32', { WINDIR: 'D:\\Win', LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, 'C:\\Users\\ann')).toEqual([
      'C:\\Users\\ann\\AppData\\Local\\Microsoft\\Windows\\Fonts',
      'D:\\Win\\Fonts',
    ]);
  });

  it('has the app’s user-data folders as Electron names them, for the CLI to find imported fonts', () => {
    expect(defaultUserDataFolders('linux', {}, '/home/ann')).toEqual(['/home/ann/.config/Namesake', '/home/ann/.config/namesake']);
    expect(defaultUserDataFolders('darwin', {}, '/Users/ann')[0]).toBe('/Users/ann/Library/Application Support/Namesake');
    expect(defaultUserDataFolders('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann')[0]).toBe('C:\\Users\\ann\\AppData\\Roaming\\Namesake');
  });
});
