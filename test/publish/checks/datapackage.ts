// datapackage.json against the official Frictionless v2 profiles (draft-07, an ajv instance of
// its own), and against the data it describes: headers, keys, types.
import fs from 'node:fs';
import path from 'node:path';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../../pipeline/helpers.js';
import { readReleaseJson, releaseFile } from '../release.js';
import { readCsv } from './read-csv.js';

type Ajv = import('ajv').default;
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof import('ajv').default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => Ajv;

const PROFILES = ['datapackage', 'dataresource', 'tableschema', 'tabledialect'] as const;
const profileUrl = (name: string) => `https://datapackage.org/profiles/2.0/${name}.json`;

interface Field { name: string; type: string; constraints?: { required?: boolean; enum?: string[]; pattern?: string } }
interface Resource {
  name: string; path: string; dialect: Record<string, unknown>;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> };
}
interface Package { $schema: string; name: string; version: string; created: string; licenses: Array<{ name: string }>; sources: Array<{ title: string; path?: string }>; contributors: unknown[]; resources: Resource[] }

function profiles(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('textarea', true); // a form-rendering hint in the profiles, not a constraint
  for (const name of PROFILES) {
    const file = path.join(PROJECT, 'test/fixtures/frictionless', `${name}.json`);
    ajv.addSchema(JSON.parse(fs.readFileSync(file, 'utf8')), profileUrl(name));
  }
  return ajv;
}

export function datapackageChecks(): void {
  describe('datapackage.json', () => {
    const pkg = () => readReleaseJson<Package>('datapackage.json');

    it('is a valid Frictionless Data Package v2, each resource, schema and dialect too', () => {
      const ajv = profiles();
      const check = (name: string, value: unknown) => {
        const validate = ajv.getSchema(profileUrl(name))!;
        expect(validate(value) ? [] : validate.errors, name).toEqual([]);
      };
      check('datapackage', pkg());
      for (const r of pkg().resources) {
        check('dataresource', r);
        check('tableschema', r.schema);
        check('tabledialect', r.dialect);
      }
    });

    it('has the identity, licence, sources and a created date from the input', () => {
      const p = pkg();
      const sources = readReleaseJson<Array<{ title: string | null; url: string | null; published: string | null }>>('json', 'sources.json');
      expect(p.$schema).toBe(profileUrl('datapackage'));
      expect(p.name).toBe('iran-pakistan-events');
      expect(p.version).toBe(readReleaseJson<{ version: string }>('npm', 'package.json').version);
      expect(p.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
      expect(p.contributors.length).toBeGreaterThan(0);
      expect(p.sources).toHaveLength(sources.length);
      sources.forEach((s, i) => {
        if (s.title) expect(p.sources[i]!.title).toContain(s.title);
        expect(p.sources[i]!.path).toBe(s.url ?? undefined);
      });
      const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
      const days = sources.map((s) => s.published?.split('/').at(-1)).filter((d): d is string => !!d && /^\d{4}/.test(d)).map(firstDay).sort();
      expect(p.created).toBe(`${days.at(-1)}T00:00:00Z`);
    });

    it('describes one resource per CSV, whose header equals the fields', () => {
      const resources = pkg().resources;
      expect(resources.map((r) => r.path).sort()).toEqual(fs.readdirSync(releaseFile('csv')).map((f) => `csv/${f}`).sort());
      for (const r of resources) {
        const { header } = readCsv(r.name);
        expect(header, r.name).toEqual(r.schema.fields.map((f) => f.name));
      }
    });

    it('types EDTF columns as patterned strings, date_start/date_end as dates, enums as constraints', () => {
      const events = pkg().resources.find((r) => r.name === 'events')!.schema.fields;
      const field = (name: string) => events.find((f) => f.name === name)!;
      expect(field('date')).toMatchObject({ type: 'string', constraints: { pattern: expect.any(String) } });
      expect(new RegExp(field('date').constraints!.pattern!).test('2024-01-16/2024-01-18')).toBe(true);
      expect(new RegExp(field('date').constraints!.pattern!).test('16 January 2024')).toBe(false);
      expect(field('date_start').type).toBe('date');
      expect(field('date_end').type).toBe('date');
      expect(field('event_type').constraints!.enum).toContain('ASSAULT');
      const sourceIds = new RegExp(field('source_ids').constraints!.pattern!);
      expect(['a_1', 'a_1;b-2', 'a.1;b;c'].filter((v) => sourceIds.test(v))).toHaveLength(3);
      expect(['', 'a;', ';a', 'a b'].filter((v) => sourceIds.test(v))).toEqual([]);
      expect(field('fatalities').type).toBe('integer');
    });

    it('declares primary keys that are unique and foreign keys that resolve, in the CSV', () => {
      const resources = pkg().resources;
      const rowsOf = new Map(resources.map((r) => [r.name, readCsv(r.name).rows]));
      for (const r of resources) {
        const rows = rowsOf.get(r.name)!;
        expect(r.schema.primaryKey.length, r.name).toBeGreaterThan(0);
        const keys = rows.map((row) => r.schema.primaryKey.map((k) => row[k]).join('\u0000'));
        expect(new Set(keys).size, `${r.name} primary key`).toBe(rows.length);
        for (const fk of r.schema.foreignKeys ?? []) {
          const target = new Set(rowsOf.get(fk.reference.resource)!.map((row) => fk.reference.fields.map((k) => row[k]).join('\u0000')));
          for (const row of rows) {
            const value = fk.fields.map((k) => row[k]).join('\u0000');
            if (fk.fields.every((k) => row[k] !== '')) expect(target.has(value), `${r.name}.${fk.fields} = ${value}`).toBe(true);
          }
        }
      }
    });
  });
}
