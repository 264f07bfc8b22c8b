// A raw/ folder of bad and hostile inputs beside two good sources, written by the test (nothing
// large or binary is committed). Each case names the file it writes and what must happen to it.
import fs from 'node:fs/promises';
import path from 'node:path';

export const ARTICLE = 'Iran and Pakistan agreed in Quetta on 16 January 2024 to reopen the border crossing at Taftan, the foreign ministry said.\n\nPakistan recalled its ambassador from Tehran on 17 January 2024 after the missile strikes.\n';
/** Words that appear only in places that must never be published. */
export const NEVER_PUBLISHED = ['NAVWORD', 'ASIDEWORD', 'FOOTERWORD', 'SCRIPTWORD', 'STYLEWORD', 'SECRETWORD', 'SECRETTITLE'];
export const HOSTILE_TITLE = '=HYPERLINK("http://evil.example/x")<script>alert(1)</script>';
export const HOSTILE_QUOTE = '<img src=x onerror=alert(2)>';

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
const html = (body: string, head = '') => `<!doctype html><html><head><title>A page</title>${head}</head><body>${body}</body></html>`;

/** The files of the folder: name → content (symbolic links are made by writeHostileFolder). */
export function hostileFiles(): Record<string, string | Buffer> {
  return {
    'empty.txt': '',
    'blank.txt': '  \n\t\r\n   \n',
    'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]),
    'latin1.txt': Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff, 0x2e, 0x0a])]),
    'utf16le.txt': utf16le(`Caf\u00e9 talks. ${ARTICLE}`),
    'utf16be.txt': utf16be(`Caf\u00e9 talks. ${ARTICLE}`),
    'utf8bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`\u201cQuoted\u201d opening. ${ARTICLE}`)]),
    'crlf.txt': `A headline about the border\r\n\r\n${ARTICLE.replace(/\n/g, '\r\n')}`,
    'deep.html': html(`${'<div>'.repeat(100_000)}<p>${ARTICLE}</p>${'</div>'.repeat(100_000)}`),
    'unclosed.html': `<html><body><article><p>${ARTICLE}<p>More text <div><span><b>`,
    'script-only.html': html('<script>var x = "SCRIPTWORD Iran and Pakistan agreed on 16 January 2024";</script><style>.x{content:"STYLEWORD"}</style>'),
    'furniture.html': html(`<nav>NAVWORD Iran Pakistan 3 March 2020</nav><aside>ASIDEWORD Iran signed a deal on 4 April 2021</aside><article><p>${ARTICLE}</p></article><footer>FOOTERWORD Pakistan 5 May 2022</footer>`),
    'bad-json.txt': ARTICLE, 'bad-json.meta.json': '{"title": "unterminated',
    'not-object.txt': ARTICLE, 'not-object.meta.json': '["a", "list"]',
    'wrong-types.txt': ARTICLE, 'wrong-types.meta.json': JSON.stringify({ title: 5, published: '2024-02-31', language: ['en'], author: { name: 'x' }, url: 'https://example.org/ok' }),
    'unsafe-url.txt': ARTICLE, 'unsafe-url.meta.json': JSON.stringify({ url: 'javascript:alert(1)', title: 'Unsafe URL' }),
    'file-url.txt': ARTICLE, 'file-url.meta.json': JSON.stringify({ url: 'file:///etc/passwd' }),
    'proto.txt': ARTICLE, 'proto.meta.json': '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "title": "Proto title"}',
    'orphan.meta.json': JSON.stringify({ title: 'No source' }),
    'dup.txt': ARTICLE, 'dup.html': html(`<p>${ARTICLE}</p>`),
    'bad name!.txt': ARTICLE,
    '\u00fcn\u00efcode.txt': ARTICLE,
    '.hidden.txt': ARTICLE,
    'feb31.txt': `The ministers met in Tehran on 31 February 2024 and again on 30 February.\n\n${ARTICLE}`,
    'hostile.txt': `On 16 January 2024 Iran launched missile strikes on Pakistan ${HOSTILE_QUOTE} near Panjgur.\n\n${ARTICLE}`,
    'hostile.meta.json': JSON.stringify({ title: HOSTILE_TITLE, publisher: '</script><script>alert(3)</script>' }),
    'linked-meta.txt': ARTICLE,
    'notes.md': 'not a source',
  };
}

/** Writes the folder, with links inside and outside it; returns the folder of files outside raw/. */
export async function writeHostileFolder(raw: string, outside: string): Promise<void> {
  await fs.mkdir(raw, { recursive: true });
  await fs.mkdir(outside, { recursive: true });
  for (const [name, content] of Object.entries(hostileFiles())) await fs.writeFile(path.join(raw, name), content);
  await fs.writeFile(path.join(outside, 'secret.txt'), `SECRETWORD ${ARTICLE}`);
  await fs.writeFile(path.join(outside, 'secret.meta.json'), JSON.stringify({ title: 'SECRETTITLE' }));
  await fs.symlink(path.join(outside, 'secret.txt'), path.join(raw, 'link-outside.txt'));
  await fs.symlink('../outside/secret.txt', path.join(raw, 'relative-outside.txt'));
  await fs.symlink(path.join(outside, 'secret.meta.json'), path.join(raw, 'linked-meta.meta.json'));
  await fs.symlink(outside, path.join(raw, 'folder-link.txt'));
  await fs.symlink('loop.txt', path.join(raw, 'loop.txt'));
  await fs.symlink('crlf.txt', path.join(raw, 'link-inside.txt'));
  await fs.mkdir(path.join(raw, 'subfolder.txt'));
}
