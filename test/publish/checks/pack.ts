// Packs the release's npm/ folder with `npm pack`, once, as a publisher would.
import fs from 'node:fs';
import path from 'node:path';
import { release, releaseFile, run } from '../release.js';

export interface Packed { tarball: string; files: string[] }

let packed: Promise<Packed> | null = null;

export function packNpm(): Promise<Packed> {
  packed ??= (async () => {
    const dest = path.join(release.work, 'pack');
    fs.mkdirSync(dest, { recursive: true });
    const { stdout } = await run('npm', ['pack', releaseFile('npm'), '--pack-destination', dest, '--json', '--ignore-scripts'], { cwd: dest });
    const [info] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    return { tarball: path.join(dest, info!.filename), files: info!.files.map((f) => f.path).sort() };
  })();
  return packed;
}
