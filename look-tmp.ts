import { readFileSync } from 'node:fs';
import { decodeHtml, readHtmlPage } from './pipeline/read/html/index.js';
for (const id of process.argv.slice(2)) {
  const a = readHtmlPage(decodeHtml(readFileSync(`/work/shared/bench/pubdate/pages/${id}.html`)).html);
  console.log('=====', id, JSON.stringify({ ...a, text: undefined }));
  console.log(a.text.slice(0, 1500)); console.log('...', a.text.length, 'chars;', a.text.split('\n\n').length, 'paragraphs; tail:', JSON.stringify(a.text.slice(-400)));
}
