// The explorer's test inputs are valid dataset records, so the page is tested on what the
// pipeline can publish.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { largeInput, smallInput } from './synthetic.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const schema = (table: string) => ajv.compile(JSON.parse(fs.readFileSync(path.join('schemas', `${table}.schema.json`), 'utf8')));
const validators = {
  events: schema('events'), evidence: schema('evidence'), figures: schema('figures'), actors: schema('actors'), sources: schema('sources'),
};

describe('synthetic explorer inputs validate against schemas/', () => {
  it.each([['small', smallInput()], ['large', largeInput(500)]] as const)('%s', (_, input) => {
    for (const [table, validate] of Object.entries(validators)) {
      for (const record of input[table as keyof typeof validators]) {
        if (!validate(record)) expect.fail(`${table} ${JSON.stringify(record)}: ${ajv.errorsText(validate.errors)}`);
      }
    }
  });
});
