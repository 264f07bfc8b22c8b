import { readFileSync } from 'node:fs';
import { decodeHtml, readHtmlPage } from './pipeline/read/html/index.js';
for (const id of process.argv.slice(2)) {
  const a = readHtmlPage(decodeHtml(readFileSync(id.includes('/') ? id : `/work/shared/bench/pubdate/pages/${id}.html`)).html);
  const blanked = a.text.split('\n').filter((l, i) => a.content.split('\n')[i] !== l);
  console.log('=====', id, a.title, '| blanked:', JSON.stringify(blanked.map((l) => l.slice(0, 80))));
}
