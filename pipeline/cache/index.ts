// The cache of extraction results, in a git-ignored folder of the project (never in dist/).
import path from 'node:path';
import type { CacheSettings } from './extract-cache.js';
import { PROJECT_ROOT, rulesVersion } from './rules-version.js';

export { cacheKey, readEntry, readMergeState, removeOtherVersions, writeEntry, writeMergeState, type CacheSettings } from './extract-cache.js';
export { computeRulesVersion, mergeCodeVersion, rulesVersion, PROJECT_ROOT } from './rules-version.js';

/** The default cache folder: `.cache/extract/` in the project, whatever the working directory. */
export const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, '.cache', 'extract');

/** Cache settings for a run: the folder and this run's rules version (computed once). */
export function cacheSettings(dir: string = DEFAULT_CACHE_DIR): CacheSettings {
  return { dir: path.resolve(dir), rulesVersion: rulesVersion() };
}
