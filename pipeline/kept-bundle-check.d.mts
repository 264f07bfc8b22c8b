// Types of kept-bundle-check.mjs (plain JavaScript, so that start.mjs runs it without tsx).

/** What a kept bundle's manifest says (written by kept-bundle.ts). */
export interface Manifest {
  /** The hash of what configures the build (esbuild's version, the options, the plugins' names). */
  key: string;
  /** [absolute path, sha256 of the content or MISSING] of every file the build depended on. */
  files: Array<[string, string]>;
  /** [absolute folder, namesHash] of every input's folder. */
  folders: Array<[string, string]>;
  /** The metafile's inputs, absolute. */
  inputs: string[];
  /** Output file base names in the bundle's folder, by entry name. */
  outputs: Record<string, string>;
}

export const MISSING: string;
export function manifestFile(dir: string, name: string): string;
export function keptOutputs(dir: string, name: string, key?: string): Promise<{ files: Record<string, string>; inputs: string[] } | null>;
export function outputPaths(outputs: Record<string, string>, dir: string): Record<string, string>;
export function contentHash(file: string): Promise<string | null>;
export function namesHash(folder: string): Promise<string | null>;
