import fs from 'node:fs';
import { expect, it } from 'vitest';
import { GENERATED_TYPES } from '../../pipeline/schemas/paths.js';
import { generateTypes } from '../../pipeline/schemas/generate-types.js';

it('the generated types are up to date with schemas/ (run npm run types)', async () => {
  expect(fs.readFileSync(GENERATED_TYPES, 'utf8')).toBe(await generateTypes());
});

it('the types carry literal unions for the enumerations', () => {
  const types = fs.readFileSync(GENERATED_TYPES, 'utf8');
  expect(types).toMatch(/export type EventType =[\s\S]*"ASSAULT"/);
  expect(types).toMatch(/export type FigureUnit =[\s\S]*"mmcfd"/);
  expect(types).toMatch(/export interface Event \{/);
});
