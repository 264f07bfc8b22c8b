// minLength and maxLength as ajv checks them (in characters, a surrogate pair one), without
// counting the characters of a string whose UTF-16 length settles the check already. ajv counts
// every string whole (ucs2length), so each evidence quote and figure quote, checked against a
// minLength of 1, was walked to its end: ~45 % of validating those two tables.
import { _, str, type KeywordCxt } from 'ajv/dist/2020.js';
import type { CodeKeywordDefinition } from 'ajv';
import { useFunc } from 'ajv/dist/compile/util.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';

// ajv's runtime is CommonJS: its default export arrives wrapped under ESM.
const ucs2length = ((ucs2lengthModule as unknown as { default?: unknown }).default ?? ucs2lengthModule) as ((text: string) => number) & { code: string };

/**
 * A string of n UTF-16 units holds between n/2 and n characters, so a limit it passes or fails
 * whatever the count is decided by n alone; only a string between the two bounds is counted.
 * The messages and params are ajv's own (lib/vocabularies/validation/limitLength.ts).
 */
export const lengthLimits: CodeKeywordDefinition = {
  keyword: ['maxLength', 'minLength'],
  type: 'string',
  schemaType: 'number',
  error: {
    message: ({ keyword, schemaCode }) => str`must NOT have ${keyword === 'maxLength' ? 'more' : 'fewer'} than ${schemaCode} characters`,
    params: ({ schemaCode }) => _`{limit: ${schemaCode}}`,
  },
  code(cxt: KeywordCxt) {
    const { keyword, data, schemaCode, gen } = cxt;
    const count = useFunc(gen, ucs2length);
    cxt.fail(keyword === 'minLength'
      ? _`${data}.length < ${schemaCode} || (${data}.length < 2 * ${schemaCode} && ${count}(${data}) < ${schemaCode})`
      : _`${data}.length > ${schemaCode} && (${data}.length > 2 * ${schemaCode} || ${count}(${data}) > ${schemaCode})`);
  },
};
