import { readFileSync, readdirSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import { parseHtml } from './pipeline/read/html/dom.js';
import { gatherFacts } from './pipeline/read/html/facts.js';
import { articleParagraphs } from './pipeline/read/html/content.js';
import { decodeHtml } from './pipeline/read/html/decode.js';
const dir = '/work/shared/bench/pubdate/pages/';
const pages = readdirSync(dir).map((f) => readFileSync(dir + f));
const t = (name: string, fn: () => void) => { const t0 = performance.now(); fn(); console.log(name, (performance.now() - t0).toFixed(0), 'ms'); };
const htmls = pages.map((b) => decodeHtml(b).html);
let docs: any[] = [];
for (let i = 0; i < 3; i++) {
t('decode', () => pages.forEach((b) => decodeHtml(b)));
t('parse', () => { docs = htmls.map((h) => parseHtml(h)); });
t('h2', () => { htmls.map((h) => parseDocument(h)); });
t('facts', () => docs.forEach((d) => gatherFacts(d)));
t('content', () => docs.forEach((d) => articleParagraphs(d)));
}
