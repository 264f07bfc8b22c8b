// The new release is written beside the output folder and swapped in only when complete, so a
// run killed at any moment leaves the previous release intact.
import fs from 'node:fs/promises';
import path from 'node:path';

// Resolved first: "dist/" must give "…/dist.partial", never "dist/.partial" inside the release.
const partial = (out: string) => `${path.resolve(out)}.partial`;
const retired = (out: string) => `${path.resolve(out)}.previous`;

/** Clears what an interrupted run left: a half-written folder, or a release set aside mid-swap. */
export async function recoverInterruptedRun(outPath: string): Promise<void> {
  const out = path.resolve(outPath);
  await fs.rm(partial(out), { recursive: true, force: true });
  const exists = async (p: string) => fs.stat(p).then(() => true, () => false);
  if (await exists(retired(out))) {
    if (await exists(out)) await fs.rm(retired(out), { recursive: true, force: true });
    else await fs.rename(retired(out), out);
  }
}

/** Runs write(dir) into a fresh folder, then puts that folder in place of out; returns what write returned. */
export async function replaceFolder<T>(outPath: string, write: (dir: string) => Promise<T>): Promise<T> {
  const out = path.resolve(outPath);
  await recoverInterruptedRun(out);
  const dir = partial(out);
  await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await fs.mkdir(dir, { recursive: true });
  let result: T;
  try {
    result = await write(dir);
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }
  const hadOut = await fs.stat(out).then(() => true, () => false);
  if (hadOut) await fs.rename(out, retired(out));
  await fs.rename(dir, out);
  if (hadOut) await fs.rm(retired(out), { recursive: true, force: true });
  return result;
}
