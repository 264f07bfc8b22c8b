// Generates the dataset's TypeScript types from schemas/, the one definition of every record.
// Run `npm run types` after editing a schema; a test fails when the generated file is stale.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { TABLES } from './tables.js';

import { GENERATED_TYPES, SCHEMA_DIR } from './paths.js';

/** The TypeScript declarations of every table, one interface per schema title. */
export async function generateTypes(): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const schema = JSON.parse(await fs.readFile(path.join(SCHEMA_DIR, `${table}.schema.json`), 'utf8'));
    const code = await compile(schema, schema.title, {
      bannerComment: '',
      additionalProperties: false,
      strictIndexSignatures: true,
      format: true,
      declareExternallyReferenced: true,
    });
    parts.push(code.trim());
  }
  // Schemas share $defs such as Edtf: keep the first declaration of each name.
  const seen = new Set<string>();
  const blocks = parts.join('\n\n').split(/\n(?=(?:\/\*\*[\s\S]*?\*\/\n)?export )/);
  const kept = blocks.filter((block) => {
    const name = /export (?:interface|type) (\w+)/.exec(block)?.[1];
    if (!name) return true;
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
  // A removed duplicate can leave its doc comment behind, right above the next one's: drop it.
  const code = kept.join('\n').replace(/\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n(?=\/\*\*)/g, '');
  return `// GENERATED from schemas/*.schema.json by pipeline/schemas/generate-types.ts. Do not edit.\n\n${code.trim()}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await fs.writeFile(GENERATED_TYPES, await generateTypes());
  console.log(`wrote ${path.relative(process.cwd(), GENERATED_TYPES)}`);
}
