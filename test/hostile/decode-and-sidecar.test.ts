// Decoding text sources and reading sidecars, case by case.
import { describe, expect, it } from 'vitest';
import { decodeTextBytes } from '../../pipeline/read/decode-text.js';
import { parseSidecar } from '../../pipeline/read/sidecar.js';
import { SOURCE_ID } from '../../pipeline/read/read-folder.js';

const bytes = (...parts: Array<string | number[]>) => new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p)))));

describe('decodeTextBytes', () => {
  it.each([
    ['plain UTF-8', bytes('Caf\u00e9'), 'Caf\u00e9', 'utf-8'],
    ['UTF-8 with a BOM (dropped)', bytes([0xef, 0xbb, 0xbf], 'Caf\u00e9'), 'Caf\u00e9', 'utf-8'],
    ['UTF-16LE with a BOM', new Uint8Array([0xff, 0xfe, 0x43, 0x00, 0xe9, 0x00]), 'C\u00e9', 'utf-16le'],
    ['UTF-16BE with a BOM', new Uint8Array([0xfe, 0xff, 0x00, 0x43, 0x00, 0xe9]), 'C\u00e9', 'utf-16be'],
    ['CRLF kept as written', bytes('a\r\nb'), 'a\r\nb', 'utf-8'],
    ['form feeds and tabs are text', bytes('a\tb\fc'), 'a\tb\fc', 'utf-8'],
  ])('%s', (_, input, text, encoding) => {
    expect(decodeTextBytes(input)).toEqual({ ok: true, text, encoding, problems: [] });
  });

  it('reports invalid UTF-8 with the number of sequences lost', () => {
    const result = decodeTextBytes(bytes('ok ', [0xe9], ' and ', [0xff, 0xfe]));
    expect(result).toMatchObject({ ok: true, text: 'ok \uFFFD and \uFFFD\uFFFD', problems: ['invalid utf-8: 3 undecodable sequence(s) replaced with U+FFFD'] });
  });

  it.each([
    ['a NUL byte', bytes('text', [0x00], 'more')],
    ['mostly control bytes', new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 ? 0x01 : 0x41)))],
  ])('refuses %s as binary', (_, input) => {
    expect(decodeTextBytes(input)).toMatchObject({ ok: false, problem: expect.stringMatching(/binary/) });
  });
});

describe('parseSidecar', () => {
  it('keeps good fields and reports each bad one', () => {
    const { sidecar, problems } = parseSidecar(JSON.stringify({ title: 'T', published: '2024-13-01', url: 'ftp://x.org/a', extra: 1 }));
    expect(sidecar).toEqual({ title: 'T' });
    expect(problems).toHaveLength(3);
  });

  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['HTTP://EXAMPLE.ORG/a', 'HTTP://EXAMPLE.ORG/a'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['file:///etc/passwd', undefined],
    ['//example.org/a', undefined],
    [' https://example.org/padded ', 'https://example.org/padded'],
  ])('url %s → %s', (url, kept) => {
    expect(parseSidecar(JSON.stringify({ url })).sidecar.url).toBe(kept);
  });

  it.each(['2024-02-30', '2023-02-29', '2024-04-31', '31 February 2024'])('rejects the impossible or unwritten date %s', (published) => {
    expect(parseSidecar(JSON.stringify({ published })).sidecar.published).toBeUndefined();
  });

  it('never pollutes prototypes, and gives a plain object', () => {
    const { sidecar, problems } = parseSidecar('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "title": "x"}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(sidecar)).toBe(Object.prototype);
    expect(Object.keys(sidecar)).toEqual(['title']);
    expect(problems.join()).toMatch(/__proto__.*constructor/);
  });

  it.each(['', 'null', '"text"', '42', '[]', '{"title": '])('reports a sidecar that is not an object: %j', (text) => {
    const { sidecar, problems } = parseSidecar(text);
    expect(sidecar).toEqual({});
    expect(problems).toHaveLength(1);
  });
});

describe('source ids', () => {
  it.each(['a', '000_4fce1d08528cf2bc', 'A.b-c_d', 'x'.repeat(128)])('accepts %s', (id) => expect(SOURCE_ID.test(id)).toBe(true));
  it.each(['', '.', '..', '.hidden', '-rf', 'a b', 'a/b', '\u00fcn\u00efcode', 'x'.repeat(129), 'a\nb'])('rejects %j', (id) => expect(SOURCE_ID.test(id)).toBe(false));
});
