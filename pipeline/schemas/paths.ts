import { fileURLToPath } from 'node:url';

/** The folder of the dataset's JSON Schemas: the one definition of every record. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** The TypeScript types generated from the schemas (by generate-types.ts). */
export const GENERATED_TYPES = fileURLToPath(new URL('../generated/dataset.ts', import.meta.url));
